import { z } from "zod";
import type { HeaderFormat, TemplateButton, TemplateLayout } from "./whatsapp-template";

/**
 * 8x8's template list (GET /api/v1/accounts/{accountId}/channels/{channelId}/templates:
 * `{ templates: [{ templateName, language, category, status, components, ... }] }`).
 * Component and button types arrive in either case ("HEADER", "Image", "quick_reply"),
 * so they are compared lower-cased; fields the app does not use pass through unread.
 */
const button = z
  .object({ type: z.string(), text: z.string().max(200).optional(), url: z.string().max(2000).optional(), phoneNumber: z.string().max(40).optional(), flowId: z.union([z.string(), z.number()]).optional() })
  .loose();

const component = z
  .object({ type: z.string(), format: z.string().optional(), text: z.string().max(4096).optional(), buttons: z.array(button).max(10).optional() })
  .loose();

const card = z.object({ components: z.array(component).max(10) }).loose();

const carouselComponent = component.extend({ cards: z.array(card).max(10).optional() });

export const eightByEightTemplate = z
  .object({
    templateName: z.string().min(1).max(512),
    language: z.string().min(1).max(15),
    category: z.string().max(40).default("UTILITY"),
    status: z.string().max(40).default("APPROVED"),
    id: z.union([z.string(), z.number()]).optional(),
    templateId: z.union([z.string(), z.number()]).optional(),
    qualityScore: z.string().max(20).optional(),
    rejectedReason: z.string().max(1000).optional(),
    reason: z.string().max(1000).optional(),
    components: z.array(carouselComponent).max(20).default([]),
  })
  .loose();

export const eightByEightTemplateList = z.object({ templates: z.array(z.unknown()).max(10_000) }).loose();

export type EightByEightTemplate = z.infer<typeof eightByEightTemplate>;

export function toLayout(components: EightByEightTemplate["components"]): TemplateLayout {
  const find = (type: string) => components.find((c) => c.type.toLowerCase() === type);
  const header = find("header");
  const carousel = find("carousel");
  return {
    ...(header && { header: { format: headerFormat(header.format), ...(header.text && { text: header.text }) } }),
    body: find("body")?.text ?? "",
    ...(find("footer")?.text && { footer: find("footer")!.text }),
    buttons: (find("buttons")?.buttons ?? []).map(toButton),
    ...(carousel?.cards && {
      cards: carousel.cards.map((c) => {
        const inner = (type: string) => c.components.find((x) => x.type.toLowerCase() === type);
        return {
          header: { format: headerFormat(inner("header")?.format ?? "image") },
          ...(inner("body")?.text && { body: inner("body")!.text }),
          buttons: (inner("buttons")?.buttons ?? []).map(toButton),
        };
      }),
    }),
  };
}

function headerFormat(format: string | undefined): HeaderFormat {
  const f = (format ?? "text").toLowerCase();
  return f === "image" || f === "video" || f === "document" || f === "location" ? f : "text";
}

const buttonTypes: Record<string, TemplateButton["type"]> = {
  quick_reply: "quick_reply", quickreply: "quick_reply", url: "url", phone_number: "phone", phone: "phone",
  flow: "flow", copy_code: "copy_code", copycode: "copy_code", otp: "otp", voice_call: "voice_call",
};

function toButton(b: z.infer<typeof button>): TemplateButton {
  return {
    type: buttonTypes[b.type.toLowerCase()] ?? "quick_reply",
    text: b.text ?? "",
    ...(b.url && { url: b.url }),
    ...(b.phoneNumber && { phone: b.phoneNumber }),
    ...(b.flowId !== undefined && { flowId: String(b.flowId) }),
  };
}
