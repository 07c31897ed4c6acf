import { z } from "zod";
import { sizedVars } from "../json/sized-json";

/** Bodies and queries of the runs API, shared by the route handlers and clients. */
export const startRunBody = z.object({
  contact: z
    .object({
      msisdn: z.string().regex(/^\+?[1-9]\d{6,14}$/, { error: "msisdn must be an E.164 phone number such as +15551234567" }).optional(),
      channelUserId: z.string().min(1).max(160).optional(),
      name: z.string().max(256).optional(),
    })
    .refine((c) => c.msisdn || c.channelUserId, { error: "contact needs an msisdn or a channelUserId" }),
  vars: sizedVars().default({}),
  /** The channel (WhatsApp number) to talk from; may be left out when there is one. */
  channel: z.string().min(1).max(64).optional(),
});

export const RUN_STATUSES = ["running", "waiting", "sleeping", "completed", "failed", "expired", "cancelled"] as const;
