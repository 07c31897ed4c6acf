import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isBlockedAddress } from "./blocked-address";
import { journeyHttp } from "./journey-http";

let server: Server;
let base: string;
let hits = 0;
const seen: Array<{ method?: string; url?: string; headers: Record<string, unknown>; body: string }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      if (req.url === "/flaky" && ++hits < 3) return res.writeHead(503).end("busy");
      if (req.url === "/slow") return setTimeout(() => res.end("late"), 2000);
      if (req.url === "/huge") return res.end("x".repeat(2 * 1024 * 1024));
      res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ ok: true, got: body ? JSON.parse(body) : null }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const call = (path: string, extra: object = {}) => ({ method: "POST", url: `${base}${path}`, headers: { "Content-Type": "application/json" }, body: '{"a":1}', timeoutMs: 1000, retries: 0, idempotencyKey: "run1:3", ...extra });
const allow = { allowedHosts: ["127.0.0.1"], backoffMs: 5 };

describe("HTTP requests of journeys", () => {
  it("sends method, headers, body and an Idempotency-Key; parses JSON", async () => {
    const answer = await journeyHttp(call("/echo"), allow);
    expect(answer).toMatchObject({ status: 200, body: { ok: true, got: { a: 1 } } });
    expect(seen.at(-1)).toMatchObject({ method: "POST", url: "/echo", headers: { "idempotency-key": "run1:3" } });
  });

  it("retries 5xx with backoff, up to the limit", async () => {
    expect(await journeyHttp(call("/flaky", { retries: 3 }), allow)).toMatchObject({ status: 200 });
    expect(hits).toBe(3);
  });

  it("enforces the timeout and the 1 MiB response cap", async () => {
    expect(await journeyHttp(call("/slow", { timeoutMs: 200 }), allow)).toEqual({ error: "Timed out after 200 ms" });
    expect(await journeyHttp(call("/huge"), allow)).toEqual({ error: "The response is larger than 1048576 bytes" });
  });

  it("refuses private, loopback, link-local and metadata addresses unless allowed", async () => {
    expect(await journeyHttp(call("/echo"), { allowedHosts: [] })).toMatchObject({ error: expect.stringMatching(/^Blocked/) });
    expect(await journeyHttp(call("/", { url: "http://169.254.169.254/latest/meta-data" }), { allowedHosts: [] })).toMatchObject({ error: expect.stringMatching(/^Blocked/) });
    // A name that resolves to loopback is caught at connect time, not by its spelling.
    expect(await journeyHttp(call("/", { url: `http://localhost:${new URL(base).port}/echo` }), { allowedHosts: [] })).toMatchObject({ error: expect.stringMatching(/^Blocked: localhost resolves to a private address/) });
    expect(await journeyHttp(call("/", { url: "file:///etc/passwd" }), { allowedHosts: [] })).toMatchObject({ error: expect.stringContaining("Only http and https") });
  });

  it("knows which addresses are private", () => {
    for (const a of ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fd00::1", "fe80::1", "::ffff:127.0.0.1", "224.0.0.1"]) {
      expect(isBlockedAddress(a), a).toBe(true);
    }
    for (const a of ["8.8.8.8", "1.1.1.1", "2606:4700::1111", "172.32.0.1"]) expect(isBlockedAddress(a), a).toBe(false);
  });
});
