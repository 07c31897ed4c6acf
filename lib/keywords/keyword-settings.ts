import { z } from "zod";
import type { Reply } from "../channels/8x8/normalize-reply";

/** The Setting row that holds them; changing it moves the live revision, so every runtime sees it at once. */
export const KEYWORDS_KEY = "keywords";

const word = z.string().trim().min(1, { error: "A keyword cannot be empty" }).max(30, { error: "A keyword is at most 30 characters" });
const words = z.array(word).max(10, { error: "At most 10 keywords" });

/**
 * Keywords that interrupt whatever run a contact is in, as the whole of a typed message
 * (any case). Buttons, list choices and Flow answers never count: a tap is not a keyword.
 */
export const keywordSettingsSchema = z
  .object({
    optOut: words.default(["STOP", "UNSUBSCRIBE"]),
    optIn: words.default(["START"]),
    optOutReply: z.string().trim().min(1).max(1024).default("You will not get messages from us any more. Write START if you change your mind."),
    optInReply: z.string().trim().min(1).max(1024).default("Welcome back: you will get our messages again."),
    human: words.default(["AGENT", "HUMAN"]),
    humanQueue: z.string().trim().min(1).max(60).default("Support"),
    restart: words.default(["MENU"]),
    /** The journey a restart keyword starts; none: the keyword only ends the current run. */
    restartJourneyId: z.string().max(64).nullable().default(null),
  })
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

export type KeywordSettings = z.infer<typeof keywordSettingsSchema>;
export type KeywordAction = "optOut" | "optIn" | "human" | "restart";

export const DEFAULT_KEYWORDS: KeywordSettings = keywordSettingsSchema.parse({});

/** Which keyword a message is, if it is one: only typed text, compared whole and in any case. */
export function matchKeyword(settings: KeywordSettings, reply: Reply): KeywordAction | null {
  if (reply.type !== "text" || !reply.text) return null;
  const text = reply.text.trim().toUpperCase();
  for (const action of ["optOut", "optIn", "human", "restart"] as const) {
    if (settings[action].some((w) => w.toUpperCase() === text)) return action;
  }
  return null;
}
