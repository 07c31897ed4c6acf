import { z } from "zod";

/**
 * 8x8's template webhooks (`CABM` webhook type; 8x8-chatapps.md §1.10 and
 * https://developer.8x8.com/connect/docs/whatsapp-template-change-webhook): a different
 * envelope from message webhooks, `{ eventId, timestamp, provider, businessAccountId,
 * accountId, eventType, eventDetails: { templateId, templateName, templateLanguage, meta } }`.
 */
export const TEMPLATE_EVENT_TYPES = ["template_status_update", "template_quality_update", "template_category_update"] as const;

export const templateEvent = z.object({
  eventId: z.string().min(1).max(200),
  timestamp: z.string().max(64).refine((t) => !Number.isNaN(Date.parse(t)), { error: "timestamp is not an ISO 8601 time" }).optional(),
  provider: z.string().max(40).optional(),
  businessAccountId: z.string().max(100).optional(),
  accountId: z.string().max(100).optional(),
  eventType: z.enum(TEMPLATE_EVENT_TYPES),
  eventDetails: z
    .object({
      templateId: z.union([z.string(), z.number()]).optional(),
      templateName: z.string().min(1).max(512),
      templateLanguage: z.string().min(1).max(15).optional(),
      meta: z
        .object({
          status: z.string().max(40).optional(),
          reason: z.string().max(1000).optional(),
          previousQualityScore: z.string().max(20).optional(),
          newQualityScore: z.string().max(20).optional(),
          previousCategory: z.string().max(40).optional(),
          newCategory: z.string().max(40).optional(),
        })
        .loose()
        .prefault({}),
    })
    .loose(),
});

export type TemplateEvent = z.infer<typeof templateEvent>;
