import "server-only";
import type { Reply } from "../whatsapp/normalize-reply";
import type { TemplateLookup } from "../whatsapp/template-catalog";
import { redactSecrets } from "../journey/redact-secrets";
import { renderTemplate, TemplateError } from "../templating/render-template";
import type { SendContent } from "../steps/message/message-kind";
import type { TemplateMessage } from "../steps/message/kinds/template";
import type { RecentMessage, RunScope, StepOutcome } from "../steps/step-executor";
import type { HttpAnswer, HttpCall } from "../http/http-call";
import type { CompiledJourney, CompiledNode } from "./compile-journey";

export type RunStatus = "running" | "waiting" | "sleeping" | "completed" | "failed" | "expired" | "cancelled";

/** Everything about a run that steps read and write; persisted as the Run row. */
export type RunState = {
  id: string;
  journeyId: string;
  version: number;
  startedAt: string;
  status: RunStatus;
  currentNode: string | null;
  vars: Record<string, unknown>;
  trigger: unknown;
  lastReply: Reply | null;
  contact: RunScope["contact"];
  error: string | null;
  outcome: string | null;
  /** Steps logged so far: numbers the step log and the outbound messages. */
  stepCount: number;
};

/** `jump` starts a run at any node: the preview's "start from this step". */
export type RunEvent =
  | { type: "start"; triggerNodeId: string }
  | { type: "jump"; nodeId: string }
  | { type: "reply"; reply: Reply }
  | { type: "timer" }
  /** Someone outside the run (a person in the inbox) resumes its waiting step on an outcome. */
  | { type: "resume"; handle: string; vars?: Record<string, unknown> }
  /** …or ends the run where it waits, as completed with this outcome. */
  | { type: "close"; outcome: string };

export type StepRecord = {
  seq: number;
  nodeId: string;
  nodeType: string;
  outcome: string;
  input?: unknown;
  output?: unknown;
  error?: string;
  startedAt: Date;
  finishedAt: Date;
};

export type Effects = {
  steps: StepRecord[];
  /** Messages to send, in order; `seq` is the step that sent them. */
  sends: Array<{ seq: number; nodeId: string; send: SendContent }>;
  /** The timer the run now waits on (reply timeout or delay), if any. */
  timer: { nodeId: string; dueAt: Date } | null;
  /** A step gave the contact to a person: the inbox's conversation opens. */
  conversation?: { queue: string; nodeId: string };
  /** The run left a step that held the contact: its conversation closes, so resolved. */
  conversationClosed?: string;
};

export type AdvanceEnv = {
  now: () => Date;
  windowOpen: boolean;
  /** `nodeId` is the calling step: the preview answers some steps with a mock. */
  http(call: HttpCall, nodeId: string): Promise<HttpAnswer>;
  secrets: Record<string, string>;
  fallbackTemplate: TemplateMessage | null;
  /** The contact's latest messages, for steps that pass the conversation on; none when absent. */
  recentMessages?(limit: number): Promise<RecentMessage[]>;
  /** The contact opted out (STOP): template sends take their step's failed path. */
  optedOut?: boolean;
  /** The contact's channel's synced templates, read when a template goes out; null when none were synced (sends go unchecked). */
  templates?(): Promise<TemplateLookup | null>;
  /** Steps one event may run before the run is stopped as a runaway loop. */
  maxSteps?: number;
};

const MAX_STEPS = 100;

/**
 * Moves a run forward from one event (started, replied, timer fired) through as many
 * steps as run without waiting, until one waits, sleeps or the run ends. Pure apart
 * from the HTTP calls it makes: the caller commits the new state and the effects together.
 */
