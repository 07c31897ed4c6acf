import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migratedDb, postgresAvailable, PROVIDERS } from "../test/test-databases";
import { accounts } from "./accounts";
import { bootstrapOwner } from "./bootstrap-owner";
import { invites } from "./invites";
import { resetPassword } from "./reset-password";

const hasPostgres = await postgresAvailable();
const person = (name: string) => ({ name, email: `${name.toLowerCase()}@clinic.test`, password: "a good long password" });

for (const provider of PROVIDERS) {
  describe.skipIf(provider === "postgres" && !hasPostgres)(`accounts on ${provider}`, () => {
    let env: Awaited<ReturnType<typeof migratedDb>>;
    beforeAll(async () => (env = await migratedDb(provider)));
    afterAll(() => env.dispose());

    it("makes one owner, once, even when two setups race", async () => {
      const members = accounts(env.db);
      expect(await members.isSetUp()).toBe(false);
      const results = await Promise.allSettled([members.createOwner(person("Ann")), members.createOwner(person("Bob"))]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { kind: "conflict", code: "already_set_up" } });
      expect(await env.db.user.count()).toBe(1);
      expect(await members.isSetUp()).toBe(true);
      // The bootstrap variables never add a second one, nor reset the first's password.
      expect(await bootstrapOwner(env.db, { JOURNEY_STUDIO_OWNER_EMAIL: "eve@clinic.test", JOURNEY_STUDIO_OWNER_PASSWORD: "eves long password" })).toBeNull();
    });

    it("verifies passwords, as slowly for an unknown email as for a wrong password", async () => {
      const members = accounts(env.db);
      const owner = (await env.db.user.findFirstOrThrow()).email;
      expect(await members.verify(owner, "a good long password")).toMatchObject({ role: "owner" });
      expect(await members.verify(owner, "wrong password")).toBeNull();
      expect(await members.verify("nobody@clinic.test", "a good long password")).toBeNull();
    });

    it("lets an invitation in once, with its role, and never leaves the workspace without an owner", async () => {
      const members = accounts(env.db);
      const links = invites(env.db);
      const { token } = await links.create({ role: "editor", note: "Cleo", expiresInHours: 1 }, null);
      const cleo = await links.accept(token, person("Cleo"));
      expect(cleo.role).toBe("editor");
      await expect(links.accept(token, person("Dan"))).rejects.toMatchObject({ kind: "gone" });
      const second = await links.create({ role: "viewer", note: "", expiresInHours: 1 }, null);
      await expect(links.accept(second.token, person("Cleo"))).rejects.toMatchObject({ kind: "conflict", code: "email_taken" });
      expect(await links.usable(second.token)).not.toBeNull();

      const owner = await env.db.user.findFirstOrThrow({ where: { role: "owner" } });
      await expect(members.setRole(owner.id, "editor")).rejects.toMatchObject({ kind: "conflict", code: "last_owner" });
      await expect(members.remove(owner.id)).rejects.toMatchObject({ kind: "conflict", code: "last_owner" });
      await members.setRole(cleo.id, "owner");
      await members.setRole(owner.id, "viewer");
      expect((await members.get(owner.id)).role).toBe("viewer");
    });

    it("resets a forgotten password from the shell, ending the member's sessions", async () => {
      const owner = await env.db.user.findFirstOrThrow({ where: { role: "owner" } });
      await env.db.session.create({ data: { id: "s1", userId: owner.id, csrfToken: "c", expiresAt: new Date(Date.now() + 60_000) } });
      await expect(resetPassword(env.db, "nobody@clinic.test", "a brand new password")).rejects.toThrow("Nobody in this workspace");
      await expect(resetPassword(env.db, owner.email, "short")).rejects.toThrow("at least 10");
      expect(await resetPassword(env.db, owner.email.toUpperCase(), "a brand new password")).toMatchObject({ endedSessions: 1 });
      expect(await accounts(env.db).verify(owner.email, "a brand new password")).toMatchObject({ id: owner.id });
    });
  });
}
