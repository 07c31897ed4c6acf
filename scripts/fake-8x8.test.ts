import { spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules/.bin/tsx");

describe("npm run fake-8x8", () => {
  it("plays a customer writing to a channel from Settings, with that channel's Authorization", async () => {
    const received: Array<{ url: string; auth: string | undefined; body: { payload?: { content?: { text?: string } } } }> = [];
    const app = createServer((req, res) => {
      let raw = "";
      req.on("data", (c) => (raw += c));
      req.on("end", () => {
        received.push({ url: req.url ?? "", auth: req.headers.authorization, body: JSON.parse(raw) });
        res.writeHead(200, { "Content-Type": "application/json" }).end('{"ok":true}');
      });
    });
    await new Promise<void>((r) => app.listen(0, "127.0.0.1", r));
    const appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
    const fake = spawn(tsx, ["scripts/fake-8x8.ts", "--port", "0", "--app", appUrl, "--channel", "ch_shop000001", "--auth", "Bearer shop-value"], { cwd: root, env: { ...process.env, PORT: "" } });
    try {
      let output = "";
      const url = await new Promise<string>((resolve, reject) => {
        fake.stdout.on("data", (chunk) => {
          output += chunk;
          const match = /Fake 8x8 on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
          if (match) resolve(match[1]);
        });
        fake.on("exit", (code) => reject(new Error(`the fake exited (${code}): ${output}`)));
      });
      expect(output).toContain('channel "ch_shop000001"');
      const answer = await fetch(`${url}/_fake/inbound`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ user: { msisdn: "+15551234567", name: "Jane" }, text: "book" }) });
      expect(answer.status).toBe(200);
      expect(received).toEqual([{ url: "/api/webhooks/8x8/ch_shop000001", auth: "Bearer shop-value", body: expect.objectContaining({ payload: expect.objectContaining({ content: { text: "book" } }) }) }]);
    } finally {
      fake.kill();
      app.close();
    }
  });

  it("prints its usage on --help, and exits 2 with it on a bad flag", async () => {
    const run = (args: string[]) =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn(tsx, ["scripts/fake-8x8.ts", ...args], { cwd: root });
        let out = "";
        child.stdout.on("data", (c) => (out += c));
        child.stderr.on("data", (c) => (out += c));
        child.on("exit", (code) => resolve({ code, out }));
      });
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("--channel <id>");
    const bad = await run(["--port", "nope"]);
    expect(bad.code).toBe(2);
    expect(bad.out).toContain('--port must be a port number, not "nope"');
  });
});
