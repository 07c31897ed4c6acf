import { z } from "zod";
import { integer, SECONDS_PER_DAY } from "../shared/fields";
import { formatDuration } from "../shared/format-duration";
import { defineStep, type StepIssue } from "../step-definition";

const configSchema = z.object({
  seconds: integer("Delay", 1, 365 * SECONDS_PER_DAY).optional(),
  /** ISO date-time, Liquid allowed (e.g. a date from an HTTP response). */
  until: z.string().optional(),
});

export type DelayConfig = z.infer<typeof configSchema>;

export const delayStep = defineStep<DelayConfig>({
  type: "delay",
  label: "Delay",
  description: "Wait a while, or until a date, then continue",
  icon: "clock",
  category: "logic",
  configSchema,
  defaultConfig: () => ({ seconds: 3600, until: undefined }),
  hasInput: true,
  outputs: () => [{ id: "next", label: "Then" }],
  testInputs: () => [{ handle: "next", turn: { type: "wait" } }],
  form: (config) => [
    {
      type: "select",
      path: "until",
      label: "Wait",
      options: [
        { value: "for", label: "For a while" },
        { value: "until", label: "Until a date and time" },
      ],
      read: (data) => ((data as DelayConfig).until !== undefined ? "until" : "for"),
      apply: (data, value) => (value === "until" ? { seconds: undefined, until: new Date(Date.now() + 86_400_000).toISOString().slice(0, 16) + ":00Z" } : { seconds: 3600, until: undefined }) as DelayConfig & typeof data,
    },
    config.until !== undefined
      ? { type: "text", path: "until", label: "Until", template: true, mono: true, help: "ISO date-time, e.g. 2026-12-01T09:00:00Z, or {{ vars.appointment.at }}" }
      : { type: "duration", path: "seconds", label: "Delay" },
  ],
  summary: (config) => (config.until ? `Until ${config.until}` : `Wait ${formatDuration(config.seconds ?? 0)}`),
  validate(config) {
    const issues: StepIssue[] = [];
    const hasUntil = Boolean(config.until?.trim());
    if (hasUntil === (config.seconds !== undefined)) {
      issues.push({ severity: "error", path: "seconds", code: "delay_source", message: "Set either a number of seconds or an until date" });
    }
    if (hasUntil && !config.until!.includes("{{") && Number.isNaN(Date.parse(config.until!))) {
      issues.push({ severity: "error", path: "until", code: "invalid_date", message: "Until must be an ISO date-time such as 2026-12-01T09:00:00Z" });
    }
    return issues;
  },
  pauses: () => true,
  sleepsSeconds: (config) => config.seconds ?? null,
  templateFields: (config) => (config.until ? [{ path: "until", value: config.until }] : []),
});
