import type { TestTurn } from "../test-format/test-schema";

/**
 * A test's turn in words: as a sentence about the customer ("taps “Check-up”") for the
 * Tests tab, or brief ("“Check-up”") for a generated test's name.
 */
export function describeTurn(turn: TestTurn, style: "sentence" | "brief" = "sentence"): string {
  const brief = style === "brief";
  switch (turn.type) {
    case "send": {
      const r = turn.reply;
      if (r.type === "text") return brief ? `“${r.text}”` : `writes “${r.text}”`;
      if (r.type === "button" || r.type === "list") return brief ? `“${r.title}”` : `taps “${r.title}”`;
      return r.type === "flow" ? "submits the form" : brief ? "a location" : "shares a location";
    }
    case "start":
      if (brief) return Object.keys(turn.vars ?? {}).length ? "API call" : "API call without variables";
      return turn.nodeId ? `starts at ${turn.nodeId}` : "is sent the journey by an API call";
    case "wait":
      return "time passes";
    case "agentSay":
      return brief ? "agent writes" : `hears from the agent: “${turn.text}”`;
    case "handBack":
      return brief ? "handed back" : "is handed back by the agent";
    case "setWindow":
      if (brief) return turn.open ? "window open" : "24 h of silence";
      return turn.open ? "writes again (window open)" : "has not written for 24 hours";
  }
}
