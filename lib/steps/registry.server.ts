import "server-only";
import type { StepExecutor } from "./step-executor";
import { branchExecutor } from "./branch/executor";
import { delayExecutor } from "./delay/executor";
import { handoffExecutor } from "./handoff/executor";
import { endExecutor } from "./end/executor";
import { httpRequestExecutor } from "./http-request/executor";
import { messageExecutor } from "./message/executor";
import { noteExecutor } from "./note/executor";
import { setVariablesExecutor } from "./set-variables/executor";
import { apiTriggerExecutor } from "./trigger-api/executor";
import { inboundTriggerExecutor } from "./trigger-inbound/executor";
import { waitForReplyExecutor } from "./wait-for-reply/executor";

/** The server list of step kinds: how each one runs. Keyed like registry.ts. */
export const stepExecutors: Record<string, StepExecutor> = {
  "trigger.inbound": inboundTriggerExecutor,
  "trigger.api": apiTriggerExecutor,
  message: messageExecutor,
  waitForReply: waitForReplyExecutor,
  branch: branchExecutor,
  delay: delayExecutor,
  setVariables: setVariablesExecutor,
  httpRequest: httpRequestExecutor,
  handoff: handoffExecutor,
  end: endExecutor,
  note: noteExecutor,
} as Record<string, StepExecutor>;
