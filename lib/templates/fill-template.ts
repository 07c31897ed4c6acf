import { slotParameters } from "../whatsapp/template-slots";
import { fillPlaceholders, type HeaderFormat, type TemplateButton, type TemplateLayout } from "../whatsapp/whatsapp-template";

export type FilledButton = TemplateButton & { payload?: string };
export type FilledTemplate = {
  header?: { format: HeaderFormat; text?: string; url?: string };
  body: string;
  footer?: string;
  buttons: FilledButton[];
  cards?: Array<{ format: HeaderFormat; url?: string; body?: string; buttons: FilledButton[] }>;
};

type Components = Parameters<typeof slotParameters>[0];

/**
 * A template as the customer sees it: its layout with the parameters of a send put in
 * (header text or media, body placeholders, URL suffixes, quick-reply payloads, each
 * card's). A placeholder with no value stays `{{n}}`, for the views to mark.
 */
export function fillTemplate(layout: TemplateLayout, components: Components = []): FilledTemplate {
  const params = slotParameters(components);
  const texts = (key: string) => (params.get(key) ?? []).map((p) => p.text);
  const media = (key: string) => params.get(key)?.[0]?.url;
  const buttons = (list: TemplateButton[], prefix: string) =>
    list.map((b, i): FilledButton => {
      const p = params.get(`${prefix}button:${i}`)?.[0];
      if (b.type === "url" && b.url) return { ...b, url: fillPlaceholders(b.url, [p?.text]) };
      return p?.payload ? { ...b, payload: p.payload } : b;
    });
  const header = layout.header;
  return {
    ...(header && {
      header: header.format === "text" ? { format: "text", text: fillPlaceholders(header.text ?? "", texts("header")) } : { format: header.format, url: media("header") },
    }),
    body: fillPlaceholders(layout.body, texts("body")),
    ...(layout.footer && { footer: layout.footer }),
    buttons: buttons(layout.buttons, ""),
    ...(layout.cards && {
      cards: layout.cards.map((card, k) => ({
        format: card.header.format,
        url: media(`card:${k}:header`),
        ...(card.body && { body: fillPlaceholders(card.body, texts(`card:${k}:body`)) }),
        buttons: buttons(card.buttons, `card:${k}:`),
      })),
    }),
  };
}
