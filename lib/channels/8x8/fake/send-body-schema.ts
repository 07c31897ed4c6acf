import { z } from "zod";

/**
 * What 8x8's send endpoint accepts (8x8-chatapps.md §3.2, §3.6, §4.1), as the fake 8x8
 * checks it: a body our runtime produces must pass this, or the real 8x8 would refuse it.
 */
const text = (max: number) => z.string().min(1).max(max);
const frame = {
  header: z.object({ type: z.literal("text"), text: text(60) }).optional(),
  body: z.object({ text: text(1024) }),
  footer: z.object({ text: text(60) }).optional(),
};

const interactive = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("button"),
    ...frame,
    action: z.object({
      buttons: z
        .array(z.object({ type: z.literal("reply"), reply: z.object({ id: text(256), title: text(20) }) }))
        .min(1)
        .max(3)
        .refine((b) => new Set(b.map((x) => x.reply.title)).size === b.length, { error: "button titles must be unique" }),
    }),
  }),
  z.object({
    type: z.literal("list"),
    ...frame,
    action: z.object({
      button: text(20),
      sections: z
        .array(z.object({ title: z.string().max(24).optional(), rows: z.array(z.object({ id: text(200), title: text(24), description: z.string().max(72).optional() })).min(1) }))
        .min(1)
        .max(10)
        .refine((s) => s.flatMap((x) => x.rows).length <= 10, { error: "at most 10 rows in all sections" })
        .refine((s) => s.length === 1 || s.every((x) => x.title), { error: "section titles are required with more than one section" }),
    }),
  }),
  z.object({ type: z.literal("cta_url"), ...frame, action: z.object({ parameters: z.object({ display_text: text(20), url: text(2000) }) }) }),
  z.object({
    type: z.literal("flow"),
    ...frame,
    action: z.object({
      parameters: z.object({
        flowId: text(64),
        flowCta: text(20),
        flowAction: z.enum(["navigate", "data_exchange"]).optional(),
        flowActionPayload: z.object({ screen: z.string(), data: z.record(z.string(), z.unknown()).optional() }).optional(),
      }),
    }),
  }),
]);

/** 8x8-chatapps.md §3.6: parameter types and what each must carry. */
const templateParameter = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text"), text: text(1024) }),
  ...(["image", "video", "document", "gif"] as const).map((type) => z.object({ type: z.literal(type), url: text(2000) })),
  z.object({ type: z.literal("payload"), payload: text(256) }),
  z.object({ type: z.literal("couponCode"), couponCode: text(15) }),
  z.object({ type: z.literal("action"), flowActionData: z.object({ screen: z.string().optional(), data: z.record(z.string(), z.unknown()).optional() }).optional() }),
  z.object({ type: z.literal("location"), location: z.object({ latitude: z.number(), longitude: z.number() }).loose() }),
]);

const index = z.union([z.number().int().min(0).max(9), z.string().regex(/^\d$/)]);

function templateComponent(allowCarousel: boolean): z.ZodType<unknown> {
  const parts = z.discriminatedUnion("type", [
    z.object({ type: z.literal("header"), parameters: z.array(templateParameter).length(1) }),
    z.object({ type: z.literal("body"), parameters: z.array(templateParameter).min(1) }),
    z.object({
      type: z.literal("button"),
      subType: z.string().regex(/^(quickreply|url|copycode|flow|voicecall)$/i, { error: "subType is QuickReply, Url, CopyCode, Flow or VoiceCall" }),
      index,
      parameters: z.array(templateParameter).max(1).optional(),
    }),
  ]);
  if (!allowCarousel) return parts;
  const carousel = z.object({
    type: z.literal("carousel"),
    cards: z.array(z.object({ cardIndex: index, components: z.array(parts).min(1) })).min(1).max(10),
  });
  return z.union([parts, carousel]);
}

const media = z.object({ url: text(2000), text: z.string().max(1024).optional() });

const byType = {
  text: z.object({ text: text(4096) }),
  image: media,
  video: media,
  audio: media,
  file: media,
  location: z.object({ location: z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180), name: z.string().optional(), address: z.string().optional() }) }),
  interactive: z.object({ interactive }),
  template: z.object({
    template: z.object({
      name: text(512),
      language: text(15),
      components: z.array(templateComponent(true)).max(20).optional(),
    }),
  }),
} as const;

export const sendBodySchema = z
  .object({
    user: z.object({ msisdn: z.string().optional(), channelUserId: z.string().optional() }).refine((u) => u.msisdn || u.channelUserId, { error: "user needs an msisdn or a channelUserId" }),
    type: z.string(),
    content: z.record(z.string(), z.unknown()),
    clientMessageId: z.string().max(50).optional(),
  })
  .superRefine((body, ctx) => {
    const schema = byType[body.type.toLowerCase() as keyof typeof byType];
    if (!schema) return ctx.addIssue({ code: "custom", path: ["type"], message: `invalid content type ${body.type}` });
    const content = schema.safeParse(body.content);
    if (!content.success) for (const issue of content.error.issues) ctx.addIssue({ code: "custom", path: ["content", ...issue.path], message: issue.message });
  });

export type SentMessage = z.infer<typeof sendBodySchema>;
