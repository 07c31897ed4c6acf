import net from "node:net";

/**
 * POSTs `bodies` over `concurrency` kept-alive sockets, one request in flight per socket,
 * with requests written as ready bytes and answers read by a minimal HTTP/1.1 parser. It
 * costs the shared cores a fraction of what node:http does, so the benchmark measures the
 * app more than its client. With `rate`, request i is due i/rate seconds after the start
 * and its answer time counts from then, so time spent waiting for a free socket counts;
 * without, requests go as fast as answers come back (a burst). Returns when each request
 * was due (wall clock), answer times, and the wall time of the whole run.
 */
export async function keepAliveLoad(url: string, bodies: string[], options: { concurrency: number; rate?: number; authorization?: string }) {
  const { hostname, port, pathname } = new URL(url);
  const authorization = options.authorization ? `Authorization: ${options.authorization}\r\n` : "";
  const sentAt: number[] = new Array(bodies.length);
  const answers: number[] = new Array(bodies.length);
  let next = 0;
  const started = performance.now();
  const wallStarted = Date.now();
  const dueAt = (i: number) => (options.rate ? started + (i * 1000) / options.rate : performance.now());
  await Promise.all(
    Array.from({ length: Math.min(options.concurrency, bodies.length) }, () =>
      new Promise<void>((resolve, reject) => {
        const socket = net.connect(Number(port), hostname);
        socket.setNoDelay(true);
        let buffer = Buffer.alloc(0);
        let current = -1;
        let due = 0;
        const write = () => {
          const body = bodies[current];
          socket.write(`POST ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\n${authorization}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
        };
        const send = () => {
          if (next >= bodies.length) return socket.end(resolve);
          current = next++;
          due = dueAt(current);
          sentAt[current] = wallStarted + (due - started);
          const early = due - performance.now();
          if (early > 0) setTimeout(write, early);
          else write();
        };
        socket.on("data", (chunk) => {
          buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
          const length = answerLength(buffer);
          if (length === null) return;
          const status = Number(buffer.subarray(9, 12).toString());
          if (status !== 200) return reject(new Error(`${url} answered ${status}`));
          answers[current] = performance.now() - due;
          buffer = buffer.subarray(length);
          send();
        });
        socket.on("error", reject);
        socket.on("connect", send);
      }),
    ),
  );
  return { answers, sentAt, seconds: (performance.now() - started) / 1000 };
}

/** The byte length of the first complete answer in `buffer`, or null while it is partial. */
function answerLength(buffer: Buffer): number | null {
  const headEnd = buffer.indexOf("\r\n\r\n");
  if (headEnd < 0) return null;
  const head = buffer.subarray(0, headEnd).toString("latin1").toLowerCase();
  const bodyStart = headEnd + 4;
  const declared = /\r\ncontent-length: *(\d+)/.exec(head);
  if (declared) return buffer.length >= bodyStart + Number(declared[1]) ? bodyStart + Number(declared[1]) : null;
  // Chunked: the answers here are small JSON, so the last chunk's marker ends the body.
  const end = buffer.indexOf("\r\n0\r\n\r\n", bodyStart - 2);
  return end < 0 ? null : end + 7;
}
