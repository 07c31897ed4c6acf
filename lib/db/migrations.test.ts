import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dropTarget, freshTarget, postgresAvailable, PROVIDERS, TEST_POSTGRES_URL } from "../test/test-databases";
import type { DatabaseTarget } from "./database-target";
import { describeSchema } from "./describe-schema";
import { listMigrations, migrate } from "./migrate";
import { openRawConnection } from "./open-raw-connection";

const root = path.resolve(import.meta.dirname, "../..");
const hasPostgres = await postgresAvailable();

describe("schemas", () => {
  it("prisma/<provider>/schema.prisma are rendered from prisma/models.prisma", () => {
    expect(() => execFileSync("node", ["scripts/db/generate.mjs", "--check"], { cwd: root, stdio: "pipe" })).not.toThrow();
  });
});

for (const provider of PROVIDERS) {
  describe.skipIf(provider === "postgres" && !hasPostgres)(`${provider} migrations`, () => {
    const targets: DatabaseTarget[] = [];
    const target = () => {
      const t = freshTarget(provider);
      targets.push(t);
      return t;
    };
    beforeAll(() => undefined);
    afterAll(async () => {
      for (const t of targets) await dropTarget(t);
    });

    it("build exactly the schema the models describe (no drift)", async () => {
      const migrated = target();
      await migrate(migrated);
      const direct = target();
      const sql = execFileSync(
        "node_modules/.bin/prisma",
        ["migrate", "diff", "--from-empty", "--to-schema-datamodel", `prisma/${provider}/schema.prisma`, "--script"],
        { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], env: { ...process.env, DATABASE_URL: provider === "postgres" ? TEST_POSTGRES_URL : "file:./data/drift-check.db" } },
      );
      const conn = await openRawConnection(direct);
      await conn.exec(sql);
      const expected = await describeSchema(conn, provider);
      await conn.close();
      const migratedConn = await openRawConnection(migrated);
      const actual = await describeSchema(migratedConn, provider);
      await migratedConn.close();
      expect(expected.length).toBeGreaterThan(40);
      expect(actual).toEqual(expected);
    });

    it("apply once and refuse a migration edited after it was applied", async () => {
      const t = target();
      const committed = listMigrations(path.join(root, "prisma", provider, "migrations")).map((m) => m.name);
      expect((await migrate(t)).applied).toEqual(committed);
      expect((await migrate(t)).applied).toEqual([]);
      const conn = await openRawConnection(t);
      await conn.exec(`UPDATE "_migrations" SET "checksum" = 'tampered'`);
      await conn.close();
      await expect(migrate(t)).rejects.toThrow(/changed after it was applied/);
    });
  });
}

describe("sqlite upgrades", () => {
  it("keep every run, version and message when a migration redefines their tables", async () => {
    const target = freshTarget("sqlite");
    const all = listMigrations(path.join(root, "prisma/sqlite/migrations")).map((m) => m.name);
    // The state before the first migration that redefines Journey (and later Contact).
    const before = all.slice(0, all.indexOf("20261129081641_journey_active_and_draft_hash"));
    const partial = mkdtempSync(path.join(os.tmpdir(), "journey-migrations-"));
    for (const name of before) cpSync(path.join(root, "prisma/sqlite/migrations", name), path.join(partial, "sqlite/migrations", name), { recursive: true });
    await migrate(target, partial);
    const sql = await openRawConnection(target);
    await sql.exec(`INSERT INTO "Journey" ("id", "name", "document", "updatedAt") VALUES ('j1', 'Booking', '{}', '2026-01-01');
      INSERT INTO "JourneyVersion" ("id", "journeyId", "version", "document") VALUES ('v1', 'j1', 1, '{}');
      INSERT INTO "Contact" ("id", "key", "updatedAt") VALUES ('c1', '+15551230000', '2026-01-01');
      INSERT INTO "Run" ("id", "journeyId", "versionId", "contactId", "status", "vars", "updatedAt") VALUES ('r1', 'j1', 'v1', 'c1', 'waiting', '{}', '2026-01-01');
      INSERT INTO "OutboxMessage" ("id", "clientMessageId", "runId", "contactId", "body", "updatedAt") VALUES ('o1', 'r1:s1', 'r1', 'c1', '{}', '2026-01-01');`);
    await sql.close();

    const { applied } = await migrate(target);
    expect(applied).toEqual(all.slice(before.length));
    const after = await openRawConnection(target);
    expect(await after.query(`SELECT (SELECT COUNT(*) FROM "Run") AS runs, (SELECT COUNT(*) FROM "JourneyVersion") AS versions, (SELECT COUNT(*) FROM "OutboxMessage") AS outbox`)).toEqual([{ runs: 1, versions: 1, outbox: 1 }]);
    expect(await after.query(`SELECT "channelId" FROM "Contact"`)).toEqual([{ channelId: "default" }]);
    expect(await after.query("PRAGMA foreign_keys")).toEqual([{ foreign_keys: 1 }]);
    await after.close();
    await dropTarget(target);
  });
});

