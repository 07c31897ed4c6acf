import "server-only";
import { randomUUID } from "node:crypto";
import { contactKey } from "../whatsapp/normalize-reply";
import type { SqlStatement } from "../db/raw-connection";

export type Person = { msisdn?: string; channelUserId?: string; name?: string; username?: string };

/**
 * The two statements that put an event in a contact's inbox: the contact (one per person
 * and channel: the same number writing to two of the business's numbers is two), created or
 * brought up to date (a value 8x8 left out never erases one it sent before), then the
 * event for it. `inboundAt` is set for a message from the contact: the 24-hour window
 * runs from there. The first statement returns the contact's id; `check` on the second
 * decides what a duplicate dedupe key means.
 */
export function contactEvent(input: {
  person: Person; channelId: string; dedupeKey: string; kind: string; payload: unknown; at: Date; inboundAt?: Date; check?: SqlStatement["check"];
}): [SqlStatement, SqlStatement] {
  const { person, at } = input;
  const key = contactKey(person);
  return [
    {
      sql: `INSERT INTO "Contact" ("id", "key", "msisdn", "channelUserId", "name", "username", "lastInboundAt", "createdAt", "updatedAt", "channelId")
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9)
            ON CONFLICT ("channelId", "key") DO UPDATE SET "updatedAt" = excluded."updatedAt",
              "lastInboundAt" = COALESCE(excluded."lastInboundAt", "Contact"."lastInboundAt"),
              "channelUserId" = COALESCE(excluded."channelUserId", "Contact"."channelUserId"),
              "name" = COALESCE(excluded."name", "Contact"."name"), "username" = COALESCE(excluded."username", "Contact"."username")
            RETURNING "id"`,
      params: [randomUUID(), key, person.msisdn ?? null, person.channelUserId ?? null, person.name ?? null, person.username ?? null, input.inboundAt ?? null, at, input.channelId],
    },
    {
      sql: `INSERT INTO "InboxEvent" ("dedupeKey", "kind", "contactId", "payload", "receivedAt")
            VALUES ($1, $2, (SELECT "id" FROM "Contact" WHERE "channelId" = $6 AND "key" = $3), $4, $5)
            ON CONFLICT ("dedupeKey") DO NOTHING`,
      params: [input.dedupeKey, input.kind, key, JSON.stringify(input.payload), at, input.channelId],
      check: input.check,
    },
  ];
}
