import type { TemplateLookup } from "./template-catalog";
import { checkTemplateSend } from "./check-template-send";

export type SendRefusal = { code: "opted_out" | "window_closed" | "template_refused"; message: string };
type Audience = { windowOpen: boolean; optedOut: boolean };
type Sent = Parameters<typeof checkTemplateSend>[0];

/**
 * Whether WhatsApp's rules and the customer's choice let this message go now: the one
 * check every path that sends goes through (journey steps, the inbox, the API). Someone
 * who opted out gets no template, and nothing once their window is closed; outside the
 * 24-hour window only templates go; a template the channel's catalog knows must be
 * sendable there (approved, parameters matching). One the catalog does not know goes
 * out: it may be newer than the last sync.
 */
export function sendRefusal(send: { type: string; content: Record<string, unknown> }, audience: Audience, catalog: TemplateLookup | null | undefined): SendRefusal | null {
  const template = send.type.toLowerCase() === "template" ? (send.content.template as Sent) : null;
  return audienceRefusal(Boolean(template), audience) ?? (template && catalog ? templateRefusal(template, catalog) : null);
}

/** The customer's side of the check, known before a message is rendered: opt-out and the window. */
export function audienceRefusal(isTemplate: boolean, { windowOpen, optedOut }: Audience): SendRefusal | null {
  if (optedOut && (isTemplate || !windowOpen)) {
    return { code: "opted_out", message: "The contact opted out: no template message reaches them until they opt in again" };
  }
  if (!isTemplate && !windowOpen) {
    return { code: "window_closed", message: "The customer has not written in 24 hours: WhatsApp takes only a template message now" };
  }
  return null;
}

/** A template the channel knows, checked as 8x8 would: paused, disabled or mismatched, it would be refused (1030-1036). */
export function templateRefusal(template: Sent, catalog: TemplateLookup): SendRefusal | null {
  if (!catalog.find(template.name, template.language)) return null;
  const refused = checkTemplateSend(template, catalog).find((issue) => issue.severity === "error");
  return refused ? { code: "template_refused", message: refused.message } : null;
}
