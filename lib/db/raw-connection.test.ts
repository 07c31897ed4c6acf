import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratedDb, postgresAvailable, PROVIDERS } from "../test/test-databases";
import { sqlOf } from "./sql-of";
import type { RawConnection } from "./raw-connection";

const hasPostgres = await postgresAvailable();

class Refused extends Error {}

for (const provider of PROVIDERS) {
  describe.skipIf(provider === "postgres" && !hasPostgres)(`raw SQL batches on ${provider}`, () => {
    let env: Awaited<ReturnType<typeof migratedDb>>;
    let sql: RawConnection;
    beforeAll(async () => {
      env = await migratedDb(provider);
      sql = await sqlOf(env.db);
    });
    afterAll(() => env.dispose());

    const put = (key: string, value: unknown) => ({ sql: `INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES ($1, $2, $3)`, params: [key, JSON.stringify(value), new Date()] });
    const read = async (key: string) => (await sql.query<{ value: unknown }>(`SELECT "value" FROM "Setting" WHERE "key" = $1`, [key])).map((r) => sql.json(r.value));

    it("writes values exactly as given: quotes, backslashes, placeholders in text, negative numbers, dates", async () => {
      const tricky = { text: `it's "quoted" \\ back\\slash $1 -- not a comment`, n: -5, at: "2026-11-29T10:00:00.000Z" };
      await sql.batch([put("tricky", tricky), put("second", { ok: true })]);
      expect(await read("tricky")).toEqual([tricky]);
      const [row] = await sql.query<{ n: number }>(`SELECT COUNT(*) AS "n" FROM "Setting" WHERE "updatedAt" <= $1 AND "key" IN ($2, $3)`, [new Date(Date.now() + 1000), "tricky", "second"]);
      expect(Number(row.n)).toBe(2);
    });

    it("a check's throw rolls back what came before it, and what comes after it never runs", async () => {
      await sql.batch([put("taken", 1)]);
      const refused = sql.batch([
        put("before", 1),
        { sql: `UPDATE "Setting" SET "value" = $2 WHERE "key" = $1`, params: ["missing", "2"], check: ({ changes }) => { if (changes === 0) throw new Refused("no such setting"); } },
        put("taken", 2),
      ]);
      // The check's own error, not the duplicate key the last statement would have hit.
      await expect(refused).rejects.toBeInstanceOf(Refused);
      expect(await read("before")).toEqual([]);
      expect(await read("taken")).toEqual([1]);
    });

    it("a failing statement rolls the whole batch back", async () => {
      await expect(sql.batch([put("fresh", 1), put("taken", 3)])).rejects.toThrow();
      expect(await read("fresh")).toEqual([]);
      expect(await sql.batch([])).toEqual([]);
    });
  });
}
