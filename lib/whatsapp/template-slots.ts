import { placeholderCount, type HeaderFormat, type TemplateButton, type TemplateLayout } from "./whatsapp-template";

/**
 * The parameters a template takes, keyed by where they go: `header`, `body`,
 * `button:<index>`, and `card:<k>:header|body|button:<b>` inside a carousel. The same
 * keys are read off the components a journey sends, so the two compare one to one.
 */
export type SlotKind = "text" | "media" | "url_suffix" | "payload" | "flow_action" | "coupon" | "location";
export type Slot = { key: string; kind: SlotKind; count: number; mediaType?: string; label: string; /** quick replies: the button's text */ buttonText?: string };

type Parameter = { type: string; text?: string; url?: string; payload?: string; couponCode?: string; [key: string]: unknown };
type Component = { type: string; subType?: unknown; index?: unknown; parameters?: Parameter[]; cards?: Array<{ cardIndex?: unknown; components?: Component[] }>; [key: string]: unknown };

export function templateSlots(layout: TemplateLayout): Slot[] {
  const slots: Slot[] = [];
  if (layout.header) slots.push(...headerSlot("header", layout.header.format, layout.header.text, "Header"));
  const body = placeholderCount(layout.body);
  if (body) slots.push({ key: "body", kind: "text", count: body, label: "Body" });
  layout.buttons.forEach((b, i) => slots.push(...buttonSlot(`button:${i}`, b, `Button ${i + 1} “${b.text}”`)));
  layout.cards?.forEach((card, k) => {
    const name = `Card ${k + 1}`;
    slots.push(...headerSlot(`card:${k}:header`, card.header.format, undefined, `${name} header`));
    const count = placeholderCount(card.body);
    if (count) slots.push({ key: `card:${k}:body`, kind: "text", count, label: `${name} body` });
    card.buttons.forEach((b, i) => slots.push(...buttonSlot(`card:${k}:button:${i}`, b, `${name} button “${b.text}”`)));
  });
  return slots;
}

function headerSlot(key: string, format: HeaderFormat, text: string | undefined, label: string): Slot[] {
  if (format === "text") return placeholderCount(text) ? [{ key, kind: "text", count: 1, label }] : [];
  if (format === "location") return [{ key, kind: "location", count: 1, label }];
  return [{ key, kind: "media", count: 1, mediaType: format, label: `${label} ${format}` }];
}

function buttonSlot(key: string, button: TemplateButton, label: string): Slot[] {
  if (button.type === "quick_reply") return [{ key, kind: "payload", count: 1, label, buttonText: button.text }];
  if (button.type === "url" && placeholderCount(button.url)) return [{ key, kind: "url_suffix", count: 1, label }];
  if (button.type === "flow") return [{ key, kind: "flow_action", count: 1, label }];
  if (button.type === "copy_code") return [{ key, kind: "coupon", count: 1, label }];
  return [];
}

const subTypes: Partial<Record<SlotKind, string>> = { payload: "quickreply", url_suffix: "url", flow_action: "flow", coupon: "copyCode" };

/**
 * The components a send of this template needs, each parameter empty to be mapped, or
 * kept from `previous` where the same slot had a value of the same type. Quick replies
 * get their button's text as payload: the reply handle.
 */
export function componentsFor(layout: TemplateLayout, previous: Component[] = []): Component[] {
  const old = slotParameters(previous);
  const keep = (key: string, i: number, fresh: Parameter) => {
    const was = old.get(key)?.[i];
    return was && was.type === fresh.type ? was : fresh;
  };
  const params = (slot: Slot) => Array.from({ length: slot.count }, (_, i) => keep(slot.key, i, emptyParameter(slot)));
  const top: Component[] = [];
  const cards = new Map<number, Component[]>();
  for (const slot of templateSlots(layout)) {
    const parts = slot.key.split(":");
    const component = toComponent(parts[0] === "card" ? parts.slice(2) : parts, slot, params(slot));
    if (parts[0] !== "card") top.push(component);
    else cards.set(Number(parts[1]), [...(cards.get(Number(parts[1])) ?? []), component]);
  }
  if (layout.cards?.length) {
    top.push({ type: "carousel", cards: layout.cards.map((_, k) => ({ cardIndex: k, components: cards.get(k) ?? [] })) });
  }
  return top;
}

function toComponent(parts: string[], slot: Slot, parameters: Parameter[]): Component {
  if (parts[0] === "button") return { type: "button", subType: subTypes[slot.kind], index: Number(parts[1]), parameters };
  return { type: parts[0], parameters };
}

function emptyParameter(slot: Slot): Parameter {
  switch (slot.kind) {
    case "media":
      return { type: slot.mediaType ?? "image", url: "" };
    case "payload":
      return { type: "payload", payload: slot.buttonText ?? "" };
    case "flow_action":
      return { type: "action" };
    case "coupon":
      return { type: "couponCode", couponCode: "" };
    case "location":
      return { type: "location", location: { latitude: 0, longitude: 0 } };
    default:
      return { type: "text", text: "" };
  }
}

/** The parameters a list of send components gives each slot key, with where each component sits. */
export function slotParameters(components: Component[]): Map<string, Parameter[]> {
  return new Map(slotEntries(components).map((e) => [e.key, e.parameters]));
}

export type SlotEntry = { key: string; path: string; parameters: Parameter[] };

export function slotEntries(components: Component[], base = "components"): SlotEntry[] {
  return components.flatMap((c, ci) => {
    const path = `${base}.${ci}`;
    if (c.type === "carousel") {
      return (c.cards ?? []).flatMap((card, k) =>
        slotEntries(card.components ?? [], `${path}.cards.${k}.components`).map((e) => ({ ...e, key: `card:${Number(card.cardIndex ?? k)}:${e.key}` })),
      );
    }
    const key = c.type === "button" ? `button:${Number(c.index ?? 0)}` : c.type;
    return [{ key, path, parameters: c.parameters ?? [] }];
  });
}
