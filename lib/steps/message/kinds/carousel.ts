import { z } from "zod";
import { requiredText } from "../../shared/fields";
import { defineMessageKind, fields } from "../message-kind";
import type { FormField } from "../../form-field";
import { templateLanguage, templateName } from "./template-components";

const templateIdentityForm: FormField[] = [
  { type: "text", path: "name", label: "Template name", mono: true, help: "Exactly as approved in your WhatsApp Business account" },
  { type: "text", path: "language", label: "Language", mono: true, placeholder: "en_US" },
];

const cardButton = z.object({
  subType: z.enum(["url", "quickReply"], { error: "A card button is a url or quickReply button" }),
  /** The URL suffix or the quick-reply payload (Liquid). */
  value: requiredText("Button parameter"),
});

const card = z.object({
  headerMedia: z.object({
    type: z.enum(["image", "video"], { error: "A card header is an image or a video" }),
    url: requiredText("Card media URL", 2000),
  }),
  buttons: z.array(cardButton).max(2, { error: "A card has at most 2 buttons" }).default([]),
});

/** Sent as a template with a `carousel` component: WhatsApp carousels are templates. */
export const carouselMessage = defineMessageKind({
  kind: "carousel",
  label: "Carousel",
  description: "A carousel template of up to 10 cards with media and buttons",
  icon: "carousel",
  schema: z.object({
    kind: z.literal("carousel"),
    name: templateName,
    language: templateLanguage,
    bodyParameters: z.array(z.string()).default([]),
    cards: z.array(card).min(1, { error: "Add at least one card" }).max(10, { error: "WhatsApp allows at most 10 cards" }),
  }),
  defaults: () => ({
    kind: "carousel" as const,
    name: "product_carousel",
    language: "en_US",
    bodyParameters: [],
    cards: [{ headerMedia: { type: "image" as const, url: "https://example.com/card.jpg" }, buttons: [] }],
  }),
  freeForm: false,
  canWait: false,
  form: () => [
    ...templateIdentityForm,
    { type: "strings", path: "bodyParameters", label: "Body parameters", itemLabel: "parameter", template: true, placeholder: "{{ contact.name }}" },
    {
      type: "list",
      path: "cards",
      label: "Cards",
      itemLabel: "card",
      min: 1,
      max: 10,
      newItem: (cards) => structuredClone((cards as unknown[])[0] ?? { headerMedia: { type: "image", url: "" }, buttons: [] }),
      title: (_, i) => `Card ${i + 1}`,
      fields: () => [
        { type: "select", path: "headerMedia.type", label: "Media", options: [{ value: "image", label: "Image" }, { value: "video", label: "Video" }] },
        { type: "text", path: "headerMedia.url", label: "Media URL", max: 2000, template: true },
        {
          type: "list",
          path: "buttons",
          label: "Buttons",
          itemLabel: "button",
          max: 2,
          newItem: () => ({ subType: "quickReply", value: "" }),
          title: (b) => (b as { value: string }).value || "Button",
          fields: () => [
            { type: "select", path: "subType", label: "Type", options: [{ value: "quickReply", label: "Quick reply" }, { value: "url", label: "URL" }] },
            { type: "text", path: "value", label: "Payload or URL suffix", template: true },
          ],
        },
      ],
    },
  ],
  summary: (m) => `${m.name}: ${m.cards.length} card${m.cards.length === 1 ? "" : "s"}`,
  validate(m) {
    // WhatsApp rejects a carousel whose cards differ in their buttons.
    const shape = (c: (typeof m.cards)[number]) => c.buttons.map((b) => b.subType).join(",");
    const first = m.cards[0] ? shape(m.cards[0]) : "";
    // An empty parameter (a variable the run lacks) is refused by WhatsApp: the step fails instead.
    const empty = m.bodyParameters.flatMap((p, i) => (p.trim() ? [] : [{ severity: "error" as const, path: `bodyParameters.${i}`, code: "required", message: `Body parameter {{${i + 1}}} is empty` }]));
    return empty.concat(m.cards.flatMap((c, i) =>
      shape(c) === first
        ? []
        : [{ severity: "error" as const, path: `cards.${i}.buttons`, code: "card_buttons_differ", message: "All cards must have the same buttons as the first card" }],
    ));
  },
  templateFields: (m) => [
    ...fields(m.bodyParameters.map((value, i) => [`bodyParameters.${i}`, value])),
    ...m.cards.flatMap((c, i) => [
      { path: `cards.${i}.headerMedia.url`, value: c.headerMedia.url },
      ...fields(c.buttons.map((b, bi) => [`cards.${i}.buttons.${bi}.value`, b.value])),
    ]),
  ],
  // WhatsApp carousels are templates with a `carousel` component (8x8-chatapps.md §3.6).
  toSend: (m) => ({
    type: "template",
    content: {
      template: {
        name: m.name,
        language: m.language,
        components: [
          ...(m.bodyParameters.length ? [{ type: "body", parameters: m.bodyParameters.map((text) => ({ type: "text", text })) }] : []),
          {
            type: "carousel",
            cards: m.cards.map((card, cardIndex) => ({
              cardIndex,
              components: [
                { type: "header", parameters: [{ type: card.headerMedia.type, url: card.headerMedia.url }] },
                ...card.buttons.map((b, index) => ({
                  type: "button",
                  index,
                  subType: b.subType === "url" ? "url" : "quickreply",
                  parameters: [b.subType === "url" ? { type: "text", text: b.value } : { type: "payload", payload: b.value }],
                })),
              ],
            })),
          },
        ],
      },
    },
  }),
});
