import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratedDb, postgresAvailable, PROVIDERS } from "../test/test-databases";
import { listContactsQuery } from "./api-schemas";
import { listContacts, transcript } from "./contact-queries";

const hasPostgres = await postgresAvailable();
const at = (minute: number) => new Date(Date.UTC(2026, 10, 29, 9, minute));

for (const provider of PROVIDERS) {
  describe.skipIf(provider === "postgres" && !hasPostgres)(`contacts on ${provider}`, () => {
    let env: Awaited<ReturnType<typeof migratedDb>>;
    beforeAll(async () => {
      env = await migratedDb(provider);
      const { db } = env;
      for (let i = 0; i < 5; i++) {
        await db.contact.create({ data: { id: `c${i}`, key: `+1555000000${i}`, msisdn: `+1555000000${i}`, name: i === 2 ? "Ann Lee" : null, channelId: i === 4 ? "ch_other00000" : "default", updatedAt: at(i) } });
      }
      // c0's conversation: two inbound and three outbound, two of them in the same millisecond.
      const reply = (text: string, minute: number) => ({ reply: { type: "text", text, receivedAt: at(minute).toISOString(), umid: text } });
      await db.inboxEvent.create({ data: { dedupeKey: "m1", kind: "message", contactId: "c0", payload: reply("hi", 1), receivedAt: at(1) } });
      await db.inboxEvent.create({ data: { dedupeKey: "m2", kind: "message", contactId: "c0", payload: reply("book", 3), receivedAt: at(3) } });
      await db.inboxEvent.create({ data: { dedupeKey: "r1", kind: "receipt", contactId: "c0", payload: {}, receivedAt: at(4) } });
      for (const [id, minute] of [["o1", 2], ["o2", 5], ["o3", 5]] as const) {
        await db.outboxMessage.create({ data: { id, clientMessageId: id, contactId: "c0", body: { type: "text", content: { text: id } }, createdAt: at(minute), status: "delivered" } });
      }
    });
    afterAll(() => env.dispose());

    it("pages through contacts newest first without losing or repeating one, and finds them by name or number", async () => {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listContacts(env.db, listContactsQuery.parse({ limit: "2", cursor }));
        seen.push(...page.contacts.map((c) => c.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(["c4", "c3", "c2", "c1", "c0"]);
      expect((await listContacts(env.db, { limit: 50, q: "Ann" })).contacts.map((c) => c.id)).toEqual(["c2"]);
      expect((await listContacts(env.db, { limit: 50, q: "+15550000003" })).contacts.map((c) => c.id)).toEqual(["c3"]);
      expect((await listContacts(env.db, { limit: 50, channel: "ch_other00000" })).contacts.map((c) => c.id)).toEqual(["c4"]);
    });

    it("searches for the literal text: % and _ are no wildcards", async () => {
      const found = async (q: string) => (await listContacts(env.db, listContactsQuery.parse({ q }))).contacts.map((c) => c.id);
      expect(await found("%")).toEqual([]);
      expect(await found("_")).toEqual([]);
      expect(await found("Ann_Lee")).toEqual([]);
      expect(await found("n L")).toEqual(["c2"]);
    });

    it("merges what the contact sent and what was sent to them, newest first, never splitting one millisecond across pages", async () => {
      const first = await transcript(env.db, "c0", { limit: 1 });
      expect(first.messages.map((m) => m.id)).toEqual(["out:o3", "out:o2"]);
      const all = [...first.messages];
      let before = first.nextBefore;
      while (before) {
        const page = await transcript(env.db, "c0", { limit: 1, before });
        all.push(...page.messages);
        before = page.nextBefore;
      }
      expect(all.map((m) => m.id)).toEqual(["out:o3", "out:o2", "in:2", "out:o1", "in:1"]);
      expect(all[2]).toMatchObject({ from: "contact", reply: { text: "book" } });
      expect(all[0]).toMatchObject({ from: "business", send: { type: "text", content: { text: "o3" } }, status: "delivered" });
    });
  });
}
