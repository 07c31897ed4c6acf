import { z } from "zod";
import { integer, optionalText, requiredText, SECONDS_PER_DAY } from "../shared/fields";
import { defineStep } from "../step-definition";
import { formatDuration } from "../shared/format-duration";

const configSchema = z.object({
  queue: requiredText("Queue", 60),
  message: optionalText("Message to the customer", 4096),
  /** How long the conversation may wait for someone to take it. */
  waitSeconds: integer("Waiting time", 10, 7 * SECONDS_PER_DAY).default(30 * 60),
  notifyUrl: optionalText("Notification URL", 2048),
});

export type HandoffConfig = z.infer<typeof configSchema>;

export const handoffStep = defineStep<HandoffConfig>({
  type: "handoff",
  label: "Hand off to a person",
  description: "A person takes the conversation in the inbox; the bot stays quiet until they hand back",
  icon: "headset",
  category: "logic",
  configSchema,
  defaultConfig: () => ({ queue: "Support", message: "Connecting you with our team…", waitSeconds: 30 * 60, notifyUrl: undefined }),
  hasInput: true,
  testInputs: () => [
    { handle: "returned", turn: { type: "handBack", vars: {} } },
    { handle: "no_answer", turn: { type: "wait" } },
  ],
  outputs: () => [
    { id: "returned", label: "Handed back", receivesReply: true },
    { id: "no_answer", label: "No one answered", tone: "timeout" },
    { id: "failed", label: "Failed", tone: "error" },
  ],
  form: () => [
    { type: "text", path: "queue", label: "Queue", help: "The team whose inbox shows this conversation" },
    { type: "text", path: "message", label: "Message to the customer", template: true, multiline: true, optional: true, max: 4096 },
    { type: "duration", path: "waitSeconds", label: "Waiting time", help: "If nobody takes the conversation by then, the run goes on along No one answered" },
    { type: "text", path: "notifyUrl", label: "Notification URL", template: true, optional: true, mono: true, help: "POSTed the contact, variables and a link to the conversation when it starts waiting" },
  ],
  summary: (config) => `To ${config.queue} · waits up to ${formatDuration(config.waitSeconds)}`,
  pauses: () => true,
  holdsContact: () => true,
  sendsFreeForm: (config) => Boolean(config.message),
  templateFields: (config) => [
    ...(config.message ? [{ path: "message", value: config.message }] : []),
    ...(config.notifyUrl ? [{ path: "notifyUrl", value: config.notifyUrl }] : []),
  ],
});
