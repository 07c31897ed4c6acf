import "server-only";
import { defineExecutor } from "../step-executor";
import type { DelayConfig } from "./definition";

export const delayExecutor = defineExecutor<DelayConfig>({
  execute({ config, render, now }) {
    if (config.seconds !== undefined) return { type: "sleep", until: new Date(now.getTime() + config.seconds * 1000) };
    const rendered = render(config.until ?? "", "until");
    const until = new Date(rendered);
    if (Number.isNaN(until.getTime())) return { type: "fail", error: `until: "${rendered}" is not a date-time` };
    // A date already past continues at once.
    return until <= now ? { type: "next", handle: "next", output: { until: rendered, past: true } } : { type: "sleep", until };
  },
  onTimer: () => ({ handle: "next" }),
});
