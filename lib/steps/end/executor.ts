import "server-only";
import { defineExecutor } from "../step-executor";
import type { EndConfig } from "./definition";

export const endExecutor = defineExecutor<EndConfig>({
  execute: ({ config }) => ({ type: "end", outcome: config.outcome }),
});
