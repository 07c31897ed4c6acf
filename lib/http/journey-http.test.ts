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
      if (req.url === "/deep") return res.writeHead(200, { "Content-Type": "application/json" }).end("[".repeat(10_000) + "]".repeat(10_000));
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

  it("judges IPv6 that carries IPv4 by the IPv4 address it reaches, in every spelling", () => {
    const loopbackForms = [
      "::ffff:127.0.0.1", "::ffff:7f00:1", "0:0:0:0:0:ffff:127.0.0.1", "0:0:0:0:0:ffff:7f00:1", "[::ffff:7f00:1]", // mapped
      "::127.0.0.1", "::7f00:1", // IPv4-compatible
      "64:ff9b::127.0.0.1", "64:ff9b::7f00:1", "64:ff9b:1::7f00:1", // NAT64
      "2002:7f00:1::", "2002:a9fe:a9fe::1", // 6to4 of loopback and of the metadata address
      "::ffff:0:7f00:1", // RFC 6145
      "::ffff:169.254.169.254", "::ffff:a00:1", "::ffff:c0a8:101", // metadata, 10.0.0.1, 192.168.1.1
      "2001:0:4136:e378:8000:63bf:3fff:fdd2", // Teredo
      "fec0::1", "ff02::1", "::", "not-an-address",
    ];
    for (const a of loopbackForms) expect(isBlockedAddress(a), a).toBe(true);
    for (const a of ["::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1"]) expect(isBlockedAddress(a), a).toBe(false);
  });

  it("refuses loopback written as IPv4-mapped IPv6 in the URL, however it is spelled", async () => {
    const port = new URL(base).port;
    for (const host of ["[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[0:0:0:0:0:ffff:127.0.0.1]", "[::127.0.0.1]", "[64:ff9b::7f00:1]", "2130706433", "0x7f.1"]) {
      const before = seen.length;
      const answer = await journeyHttp(call("/", { url: `http://${host}:${port}/echo` }), { allowedHosts: [] });
      expect(answer, host).toMatchObject({ error: expect.stringMatching(/^Blocked/) });
      expect(seen.length, host).toBe(before);
    }
  });

  it("takes a header value with a line break as the step's error, sending nothing", async () => {
    const before = seen.length;
    const answer = await journeyHttp(call("/echo", { headers: { "X-Customer-Note": "line one\r\nX-Injected: yes" }, retries: 2 }), allow);
    expect(answer).toEqual({ error: "The X-Customer-Note header's value has a character a header cannot carry (a line break or a control character)" });
    expect(seen.length).toBe(before);
  });

  it("takes a JSON answer nested too deep as the step's error", async () => {
    const deep = await journeyHttp(call("/deep"), allow);
    expect(deep).toEqual({ error: "The response's JSON is nested deeper than 64 levels" });
  });
});
