import "server-only";
import { randomBytes } from "node:crypto";
import { notFound } from "../errors/domain-error";
import { newSecretToken, tokenHash } from "../crypto/secret-token";
import type { Db } from "../db/client";
import { bumpRevision } from "../db/bump-revision";
import { writeTransaction, type Tx } from "../db/write-transaction";
import { eightByEightConfig } from "../config/eight-by-eight";
import { appEnv } from "../config/env";
import { encryptionKeys } from "../crypto/encryption-keys";
import { seal } from "../crypto/secret-box";
import { CHANNELS_REVISION_KEY, channelKeySecret } from "./channel-directory";
import { defaultWebhookAuth } from "./default-webhook-auth";
import { DEFAULT_CHANNEL_ID, type ChannelSummary, type createChannelBody, type updateChannelBody } from "./channel-schemas";
import type { z } from "zod";

type NewChannel = z.infer<typeof createChannelBody>;
type ChannelChange = z.infer<typeof updateChannelBody>;

/**
 * Channels added in Settings. The API key is sealed like a secret; the webhook's
 * Authorization value is generated here, returned once, and kept as its sha256.
 */
export function channelStore(db: Db) {
  return {
    /** Every channel; `webhookAuth: false` leaves out the default channel's generated-value state (pages that only name channels). */
    async list({ webhookAuth = true }: { webhookAuth?: boolean } = {}): Promise<ChannelSummary[]> {
      const env = appEnv();
      const stored = await db.channel.findMany({ orderBy: { createdAt: "asc" } });
      const keys = new Set((await db.secret.findMany({ where: { name: { startsWith: "channel:" } }, select: { name: true } })).map((s) => s.name));
      const auth = webhookAuth ? await defaultWebhookAuth.state(db) : null;
      return [
        {
          id: DEFAULT_CHANNEL_ID,
          name: "Default (environment)",
          subAccountId: env.EIGHTX8_SUBACCOUNT_ID ?? null,
          baseUrl: env.EIGHTX8_API_BASE_URL,
          accountId: env.EIGHTX8_ACCOUNT_ID ?? null,
          templateChannel: env.EIGHTX8_TEMPLATE_CHANNEL_ID ?? null,
          source: "environment",
          configured: eightByEightConfig() !== null,
          webhookPath: "/api/webhooks/8x8",
          createdAt: null,
          ...(auth?.source === "generated" && { generatedWebhookAuth: { unseen: auth.unseen, acceptsUnauthenticated: auth.acceptsUnauthenticated } }),
        },
        ...stored.map((c) => ({
          id: c.id,
          name: c.name,
          subAccountId: c.subAccountId,
          baseUrl: c.baseUrl,
          accountId: c.accountId,
          templateChannel: c.templateChannel,
          source: "stored" as const,
          configured: keys.has(channelKeySecret(c.id)),
          webhookPath: `/api/webhooks/8x8/${c.id}`,
          createdAt: c.createdAt.toISOString(),
        })),
      ];
    },

    async create(input: NewChannel) {
      const id = `ch_${randomBytes(8).toString("base64url").toLowerCase().replace(/[^a-z0-9]/g, "0").slice(0, 10)}`;
      const webhookAuth = `Bearer ${newSecretToken("jsw")}`;
      await writeTransaction(db, async (tx) => {
        await tx.channel.create({
          data: { id, name: input.name, subAccountId: input.subAccountId, baseUrl: input.baseUrl, accountId: input.accountId || null, templateChannel: input.templateChannel || null, webhookAuthHash: tokenHash(webhookAuth) },
        });
        await putKey(tx, id, input.apiKey);
        await bumpRevision(tx, CHANNELS_REVISION_KEY);
      });
      return { id, webhookAuth };
    },

    /** Changes what is given; a new API key replaces the old; `newWebhookAuth` issues a new value (returned once). */
    async update(id: string, change: ChannelChange) {
      const webhookAuth = change.newWebhookAuth ? `Bearer ${newSecretToken("jsw")}` : null;
      await writeTransaction(db, async (tx) => {
        if (!(await tx.channel.findUnique({ where: { id } }))) throw notFound("Channel");
        await tx.channel.update({
          where: { id },
          data: {
            ...(change.name && { name: change.name }),
            ...(change.subAccountId && { subAccountId: change.subAccountId }),
            ...(change.baseUrl && { baseUrl: change.baseUrl }),
            ...(change.accountId !== undefined && { accountId: change.accountId || null }),
            ...(change.templateChannel !== undefined && { templateChannel: change.templateChannel || null }),
            ...(webhookAuth && { webhookAuthHash: tokenHash(webhookAuth) }),
          },
        });
        if (change.apiKey) await putKey(tx, id, change.apiKey);
        await bumpRevision(tx, CHANNELS_REVISION_KEY);
      });
      return { webhookAuth };
    },

    /** Its contacts and runs stay, for the record; nothing can be sent or received on it any more. */
    async remove(id: string) {
      return writeTransaction(db, async (tx) => {
        const channel = await tx.channel.findUnique({ where: { id } });
        if (!channel) throw notFound("Channel");
        await tx.channel.delete({ where: { id } });
        await tx.secret.deleteMany({ where: { name: channelKeySecret(id) } });
        await bumpRevision(tx, CHANNELS_REVISION_KEY);
        return channel;
      });
    },
  };
}

async function putKey(tx: Tx, id: string, apiKey: string) {
  const name = channelKeySecret(id);
  const sealed = seal(apiKey, name, encryptionKeys().current);
  await tx.secret.upsert({ where: { name }, create: { name, ...sealed }, update: sealed });
}
