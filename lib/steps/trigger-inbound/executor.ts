import "server-only";
import { defineExecutor } from "../step-executor";
import type { InboundTriggerConfig } from "./definition";

export const inboundTriggerExecutor = defineExecutor<InboundTriggerConfig>({
  execute: () => ({ type: "next", handle: "next" }),
  matches(config, reply, where) {
    if (where.channelId !== null && config.channels.length && !config.channels.includes(where.channelId)) return false;
    if (config.match === "any") return true;
    // A tap on a button or list row answers the message it belongs to; only typed words
    // start a conversation (else "Yes, book it" would restart a booking at "book").
    if (reply.type !== "text") return false;
    const raw = (reply.text ?? "").trim();
    const text = config.caseSensitive ? raw : raw.toLowerCase();
    return config.keywords.some((keyword) => {
      if (!keyword.trim()) return false;
      if (config.match === "regex") {
        try {
          return new RegExp(keyword, config.caseSensitive ? "" : "i").test(raw);
        } catch {
          return false;
        }
      }
      const word = config.caseSensitive ? keyword.trim() : keyword.trim().toLowerCase();
      if (config.match === "exact") return text === word;
      if (config.match === "startsWith") return text.startsWith(word);
      return text.includes(word);
    });
  },
});
