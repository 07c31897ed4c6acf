import { mkdtempSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlOf } from "../db/sql-of";
import { migratedDb, postgresAvailable, PROVIDERS } from "../test/test-databases";
import { keyFile } from "../crypto/encryption-keys";
import { rotateKey } from "./rotate-key";
import { secretStore } from "./secret-store";
import { workspaceSecrets } from "./workspace-secrets";

const hasPostgres = await postgresAvailable();

for (const provider of PROVIDERS) {
  describe.skipIf(provider === "postgres" && !hasPostgres)(`secrets on ${provider}`, () => {
    let env: Awaited<ReturnType<typeof migratedDb>>;
    const saved = { ...process.env };
    beforeAll(async () => {
      process.env.JOURNEY_STUDIO_DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "journey-keys-"));
      delete process.env.JOURNEY_STUDIO_ENCRYPTION_KEY;
      process.env.SECRET_FROM_ENV = "env-value";
      env = await migratedDb(provider);
    });
    afterAll(async () => {
      process.env = saved;
      await env.dispose();
    });

    it("stores values sealed, under a key file only its owner reads, and lists names only", async () => {
      const store = secretStore(env.db);
      expect(await store.put("clinic_api_key", "sk_live_first", "u1")).toBe("created");
      expect(await store.put("clinic_api_key", "sk_live_second", "u1")).toBe("replaced");
      const row = await env.db.secret.findUniqueOrThrow({ where: { name: "clinic_api_key" } });
      expect(row.ciphertext).not.toContain("sk_live");
      expect(statSync(keyFile()).mode & 0o777).toBe(0o600);
      const list = await store.list();
      expect(list).toEqual([
        { name: "from_env", source: "environment", updatedAt: null },
        { name: "clinic_api_key", source: "stored", updatedAt: expect.any(String) },
      ]);
      expect(JSON.stringify(list)).not.toContain("sk_live");
      await expect(store.put("from_env", "x", null)).rejects.toMatchObject({ kind: "conflict", code: "set_by_environment" });
    });

    it("hands the runtime the current values, read again only after a change", async () => {
      const source = workspaceSecrets(await sqlOf(env.db));
      expect(await source()).toMatchObject({ clinic_api_key: "sk_live_second", from_env: "env-value" });
      await secretStore(env.db).put("clinic_api_key", "sk_live_third", null);
      expect((await source()).clinic_api_key).toBe("sk_live_third");
      await secretStore(env.db).remove("clinic_api_key");
      expect(await source()).not.toHaveProperty("clinic_api_key");
      await expect(secretStore(env.db).remove("clinic_api_key")).rejects.toMatchObject({ kind: "not_found" });
    });

    it("rotates the key: every value opens under the new one, and the runtime sees them at once", async () => {
      await secretStore(env.db).put("a_key", "value-a", null);
      await secretStore(env.db).put("b_key", "value-b", null);
      const source = workspaceSecrets(await sqlOf(env.db));
      await source();
      const before = readFileSync(keyFile(), "utf8");
      const { resealed, keyId } = await rotateKey(await sqlOf(env.db));
      expect(resealed).toBe(2);
      expect(readFileSync(keyFile(), "utf8")).not.toBe(before);
      const rows = await env.db.secret.findMany();
      expect(rows.every((r) => r.keyId === keyId)).toBe(true);
      expect(await workspaceSecrets(await sqlOf(env.db))()).toMatchObject({ a_key: "value-a", b_key: "value-b" });
      expect(await source()).toMatchObject({ a_key: "value-a", b_key: "value-b" });
    });
  });
}
