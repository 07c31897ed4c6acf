import { describe, expect, it } from "vitest";
import { DEFAULT_KEYWORDS, keywordSettingsSchema, matchKeyword } from "./keyword-settings";

const text = (t: string) => ({ type: "text" as const, text: t, receivedAt: "", umid: "u" });

describe("keywords", () => {
  it("match the whole typed message in any case, never a tap or a sentence", () => {
    expect(matchKeyword(DEFAULT_KEYWORDS, text(" stop "))).toBe("optOut");
    expect(matchKeyword(DEFAULT_KEYWORDS, text("Start"))).toBe("optIn");
    expect(matchKeyword(DEFAULT_KEYWORDS, text("agent"))).toBe("human");
    expect(matchKeyword(DEFAULT_KEYWORDS, text("MENU"))).toBe("restart");
    expect(matchKeyword(DEFAULT_KEYWORDS, text("please stop"))).toBeNull();
    expect(matchKeyword(DEFAULT_KEYWORDS, { type: "button", id: "stop", title: "STOP", receivedAt: "", umid: "u" })).toBeNull();
    expect(matchKeyword(DEFAULT_KEYWORDS, { type: "list", id: "menu", title: "MENU", receivedAt: "", umid: "u" })).toBeNull();
  });

  it("refuses a word that two lists claim, naming where", () => {
    const result = keywordSettingsSchema.safeParse({ optOut: ["STOP"], restart: ["stop"] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["restart", 0], message: '"stop" is already a keyword for optOut' });
  });
});
