import { cpSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createClient } from "../db/create-client";
import { listMigrations, migrate } from "../db/migrate";
import { openRawConnection } from "../db/open-raw-connection";
import { sqlOf } from "../db/sql-of";
import { createRuntime } from "../engine/runtime";
import { customerSays } from "../test/customer-says";
import { dropTarget, freshTarget, postgresAvailable, PROVIDERS } from "../test/test-databases";
import mainMenu from "./fixtures/main-menu.journey.json";

const root = path.resolve(import.meta.dirname, "../..");
const hasPostgres = await postgresAvailable();
/** The first migration of the round that brought workspace keywords (MENU among the defaults). */
const KEYWORDS_ROUND = "20261129141855_contact_opt_out";

for (const provider of PROVIDERS) {
  describe.skipIf(provider === "postgres" && !hasPostgres)(`upgrading to workspace keywords on ${provider}`, () => {
    it("a journey live on \"menu\" before keywords existed keeps starting on \"menu\" after migrating", async () => {
      const target = freshTarget(provider);
      const all = listMigrations(path.join(root, `prisma/${provider}/migrations`)).map((m) => m.name);
      const partial = mkdtempSync(path.join(os.tmpdir(), "journey-keywords-upgrade-"));
      for (const name of all.slice(0, all.indexOf(KEYWORDS_ROUND))) {
        cpSync(path.join(root, `prisma/${provider}/migrations`, name), path.join(partial, provider, "migrations", name), { recursive: true });
      }
      await migrate(target, partial);
      // The journey as that schema held it: a draft and its published version, no Setting rows.
      const old = await openRawConnection(target);
      const document = JSON.stringify(mainMenu);
      await old.exec(`INSERT INTO "Journey" ("id", "name", "document", "updatedAt") VALUES ('menu', 'Main menu', '${document}', '2026-01-01T00:00:00.000Z');
        INSERT INTO "JourneyVersion" ("id", "journeyId", "version", "document") VALUES ('menu-v1', 'menu', 1, '${document}')`);
      await old.close();

      await migrate(target);
      const db = await createClient(target);
      try {
        const runtime = createRuntime(await sqlOf(db), { eightByEight: null, secrets: {} });
        const contactId = await customerSays(db, runtime, "+15558200001", "menu");
        const run = await db.run.findFirstOrThrow({ where: { contactId } });
        expect(run).toMatchObject({ journeyId: "menu", status: "completed" });
        const [sent] = await db.outboxMessage.findMany({ where: { contactId } });
        expect((sent.body as { content: { text: string } }).content.text).toBe("Main menu: reply BOOK or HOURS");
      } finally {
        await (await sqlOf(db)).close();
        await db.$disconnect();
        await dropTarget(target);
      }
    });
  });
}
