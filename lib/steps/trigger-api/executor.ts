import "server-only";
import { defineExecutor } from "../step-executor";
import type { ApiTriggerConfig } from "./definition";

export const apiTriggerExecutor = defineExecutor<ApiTriggerConfig>({
  execute: () => ({ type: "next", handle: "next" }),
});
