import { z } from "zod";

/** The Setting row that maps each inbox queue to the URL its events are POSTed to. */
export const QUEUE_WEBHOOKS_KEY = "queue_webhooks";

export const queueWebhooksBody = z
  .object({
    webhooks: z
      .array(
        z.object({
          queue: z.string().trim().min(1).max(60),
          url: z.url({ protocol: /^https?$/, error: "url is an http(s) URL" }).max(2048),
        }).strict(),
      )
      .max(20, { error: "At most 20 queue webhooks" }),
  })
  .strict()
  .superRefine(({ webhooks }, ctx) => {
    const seen = new Set<string>();
    webhooks.forEach((w, i) => {
      if (seen.has(w.queue)) ctx.addIssue({ code: "custom", path: ["webhooks", i, "queue"], message: `"${w.queue}" has a webhook already` });
      seen.add(w.queue);
    });
  });

export type QueueWebhook = z.infer<typeof queueWebhooksBody>["webhooks"][number];
