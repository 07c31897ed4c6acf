import "server-only";
import type { Reply } from "../../whatsapp/normalize-reply";
import { defineExecutor, type ResumeOutcome } from "../step-executor";
import type { MessageConfig } from "./definition";
import { messageKind } from "./message-kinds";
import { renderMessage } from "./render-message";
import { audienceRefusal, templateRefusal } from "../../whatsapp/send-permission";

export const messageExecutor = defineExecutor<MessageConfig>({
  async execute({ config, scope, windowOpen, fallbackTemplate, optedOut, templates }) {
    const kind = messageKind(config.message.kind);
    const waits = config.wait.enabled && kind.canWait;
    // Outside the 24-hour window WhatsApp refuses anything but a template.
    const closed = kind.freeForm && !windowOpen;
    // Templates are how a business starts talking: someone who wrote STOP gets none.
    const refused = audienceRefusal(!kind.freeForm || (closed && Boolean(fallbackTemplate)), { windowOpen, optedOut });
    if (refused?.code === "window_closed") return { type: "next", handle: "failed", error: "The 24-hour window is closed and the journey has no fallback template" };
    if (refused) return { type: "next", handle: "failed", error: refused.message };
    const rendered = renderMessage(closed ? fallbackTemplate! : config.message, scope);
    if (!rendered.ok) {
      return { type: "next", handle: "failed", error: rendered.path ? `message.${rendered.path}: ${rendered.error}` : rendered.error };
    }
    // A refused template fails the step now, never retried.
    const template = rendered.send.type === "template" ? (rendered.send.content.template as Parameters<typeof templateRefusal>[0]) : null;
    const catalog = template && (await templates());
    const templateRefused = template && catalog && templateRefusal(template, catalog);
    if (templateRefused) return { type: "next", handle: "failed", error: templateRefused.message };
    const output = { sent: rendered.send.type, ...(closed && { fallback: "window closed: sent the fallback template" }) };
    if (waits) return { type: "wait", timeoutSeconds: config.wait.timeoutSeconds, send: rendered.send, output };
    return { type: "next", handle: "next", send: rendered.send, output };
  },
  onReply: (config, reply) => ({ handle: matchOption(config, reply) }),
  onTimer: (): ResumeOutcome => ({ handle: "timeout" }),
});

/**
 * Which output a reply takes: the option whose id it carries; or, as some 8x8 pages say
 * a tap arrives as plain text, the option whose title the text equals; `selected` for a
 * dynamic list row or a Flow submission; else `other`.
 */
function matchOption(config: MessageConfig, reply: Reply): string {
  const kind = messageKind(config.message.kind);
  const options = kind.options?.(config.message) ?? [];
  if (reply.id && options.some((o) => o.id === reply.id)) return `option:${reply.id}`;
  if (reply.type === "text" && reply.text) {
    const text = reply.text.trim().toLowerCase();
    const byTitle = options.find((o) => o.label.trim().toLowerCase() === text);
    if (byTitle) return `option:${byTitle.id}`;
  }
  if (kind.selects?.(config.message)) {
    if (config.message.kind === "flow" ? reply.type === "flow" : reply.type === "list") return "selected";
  }
  return "other";
}