export async function advance(journey: CompiledJourney, before: RunState, event: RunEvent, env: AdvanceEnv): Promise<{ state: RunState; effects: Effects }> {
  const state: RunState = structuredClone(before);
  const effects: Effects = { steps: [], sends: [], timer: null };
  const log = (node: CompiledNode, outcome: string, extra: Partial<StepRecord>, startedAt: Date) =>
    effects.steps.push({ seq: ++state.stepCount, nodeId: node.id, nodeType: node.type, outcome, startedAt, finishedAt: env.now(), ...extra });
  const finish = (status: RunStatus, error: string | null = null) => {
    state.status = status;
    state.error = error;
    return { state, effects };
  };

  let from: { nodeId: string; handle: string };
  let nextId: string | undefined;
  if (event.type === "start") {
    const trigger = journey.nodes.get(event.triggerNodeId);
    if (!trigger) return finish("failed", `The journey has no trigger "${event.triggerNodeId}"`);
    log(trigger, "next", { output: { trigger: state.trigger } }, env.now());
    from = { nodeId: trigger.id, handle: "next" };
    nextId = journey.target(from.nodeId, from.handle);
  } else if (event.type === "jump") {
    from = { nodeId: event.nodeId, handle: "" };
    nextId = event.nodeId;
  } else {
    const node = state.currentNode ? journey.nodes.get(state.currentNode) : undefined;
    if (!node || (state.status !== "waiting" && state.status !== "sleeping")) return { state: before, effects };
    const held = node.definition.holdsContact?.(node.config as never) ?? false;
    if (event.type === "close") {
      if (held) effects.conversationClosed = event.outcome;
      log(node, "end", { output: { outcome: event.outcome } }, env.now());
      state.outcome = event.outcome;
      state.currentNode = null;
      return finish("completed");
    }
    if (event.type === "reply") {
      // A sleeping run keeps sleeping; the reply is still remembered for later steps.
      state.lastReply = event.reply;
      if (state.status === "sleeping" || !node.executor.onReply) return { state, effects };
    }
    const resumed =
      event.type === "reply" ? node.executor.onReply!(node.config, event.reply)
      : event.type === "resume" ? { handle: event.handle, vars: event.vars }
      : node.executor.onTimer?.(node.config) ?? { handle: "next" };
    if (resumed.vars) Object.assign(state.vars, resumed.vars);
    if (held) effects.conversationClosed = resumed.handle;
    const output = event.type === "reply" ? { reply: event.reply } : event.type === "resume" ? { resumed: resumed.handle, vars: event.vars ?? {} } : { timer: "fired" };
    log(node, resumed.handle, { output }, env.now());
    from = { nodeId: node.id, handle: resumed.handle };
    nextId = journey.target(from.nodeId, from.handle);
  }

  state.status = "running";
  for (let executed = 0; ; executed++) {
    if (!nextId) {
      state.currentNode = null;
      return finish("completed");
    }
    if (executed >= (env.maxSteps ?? MAX_STEPS)) {
      state.currentNode = nextId;
      return finish("failed", `Stopped after ${executed} steps without a wait: the journey loops (last at "${from.nodeId}")`);
    }
    const node = journey.nodes.get(nextId);
    if (!node) return finish("failed", `Step "${nextId}" cannot run: its settings are invalid`);
    state.currentNode = node.id;
    const startedAt = env.now();
    const outcome = await execute(node, state, env, `${state.id}:${state.stepCount + 1}`);
    const seq = state.stepCount + 1;
    if ("send" in outcome && outcome.send) effects.sends.push({ seq, nodeId: node.id, send: outcome.send });
    if (outcome.type === "next" && outcome.vars) Object.assign(state.vars, outcome.vars);
    switch (outcome.type) {
      case "next":
        log(node, outcome.handle, { input: outcome.send, output: outcome.output, error: outcome.error }, startedAt);
        from = { nodeId: node.id, handle: outcome.handle };
        nextId = journey.target(from.nodeId, from.handle);
        continue;
      case "wait":
        log(node, "waiting", { input: outcome.send, output: outcome.output }, startedAt);
        effects.timer = { nodeId: node.id, dueAt: new Date(env.now().getTime() + outcome.timeoutSeconds * 1000) };
        if (outcome.conversation) effects.conversation = { queue: outcome.conversation.queue, nodeId: node.id };
        return finish("waiting");
      case "sleep":
        log(node, "sleeping", { output: { until: outcome.until.toISOString() } }, startedAt);
        effects.timer = { nodeId: node.id, dueAt: outcome.until };
        return finish("sleeping");
      case "end":
        log(node, "end", { output: outcome.outcome ? { outcome: outcome.outcome } : undefined }, startedAt);
        state.outcome = outcome.outcome ?? null;
        state.currentNode = null;
        return finish("completed");
      case "fail":
        log(node, "failed", { error: outcome.error }, startedAt);
        return finish("failed", `${node.id}: ${outcome.error}`);
    }
  }
}

async function execute(node: CompiledNode, state: RunState, env: AdvanceEnv, stepKey: string): Promise<StepOutcome> {
  const scope: RunScope = {
    contact: state.contact,
    trigger: state.trigger,
    reply: state.lastReply,
    vars: state.vars,
    run: { id: state.id, journeyId: state.journeyId, version: state.version, startedAt: state.startedAt },
  };
  let sawSecrets = false;
  // Whatever a step that rendered secrets returns (output, error, saved variables) is
  // stored and shown, so the secrets' values leave it as [secret].
  const clean = <T>(value: T): T => (sawSecrets ? redactSecrets(value, Object.values(env.secrets)) : value);
  try {
    const outcome = await node.executor.execute({
      config: node.config,
      nodeId: node.id,
      scope,
      render: (template, path) => renderTemplate(template, scope, path),
      renderWithSecrets: (template, path) => {
        sawSecrets = true;
        return renderTemplate(template, { ...scope, secrets: env.secrets }, path);
      },
      windowOpen: env.windowOpen,
      fallbackTemplate: env.fallbackTemplate,
      optedOut: env.optedOut ?? false,
      templates: () => env.templates?.() ?? Promise.resolve(null),
      http: (call) => env.http(call, node.id),
      recentMessages: (limit) => env.recentMessages?.(limit) ?? Promise.resolve([]),
      stepKey,
      now: env.now(),
    });
    return clean(outcome);
  } catch (error) {
    // A template that cannot render is a step error; where a `failed` path exists the
    // run takes it, else the run fails with the field named.
    const message = clean(error instanceof TemplateError ? `Template error in ${error.path}: ${error.reason}` : (error as Error).message);
    const hasFailed = node.definition.outputs(node.config).some((o) => o.id === "failed");
    return hasFailed ? { type: "next", handle: "failed", error: message } : { type: "fail", error: message };
  }
}
