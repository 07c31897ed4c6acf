import "server-only";
import { audienceRefusal } from "../../whatsapp/send-permission";
import { defineExecutor } from "../step-executor";
import type { HandoffConfig } from "./definition";

/**
 * Sends the customer the step's message, tells the business's URL (through the same SSRF
 * guard and secrets as HTTP steps), and waits: the runtime gives the conversation to the
 * inbox. A hand back resumes the run on `returned`; the waiting time, on `no_answer`.
 */
export const handoffExecutor = defineExecutor<HandoffConfig>({
  async execute({ config, render, renderWithSecrets, http, stepKey, scope, windowOpen, optedOut, recentMessages }) {
    const text = config.message ? render(config.message, "message") : "";
    const refused = text ? audienceRefusal(false, { windowOpen, optedOut }) : null;
    if (refused) return { type: "next", handle: "failed", error: refused.code === "window_closed" ? "The 24-hour window is closed: the handoff message cannot be sent" : refused.message };
    if (config.notifyUrl) {
      const url = renderWithSecrets(config.notifyUrl, "notifyUrl");
      const messages = await recentMessages(20);
      // Paths on this app: the run (its page links to the contact and their conversation).
      const body = JSON.stringify({ event: "handoff", queue: config.queue, contact: scope.contact, vars: scope.vars, run: scope.run, messages, link: `/runs/${scope.run.id}` });
      const answer = await http({ method: "POST", url, headers: { "Content-Type": "application/json" }, body, timeoutMs: 8000, retries: 2, idempotencyKey: stepKey });
      if ("error" in answer || answer.status >= 300) {
        return { type: "next", handle: "failed", error: `Notifying ${url} failed: ${"error" in answer ? answer.error : `it answered ${answer.status}`}` };
      }
    }
    return {
      type: "wait",
      timeoutSeconds: config.waitSeconds,
      conversation: { queue: config.queue },
      output: { queue: config.queue },
      ...(text && { send: { type: "text", content: { text } } }),
    };
  },
  onTimer: () => ({ handle: "no_answer" }),
});
