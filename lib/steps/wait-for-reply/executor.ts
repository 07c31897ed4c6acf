import "server-only";
import { defineExecutor } from "../step-executor";
import type { WaitForReplyConfig } from "./definition";

export const waitForReplyExecutor = defineExecutor<WaitForReplyConfig>({
  execute: ({ config }) => ({ type: "wait", timeoutSeconds: config.timeoutSeconds }),
  onReply: (config, reply) => ({ handle: "reply", vars: config.saveAs ? { [config.saveAs]: reply } : undefined }),
  onTimer: () => ({ handle: "timeout" }),
});
