import { z } from "zod";
import { integer, SECONDS_PER_DAY, variableName } from "../shared/fields";
import { defineStep } from "../step-definition";
import { formatDuration } from "../shared/format-duration";

const configSchema = z.object({
  timeoutSeconds: integer("Timeout", 1, 30 * SECONDS_PER_DAY).default(SECONDS_PER_DAY),
  saveAs: variableName("Save as").optional(),
});

export type WaitForReplyConfig = z.infer<typeof configSchema>;

export const waitForReplyStep = defineStep<WaitForReplyConfig>({
  type: "waitForReply",
  label: "Wait for reply",
  description: "Pause until the contact answers, or until the timeout",
  icon: "hourglass",
  category: "logic",
  configSchema,
  defaultConfig: () => ({ timeoutSeconds: SECONDS_PER_DAY, saveAs: undefined }),
  hasInput: true,
  testInputs: () => [
    { handle: "reply", turn: { type: "send", reply: { type: "text", text: "Hello" } } },
    { handle: "timeout", turn: { type: "wait" } },
  ],
  outputs: () => [
    { id: "reply", label: "Replied", receivesReply: true },
    { id: "timeout", label: "No reply", tone: "timeout" },
  ],
  form: () => [
    { type: "duration", path: "timeoutSeconds", label: "Timeout" },
    { type: "text", path: "saveAs", label: "Save reply as", mono: true, optional: true, help: "Later steps read vars.<name>.text, .id and .title" },
  ],
  summary: (config) =>
    `Up to ${formatDuration(config.timeoutSeconds)}${config.saveAs ? ` → vars.${config.saveAs}` : ""}`,
  pauses: () => true,
  writesVars: (config) => (config.saveAs ? [config.saveAs] : []),
});
