import "server-only";
import { DomainError } from "../errors/domain-error";
import { newSecretToken, tokenHash } from "../crypto/secret-token";
import { appEnv } from "../config/env";
import type { Db } from "../db/client";
import { bumpRevision } from "../db/bump-revision";
import { writeTransaction } from "../db/write-transaction";
import { encryptionKeys } from "../crypto/encryption-keys";
import { open, seal } from "../crypto/secret-box";
import { CHANNELS_REVISION_KEY, DEFAULT_WEBHOOK_AUTH_KEY } from "./channel-directory";
import { DEFAULT_CHANNEL_ID } from "./channel-schemas";

/** Where the value waits, sealed, until an owner reads it once in Settings (a "channel:" name: never a template's secret). */
const UNSEEN_SECRET = `channel:${DEFAULT_CHANNEL_ID}:webhook-auth`;

export type DefaultWebhookAuth = {
  hash: string;
  /** An install from before webhooks needed authorization, whose 8x8 posts without it: let in until an owner requires it. */
  acceptsUnauthenticated: boolean;
};

export type DefaultWebhookAuthState = { source: "environment" } | { source: "generated"; unseen: boolean; acceptsUnauthenticated: boolean };

/**
 * The default channel's webhook authorization when EIGHTX8_WEBHOOK_AUTH does not set one:
 * generated on first start (a channel never takes webhooks from anyone), kept as a hash,
 * its value sealed until an owner reads it once in Settings → Channels. An existing
 * install that already took messages on the default channel keeps taking them without it
 * (an upgrade must not cut a working 8x8 off) until an owner requires it.
 */
export const defaultWebhookAuth = {
  async ensure(db: Db, env: NodeJS.ProcessEnv = process.env): Promise<"environment" | "exists" | "generated"> {
    if (appEnv(env).EIGHTX8_WEBHOOK_AUTH) return "environment";
    if (await db.setting.findUnique({ where: { key: DEFAULT_WEBHOOK_AUTH_KEY } })) return "exists";
    const legacy = (await db.contact.count({ where: { channelId: DEFAULT_CHANNEL_ID } })) > 0;
    await issue(db, env, legacy);
    return "generated";
  },

  async state(db: Db): Promise<DefaultWebhookAuthState> {
    if (appEnv().EIGHTX8_WEBHOOK_AUTH) return { source: "environment" };
    const stored = await read(db);
    const unseen = Boolean(await db.secret.findUnique({ where: { name: UNSEEN_SECRET }, select: { name: true } }));
    return { source: "generated", unseen, acceptsUnauthenticated: stored?.acceptsUnauthenticated ?? false };
  },

  /** The value, this once: it is not kept in a form that can be read again. */
  async reveal(db: Db, env: NodeJS.ProcessEnv = process.env): Promise<string> {
    notFromEnvironment();
    return writeTransaction(db, async (tx) => {
      const sealed = await tx.secret.findUnique({ where: { name: UNSEEN_SECRET } });
      if (!sealed) throw new DomainError("gone", "already_shown", "The default channel's webhook authorization was shown once already: issue a new value to see one");
      await tx.secret.delete({ where: { name: UNSEEN_SECRET } });
      return open(sealed, UNSEEN_SECRET, encryptionKeys(env).all);
    });
  },

  /** A new value, returned once; the old one stops working, and so do webhooks without it. */
  async renew(db: Db, env: NodeJS.ProcessEnv = process.env): Promise<string> {
    notFromEnvironment();
    const value = await issue(db, env, false);
    await db.secret.deleteMany({ where: { name: UNSEEN_SECRET } });
    return value;
  },

  /** Webhooks without the value are refused from now on. */
  async require(db: Db): Promise<void> {
    notFromEnvironment();
    await writeTransaction(db, async (tx) => {
      const stored = await tx.setting.findUnique({ where: { key: DEFAULT_WEBHOOK_AUTH_KEY } });
      if (!stored) throw new DomainError("conflict", "no_webhook_auth", "The default channel has no webhook authorization yet: restart the app to generate one");
      await tx.setting.update({ where: { key: DEFAULT_WEBHOOK_AUTH_KEY }, data: { value: { ...(stored.value as DefaultWebhookAuth), acceptsUnauthenticated: false } } });
      await bumpRevision(tx, CHANNELS_REVISION_KEY);
    });
  },
};

async function issue(db: Db, env: NodeJS.ProcessEnv, acceptsUnauthenticated: boolean): Promise<string> {
  const value = `Bearer ${newSecretToken("jsw")}`;
  const stored: DefaultWebhookAuth = { hash: tokenHash(value), acceptsUnauthenticated };
  const sealed = seal(value, UNSEEN_SECRET, encryptionKeys(env).current);
  await writeTransaction(db, async (tx) => {
    await tx.setting.upsert({ where: { key: DEFAULT_WEBHOOK_AUTH_KEY }, create: { key: DEFAULT_WEBHOOK_AUTH_KEY, value: stored }, update: { value: stored } });
    await tx.secret.upsert({ where: { name: UNSEEN_SECRET }, create: { name: UNSEEN_SECRET, ...sealed }, update: sealed });
    await bumpRevision(tx, CHANNELS_REVISION_KEY);
  });
  return value;
}

async function read(db: Db): Promise<DefaultWebhookAuth | null> {
  const row = await db.setting.findUnique({ where: { key: DEFAULT_WEBHOOK_AUTH_KEY } });
  return (row?.value as DefaultWebhookAuth | undefined) ?? null;
}

function notFromEnvironment() {
  if (appEnv().EIGHTX8_WEBHOOK_AUTH) throw new DomainError("conflict", "set_by_environment", "EIGHTX8_WEBHOOK_AUTH sets the default channel's webhook authorization: change it there");
}
