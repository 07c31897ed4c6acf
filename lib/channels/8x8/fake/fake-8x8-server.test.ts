import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFake8x8, type Fake8x8 } from "./fake-8x8-server";

describe("the fake 8x8", () => {
  let fake: Fake8x8;
  let app: Server;
  const received: unknown[] = [];
  beforeAll(async () => {
    app = createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        received.push({ auth: req.headers.authorization, body: JSON.parse(body) });
        res.end("{}");
      });
    });
    await new Promise<void>((r) => app.listen(0, "127.0.0.1", r));
    fake = await startFake8x8({ apiKey: "k", subAccountId: "Acme", webhookUrl: `http://127.0.0.1:${(app.address() as AddressInfo).port}/`, webhookAuth: "Bearer hook" });
  });
  afterAll(async () => {
    await fake.close();
    await new Promise<void>((r) => app.close(() => r()));
  });
  const send = (body: unknown, key = "k", sub = "Acme") =>
    fetch(`${fake.url}/api/v1/subaccounts/${sub}/messages`, { method: "POST", headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" }, body: JSON.stringify(body) });

  it("answers like 8x8: umid and queued; 401 without the key; 400 with 8x8's code for bad bodies", async () => {
    const ok = await send({ user: { msisdn: "+1555" }, type: "text", content: { text: "hi" }, clientMessageId: "r:1" });
    expect(await ok.json()).toMatchObject({ umid: expect.any(String), clientMessageId: "r:1", status: { state: "queued" } });
    expect((await send({}, "wrong")).status).toBe(401);
    const tooMany = await send({ user: { msisdn: "+1555" }, type: "interactive", content: { interactive: { type: "button", body: { text: "b" }, action: { buttons: [1, 2, 3, 4].map((i) => ({ type: "reply", reply: { id: `${i}`, title: `${i}` } })) } } } });
    expect(tooMany.status).toBe(400);
    expect(await tooMany.json()).toMatchObject({ code: 1000, message: expect.stringContaining("content.interactive.action.buttons") });
    expect((await send({ user: {}, type: "text", content: { text: "x" } })).status).toBe(400);
    expect((await send({ user: { msisdn: "+1" }, type: "text", content: { text: "x" }, clientMessageId: "x".repeat(51) })).status).toBe(400);
  });

  it("fails on request: 429 with Retry-After, then 500", async () => {
    fake.failNext({ status: 429, retryAfter: 3 }, { status: 500 });
    const limited = await send({ user: { msisdn: "+1555" }, type: "text", content: { text: "hi" } });
    expect([limited.status, limited.headers.get("retry-after")]).toEqual([429, "3"]);
    expect((await send({ user: { msisdn: "+1555" }, type: "text", content: { text: "hi" } })).status).toBe(500);
  });

  it("plays the customer: a tap echoes the row as it was shown; receipts follow messages", async () => {
    await send({ user: { msisdn: "+1666" }, type: "interactive", content: { interactive: { type: "list", body: { text: "Pick" }, action: { button: "Slots", sections: [{ rows: [{ id: "s1", title: "Mon 09:00", description: "Dr Lee" }] }] } } } });
    await fake.say({ msisdn: "+1666" }, { listId: "s1" });
    expect(received.at(-1)).toMatchObject({ auth: "Bearer hook", body: { eventType: "inbound_message_received", payload: { content: { interactive: { list_reply: { id: "s1", title: "Mon 09:00", description: "Dr Lee" } } } } } });
    await fake.deliver(fake.messages.at(-1)!.umid, "read");
    expect(received.at(-1)).toMatchObject({ body: { eventType: "outbound_message_status_changed", payload: { status: { state: "read" } } } });
  });
});
