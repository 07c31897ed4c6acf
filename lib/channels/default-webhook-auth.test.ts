import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tokenHash } from "../crypto/secret-token";
import { sqlOf } from "../db/sql-of";
import { migratedDb } from "../test/test-databases";
import { channelDirectory } from "./channel-directory";
import { defaultWebhookAuth } from "./default-webhook-auth";

describe("the default channel's generated webhook authorization", () => {
  let env: Awaited<ReturnType<typeof migratedDb>>;
  const processEnv = { ...process.env, EIGHTX8_WEBHOOK_AUTH: "", JOURNEY_STUDIO_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "webhook-auth-")) };
  const saved = { ...process.env };
  beforeAll(async () => {
    Object.assign(process.env, processEnv);
    env = await migratedDb("sqlite");
  });
  afterAll(async () => {
    process.env = saved;
    await env.dispose();
  });
  const entry = async () => (await channelDirectory(await sqlOf(env.db), null, processEnv).get("default"))!;

  it("is generated on a fresh install, required, shown once, and renewed on demand", async () => {
    expect(await defaultWebhookAuth.ensure(env.db, processEnv)).toBe("generated");
    expect(await defaultWebhookAuth.ensure(env.db, processEnv)).toBe("exists");
    expect(await defaultWebhookAuth.state(env.db)).toEqual({ source: "generated", unseen: true, acceptsUnauthenticated: false });
    const value = await defaultWebhookAuth.reveal(env.db, processEnv);
    expect(value).toMatch(/^Bearer jsw_/);
    expect(await entry()).toMatchObject({ webhookAuthHash: tokenHash(value), acceptsUnauthenticated: false });
    await expect(defaultWebhookAuth.reveal(env.db, processEnv)).rejects.toMatchObject({ kind: "gone" });
    expect((await defaultWebhookAuth.state(env.db)).source === "generated" && (await defaultWebhookAuth.state(env.db))).toMatchObject({ unseen: false });
    // Nothing readable is left behind: only the hash.
    expect(JSON.stringify(await env.db.setting.findMany())).not.toContain(value.slice(7));
    expect(await env.db.secret.count()).toBe(0);

    const renewed = await defaultWebhookAuth.renew(env.db, processEnv);
    expect(renewed).not.toBe(value);
    expect((await entry()).webhookAuthHash).toBe(tokenHash(renewed));
  });

  it("an install that already took messages on the default channel keeps taking them until an owner requires the value", async () => {
    await env.db.setting.deleteMany({ where: { key: "default_webhook_auth" } });
    await env.db.contact.create({ data: { id: "old", key: "+15550001111", msisdn: "+15550001111" } });
    expect(await defaultWebhookAuth.ensure(env.db, processEnv)).toBe("generated");
    expect(await entry()).toMatchObject({ acceptsUnauthenticated: true });
    await defaultWebhookAuth.require(env.db);
    expect(await entry()).toMatchObject({ acceptsUnauthenticated: false });
  });

  it("is the environment's business when EIGHTX8_WEBHOOK_AUTH is set", async () => {
    expect(await defaultWebhookAuth.ensure(env.db, { ...processEnv, EIGHTX8_WEBHOOK_AUTH: "Bearer from-env" })).toBe("environment");
  });
});
