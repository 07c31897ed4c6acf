import { z } from "zod";
import { keywordOf, KEYWORD_LIST_LABEL, type KeywordSettings } from "../../whatsapp/keyword-settings";
import { defineStep, type ChannelSendability, type StepIssue } from "../step-definition";

const configSchema = z.object({
  match: z.enum(["any", "exact", "contains", "startsWith", "regex"], { error: "Match must be any, exact, contains, startsWith or regex" }).default("any"),
  keywords: z.array(z.string().max(200, { error: "A keyword is at most 200 characters" })).max(50, { error: "At most 50 keywords" }).default([]),
  caseSensitive: z.boolean().default(false),
  /** Channel ids (Settings → Channels) it listens on; none: every channel. */
  channels: z.array(z.string().max(64)).max(20, { error: "At most 20 channels" }).default([]),
});

export type InboundTriggerConfig = z.infer<typeof configSchema>;

export const inboundTriggerStep = defineStep<InboundTriggerConfig>({
  type: "trigger.inbound",
  label: "Inbound message",
  description: "Starts when a contact sends a message that matches",
  icon: "inbound",
  category: "triggers",
  configSchema,
  defaultConfig: () => ({ match: "any", keywords: [], caseSensitive: false, channels: [] }),
  hasInput: false,
  isTrigger: true,
  outputs: () => [{ id: "next", label: "Start", receivesReply: true }],
  // A regex keyword is no message a customer would type: those journeys start with "Hi" only when they match anything.
  testInputs: (config) => {
    const word = config.match === "regex" ? undefined : config.keywords.find((k) => k.trim());
    return config.match !== "any" && !word ? [] : [{ handle: "next", turn: { type: "send", reply: { type: "text", text: word ?? "Hi" } } }];
  },
  form: (config) => [
    {
      type: "select",
      path: "match",
      label: "Start on",
      options: [
        { value: "any", label: "Any message" },
        { value: "exact", label: "Message is exactly" },
        { value: "contains", label: "Message contains" },
        { value: "startsWith", label: "Message starts with" },
        { value: "regex", label: "Message matches a regular expression" },
      ],
    },
    ...(config.match === "any"
      ? []
      : [
          { type: "strings" as const, path: "keywords", label: "Keywords", itemLabel: "keyword", max: 200, placeholder: "book" },
          { type: "toggle" as const, path: "caseSensitive", label: "Case sensitive" },
        ]),
    { type: "channels", path: "channels", label: "Listens on", help: "The WhatsApp numbers whose messages can start it (Settings → Channels)" },
  ],
  summary(config) {
    const on = config.channels.length ? ` on ${config.channels.join(", ")}` : "";
    return describeMatch(config) + on;
  },
  listensOn: (config) => (config.channels.length ? config.channels : null),
  validateWith: (config, { keywords, channels, journeyId }) => [...(keywords ? keywordCollisions(config, keywords, journeyId) : []), ...(channels ? silentChannels(config, channels) : [])],
  validate(config) {
    const issues: StepIssue[] = [];
    if (config.match !== "any" && !config.keywords.some((k) => k.trim())) {
      issues.push({ severity: "error", path: "keywords", code: "required", message: "Add at least one keyword, or match any message" });
    }
    config.keywords.forEach((keyword, i) => {
      if (config.match !== "regex") return;
      try {
        new RegExp(keyword);
      } catch (error) {
        issues.push({ severity: "error", path: `keywords.${i}`, code: "invalid_regex", message: `Not a valid regular expression: ${(error as Error).message}` });
      }
    });
    return issues;
  },
});

function describeMatch(config: InboundTriggerConfig): string {
  if (config.match === "any") return "Any message";
  const words = config.keywords.map((k) => `"${k}"`).join(", ");
  const how = { exact: "is", contains: "contains", startsWith: "starts with", regex: "matches" }[config.match];
  return `Message ${how} ${words || "…"}`;
}

/**
 * Keywords of an exact-match trigger that a workspace keyword takes first, every time the
 * customer types them: opt-out and "talk to a person" always, restart when it starts
 * another journey (with none chosen, the message goes on to the triggers). Opt-in takes
 * them only from contacts who opted out: a warning.
 */
function keywordCollisions(config: InboundTriggerConfig, keywords: KeywordSettings, journeyId: string | undefined): StepIssue[] {
  if (config.match !== "exact") return [];
  return config.keywords.flatMap((word, i): StepIssue[] => {
    const action = keywordOf(keywords, word);
    const where = "Use another word, or change the workspace keywords in Settings → Keywords";
    const taken = `"${word.trim()}" is the workspace's ${KEYWORD_LIST_LABEL[action ?? "optOut"]} keyword`;
    const issue = (severity: StepIssue["severity"], instead: string): StepIssue[] => [
      { severity, path: `keywords.${i}`, code: "trigger_keyword_taken", message: `${taken}: ${instead}. ${where}` },
    ];
    switch (action) {
      case "optOut":
        return issue("error", "it opts the contact out instead of starting this journey");
      case "human":
        return issue("error", "it hands the contact to a person instead of starting this journey");
      case "restart":
        return keywords.restartJourneyId && keywords.restartJourneyId !== journeyId ? issue("error", "it starts the restart keyword's journey instead of this one") : [];
      case "optIn":
        return issue("warning", "contacts who opted out are opted in instead of starting this journey");
      default:
        return [];
    }
  });
}

/**
 * Channels the trigger listens on that cannot send: the customer writes, the journey
 * starts, and none of its replies can leave. "Every channel" warns only when no channel
 * can send at all (a fresh install), not for a channel nobody writes to.
 */
function silentChannels(config: InboundTriggerConfig, channels: ChannelSendability[]): StepIssue[] {
  const issue = (message: string): StepIssue => ({ severity: "warning", path: "channels", code: "channel_cannot_send", message });
  if (!config.channels.length) {
    return channels.length && !channels.some((c) => c.canSend) ? [issue("No channel can send yet: this journey would start, but none of its replies could leave. Add your WhatsApp number in Settings → Channels")] : [];
  }
  return channels
    .filter((c) => config.channels.includes(c.id) && !c.canSend)
    .map((c) => issue(`Listens on “${c.name}”, which has no API key: its replies cannot leave. Add the key in Settings → Channels`));
}
