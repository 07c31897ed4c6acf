import { z } from "zod";

/**
 * Channels: the business's WhatsApp numbers on 8x8 Chat Apps. Shared by the routes and
 * the settings page. "default" is the channel the environment variables describe.
 */
export const DEFAULT_CHANNEL_ID = "default";

/** 8x8's regional hosts (8x8-chatapps.md, "Regional hosts"). */
export const REGIONS = [
  { label: "Asia-Pacific", baseUrl: "https://chatapps.8x8.com" },
  { label: "North America", baseUrl: "https://chatapps.us.8x8.com" },
  { label: "Europe", baseUrl: "https://chatapps.8x8.uk" },
  { label: "Indonesia", baseUrl: "https://chatapps.8x8.id" },
] as const;

export const channelId = z.string().regex(/^(default|ch_[a-z0-9]{10})$/, { error: "Not a channel id" });

const fields = {
  name: z.string().trim().min(1, { error: "Name the channel, e.g. after its number" }).max(60, { error: "A name is at most 60 characters" }),
  subAccountId: z.string().trim().regex(/^[A-Za-z0-9\-._&]{3,50}$/, { error: "A sub-account id is 3-50 letters, digits or - . _ &" }),
  baseUrl: z.url({ protocol: /^https?$/, error: "The region's address, such as https://chatapps.8x8.com" }).max(200),
  apiKey: z.string().trim().min(8, { error: "Paste the API key from 8x8 Connect" }).max(512),
  accountId: z.string().trim().regex(/^[A-Za-z0-9-]{1,64}$/, { error: "8x8's account id: letters, digits and -" }).or(z.literal("")).optional(),
  templateChannel: z.string().trim().regex(/^[A-Za-z0-9-]{1,64}$/, { error: "The WhatsApp channel's id in 8x8 Connect: letters, digits and -" }).or(z.literal("")).optional(),
};

export const createChannelBody = z.object(fields);

export const updateChannelBody = z
  .object({ ...fields, apiKey: fields.apiKey.optional(), newWebhookAuth: z.boolean().default(false) })
  .partial({ name: true, subAccountId: true, baseUrl: true });

export type ChannelSummary = {
  id: string;
  name: string;
  subAccountId: string | null;
  baseUrl: string;
  accountId: string | null;
  templateChannel: string | null;
  source: "environment" | "stored";
  /** Whether it can send: sub-account and API key are there. */
  configured: boolean;
  webhookPath: string;
  createdAt: string | null;
  /** The default channel's webhook authorization when EIGHTX8_WEBHOOK_AUTH does not set it: generated, shown once. */
  generatedWebhookAuth?: { unseen: boolean; acceptsUnauthenticated: boolean };
};

/** What an owner does with the default channel's generated webhook authorization. */
export const defaultWebhookAuthBody = z.object({ action: z.enum(["reveal", "renew", "require"], { error: "action is reveal, renew or require" }) });

export type ConnectionCheck = { ok: boolean; message: string };
