import { execFileSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dropTarget, freshTarget, postgresAvailable, PROVIDERS, TEST_POSTGRES_URL } from "../test/test-databases";
import type { DatabaseTarget } from "./database-target";
import { describeSchema } from "./describe-schema";
import { listMigrations, migrate } from "./migrate";
import { openRawConnection } from "./raw-connection";

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
