import { z } from "zod";
import type { Reply } from "./normalize-reply";

/** The Setting row that holds them; changing it moves the live revision, so every runtime sees it at once. */
export const KEYWORDS_KEY = "keywords";

const word = z.string().trim().min(1, { error: "A keyword cannot be empty" }).max(30, { error: "A keyword is at most 30 characters" });
const words = z.array(word).max(10, { error: "At most 10 keywords" });

const DEFAULTS = {
  optOut: ["STOP", "UNSUBSCRIBE"],
  optIn: ["START"],
  optOutReply: "You will not get messages from us any more. Write START if you change your mind.",
  optInReply: "Welcome back: you will get our messages again.",
  human: ["AGENT", "HUMAN"],
  humanQueue: "Support",
  humanMessage: "Connecting you with our team…",
  humanWaitSeconds: 30 * 60,
  humanNoAnswerReply: "Nobody is free to answer right now. Write AGENT to try again later.",
  restart: ["MENU"],
  restartJourneyId: null,
};

/**
 * Keywords that interrupt whatever run a contact is in, as the whole of a typed message
 * (any case). Buttons, list choices and Flow answers never count: a tap is not a keyword.
 * `PUT /api/settings/keywords` takes all of them (a PUT replaces the whole set).
 */
export const keywordSettingsBody = z
  .object({
    optOut: words,
    optIn: words,
    optOutReply: z.string().trim().min(1).max(1024),
    optInReply: z.string().trim().min(1).max(1024),
    human: words,
    humanQueue: z.string().trim().min(1).max(60),
    // Later additions take their defaults when absent, so a PUT written before them still parses.
    /** Sent when the keyword opens a conversation; empty sends nothing. */
    humanMessage: z.string().trim().max(1024).default(DEFAULTS.humanMessage),
    /** How long the conversation waits for someone to take it before it closes as no_answer. */
    humanWaitSeconds: z.number().int().min(60, { error: "At least a minute" }).max(7 * 24 * 3600, { error: "At most 7 days" }).default(DEFAULTS.humanWaitSeconds),
    /** Sent when nobody took it in time; empty sends nothing. */
    humanNoAnswerReply: z.string().trim().max(1024).default(DEFAULTS.humanNoAnswerReply),
    restart: words,
    /** The journey a restart keyword starts; null: the keyword only ends the current run. */
    restartJourneyId: z.string().max(64).nullable(),
  })
  .strict()
  .superRefine((settings, ctx) => {
    const seen = new Map<string, string>();
    for (const list of ["optOut", "optIn", "human", "restart"] as const) {
      settings[list].forEach((w, i) => {
        const key = w.toUpperCase();
        const other = seen.get(key);
        if (other) ctx.addIssue({ code: "custom", path: [list, i], message: `"${w}" is already a keyword for ${other}` });
        else seen.set(key, list);
      });
    }
  });

/** As stored: what is missing takes the defaults. */
export const keywordSettingsSchema = z.preprocess((value) => ({ ...DEFAULTS, ...(value && typeof value === "object" ? value : {}) }), keywordSettingsBody);

export type KeywordSettings = z.infer<typeof keywordSettingsSchema>;
export type KeywordAction = "optOut" | "optIn" | "human" | "restart";

export const DEFAULT_KEYWORDS: KeywordSettings = keywordSettingsSchema.parse({});

/** Which keyword a message is, if it is one: only typed text, compared whole and in any case. */
export function matchKeyword(settings: KeywordSettings, reply: Reply): KeywordAction | null {
  if (reply.type !== "text" || !reply.text) return null;
  return keywordOf(settings, reply.text);
}

/** The list a typed text belongs to, as the runtime compares it (trimmed, whole, any case). */
export function keywordOf(settings: KeywordSettings, text: string): KeywordAction | null {
  const typed = text.trim().toUpperCase();
  if (!typed) return null;
  for (const action of ["optOut", "optIn", "human", "restart"] as const) {
    if (settings[action].some((w) => w.toUpperCase() === typed)) return action;
  }
  return null;
}

/** How Settings → Keywords names each list, for messages that point there. */
export const KEYWORD_LIST_LABEL: Record<KeywordAction, string> = { optOut: "opt-out", optIn: "opt-in", human: "talk to a person", restart: "restart" };
