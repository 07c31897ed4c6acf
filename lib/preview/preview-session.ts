import "server-only";
import { randomUUID } from "node:crypto";
import type { Reply } from "../whatsapp/normalize-reply";
import { DomainError } from "../errors/domain-error";
import { advance, type AdvanceEnv, type Effects, type RunEvent, type RunState } from "../engine/advance";
import { compileJourney, type CompiledNode } from "../engine/compile-journey";
import { truncate } from "../engine/run-records";
import type { SecretsSource } from "../secrets/workspace-secrets";
import { isWindowOpen } from "../whatsapp/customer-window";
import type { JourneyDocument } from "../journey/document-schema";
import type { HttpAnswer, HttpCall } from "../http/http-call";
import type { ChatMessage, HttpMock, PreviewCommand, PreviewContact, PreviewReply, PreviewSnapshot } from "./preview-schemas";
import { mockAnswer, toReply } from "./preview-reply";

export type PreviewDeps = {
  http(call: HttpCall): Promise<HttpAnswer>;
  secrets: SecretsSource;
  now(): Date;
  unwatchedMs?: number;
  /** Time is the caller's (a test replay): no timer fires by itself, `skipWait` fires it at its due time. */
  manualTimers?: boolean;
};

// setTimeout cannot wait longer; a wait past it only fires through "skip wait".
const MAX_TIMER_MS = 2 ** 31 - 1;
const RESUMABLE = new Set(["waiting", "sleeping"]);
/** A timer loop in a tab nobody watches any more stops here (a closed tab never says goodbye). */
export const UNWATCHED_MS = 10 * 60 * 1000;
// A long session keeps its newest messages and steps; the pane never needs more.
const MAX_MESSAGES = 500;
const MAX_STEPS = 2000;

/**
 * One conversation with a draft journey: the production engine (`advance`) with a
 * simulated channel. Sends land in the transcript instead of 8x8, timers are in-process
 * (a preview lives as long as its pane), and events run one at a time like a contact's
 * lane. Nothing here touches the database, so preview runs never reach run lists.
 */
export function createPreviewSession(init: { journeyId: string; document: JourneyDocument; contact: PreviewContact }, deps: PreviewDeps) {
  const id = randomUUID();
  let journey = compileJourney(init.document);
  let contact = init.contact;
  let windowForcedClosed = false;
  let lastInboundAt: Date | null = null;
  let run: RunState | null = null;
  let runCount = 0;
  let messages: ChatMessage[] = [];
  let steps: PreviewSnapshot["steps"] = [];
  let path: PreviewSnapshot["path"] = { nodes: [], handles: [] };
  let timer: (NonNullable<PreviewSnapshot["timer"]> & { handle?: NodeJS.Timeout }) | null = null;
  let withPerson: PreviewSnapshot["withPerson"] = null;
  // The designer's choice per HTTP step; a step without one answers with its saved response, if any.
  const mocks: Record<string, HttpMock | "real"> = {};
  let busy = false;
  let revision = 0;
  let lane: Promise<unknown> = Promise.resolve();
  const listeners = new Set<(snapshot: PreviewSnapshot) => void>();
  let lastUsed = Date.now();

  function snapshot(): PreviewSnapshot {
    return {
      id, journeyId: init.journeyId, revision, contact, windowForcedClosed, windowOpen: windowOpen(), busy,
      run: run && {
        status: run.status, currentNode: run.currentNode, vars: run.vars, trigger: run.trigger, reply: run.lastReply,
        error: run.error, outcome: run.outcome, startedAt: run.startedAt,
      },
      messages, steps, path, mocks,
      timer: timer && { nodeId: timer.nodeId, dueAt: timer.dueAt, kind: timer.kind },
      withPerson,
    };
  }

  function changed() {
    revision++;
    const current = snapshot();
    for (const listener of listeners) listener(current);
  }

  function windowOpen() {
    return !windowForcedClosed && isWindowOpen(lastInboundAt, deps.now());
  }

  function say(text: string, tone: "info" | "warning" | "error" = "info") {
    messages = [...messages, { id: randomUUID(), from: "system", at: deps.now().toISOString(), text, tone }];
  }

  /** Like a contact's lane: one event at a time, in the order they came. */
  function inLane<T>(work: () => Promise<T>): Promise<T> {
    const next = lane.then(work, work);
    lane = next.catch(() => undefined);
    return next;
  }

  function useDocument(document: JourneyDocument | undefined) {
    if (document) journey = compileJourney(document);
  }

  /** A mock or a saved response for the step's request, or null for the real request. */
  function previewAnswer(nodeId: string): HttpMock | null {
    const choice = mocks[nodeId];
    if (choice === "real") return null;
    if (choice) return choice;
    const node = journey.nodes.get(nodeId);
    return node?.definition.simulator?.savedResponse?.(node.config) ?? null;
  }

  function clearTimer() {
    if (timer?.handle) clearTimeout(timer.handle);
    timer = null;
  }

  async function step(event: RunEvent, before: RunState) {
    busy = true;
    changed();
    const env: AdvanceEnv = {
      now: deps.now,
      windowOpen: windowOpen(),
      http: (call, nodeId) => {
        const answer = previewAnswer(nodeId);
        return answer ? Promise.resolve(mockAnswer(answer)) : deps.http(call);
      },
      secrets: await deps.secrets(),
      fallbackTemplate: journey.document.settings.windowFallbackTemplate,
    };
    try {
      const { state, effects } = await advance(journey, before, event, env);
      run = state;
      record(effects);
      if (state.status === "completed") say(state.outcome ? `Journey ended: ${state.outcome}` : "Journey ended");
      if (state.status === "failed") say(`The run failed: ${state.error}`, "error");
    } finally {
      busy = false;
    }
  }

  function record(effects: Effects) {
    const at = deps.now().toISOString();
    if (effects.conversationClosed) {
      withPerson = null;
      say(`Back with the journey: ${effects.conversationClosed.replaceAll("_", " ")}.`);
    }
    const sent = effects.sends.map((s): ChatMessage => ({ id: randomUUID(), from: "business", at, nodeId: s.nodeId, send: s.send }));
    messages = [...messages, ...sent].slice(-MAX_MESSAGES);
    if (effects.conversation) {
      withPerson = { nodeId: effects.conversation.nodeId, queue: effects.conversation.queue };
      say(`Handed to a person (${effects.conversation.queue}). The bot stays quiet now: answer as the agent below, then hand back.`);
    }
    steps = [
      ...steps,
      ...effects.steps.map((s) => ({
        seq: s.seq, nodeId: s.nodeId, nodeType: s.nodeType, outcome: s.outcome, input: truncate(s.input), output: truncate(s.output), error: s.error,
        startedAt: s.startedAt.toISOString(), durationMs: s.finishedAt.getTime() - s.startedAt.getTime(),
      })),
    ].slice(-MAX_STEPS);
    const nodes = new Set(path.nodes);
    const handles = [...path.handles];
    for (const s of effects.steps) {
      nodes.add(s.nodeId);
      if (journey.target(s.nodeId, s.outcome)) handles.push({ source: s.nodeId, sourceHandle: s.outcome });
    }
    path = { nodes: [...nodes], handles };
    clearTimer();
    if (effects.timer && run) arm(effects.timer.nodeId, effects.timer.dueAt, run.status === "sleeping" ? "delay" : "timeout");
  }

  function arm(nodeId: string, dueAt: Date, kind: "timeout" | "delay") {
    const armed = { nodeId, dueAt: dueAt.toISOString(), kind } as NonNullable<typeof timer>;
    const wait = dueAt.getTime() - deps.now().getTime();
    if (wait <= MAX_TIMER_MS && !deps.manualTimers) armed.handle = setTimeout(() => void inLane(() => fire(armed)), Math.max(0, wait));
    timer = armed;
  }

  async function fire(armed: NonNullable<typeof timer>, skipped = false) {
    // A timer the run has left behind (it got its reply, it restarted) does nothing.
    if (timer !== armed || !run) return;
    // Skipping the wait is someone acting on the preview: it never pauses for want of a watcher.
    if (!skipped && listeners.size === 0 && Date.now() - lastUsed > (deps.unwatchedMs ?? UNWATCHED_MS)) {
      say("Paused here: nobody was watching this preview. Skip the wait to go on.", "warning");
      return changed();
    }
    timer = null;
    await step({ type: "timer" }, run);
    changed();
  }

  async function receive(input: PreviewReply) {
    const reply = toReply(input, deps.now());
    const message: ChatMessage = { id: randomUUID(), from: "contact", at: reply.receivedAt, reply, status: "sent" };
    messages = [...messages, message];
    lastInboundAt = deps.now();
    changed();
    // The simulated contact writes on whichever channel the journey listens on.
    const matching = (t: CompiledNode) => t.executor.matches?.(t.config, reply, { channelId: null }) === true;
    const trigger = journey.triggers.find(matching);
    const active = run && RESUMABLE.has(run.status) ? run : null;
    if (active && withPerson) {
      // The person has the conversation: the message is theirs, no step answers, no trigger restarts.
    } else if (active && !(trigger && journey.document.settings.reentry === "restart")) {
      if (active.currentNode && !journey.nodes.has(active.currentNode)) {
        say(`The run waits at "${active.currentNode}", which is no longer in the draft. Restart the preview.`, "warning");
      } else await step({ type: "reply", reply }, active);
    } else if (trigger) {
      if (active) say("The message matched the trigger again, so the journey started over.");
      clearTimer();
      await step({ type: "start", triggerNodeId: trigger.id }, newRun(reply, {}, reply));
    } else {
      const summaries = journey.triggers.filter((t) => t.executor.matches).map((t) => t.definition.summary(t.config));
      say(summaries.length ? `No trigger matches this message. The journey starts on: ${summaries.join("; ")}.` : "This journey has no inbound trigger: use Start to begin it.", "warning");
    }
    messages = messages.map((m) => (m.id === message.id ? { ...message, status: "read" } : m));
    changed();
  }

  function newRun(trigger: unknown, vars: Record<string, unknown>, reply: Reply | null): RunState {
    return {
      id: `preview-${id.slice(0, 8)}-${++runCount}`, journeyId: init.journeyId, version: 0, startedAt: deps.now().toISOString(), status: "running",
      currentNode: null, vars, trigger, lastReply: reply, contact: { msisdn: contact.msisdn, ...(contact.name && { name: contact.name }) },
      error: null, outcome: null, stepCount: 0,
    };
  }

  async function start(nodeId: string | undefined, vars: Record<string, unknown>) {
    const at = nodeId ? journey.nodes.get(nodeId) : journey.triggers.find((t) => t.definition.simulator?.startable);
    if (!at) {
      throw nodeId
        ? new DomainError("conflict", "cannot_start", `Step "${nodeId}" cannot run: it is missing or its settings are invalid`)
        : new DomainError("conflict", "cannot_start", "This journey starts when the contact writes: send a message that matches its trigger");
    }
    clearTimer();
    if (at.definition.isTrigger) say(windowOpen() ? "Started as an API call starts it." : "Started as an API call starts it. The contact has not written in 24 hours, so only templates reach them.");
    else {
      // Mid-conversation: the contact is taken to have just written.
      lastInboundAt = deps.now();
      say(`Started from step "${at.id}", as if in the middle of a conversation.`);
    }
    const event: RunEvent = at.definition.isTrigger ? { type: "start", triggerNodeId: at.id } : { type: "jump", nodeId: at.id };
    await step(event, newRun({ vars }, vars, null));
    changed();
  }

  function restart() {
    clearTimer();
    run = null;
    withPerson = null;
    messages = [];
    steps = [];
    path = { nodes: [], handles: [] };
    changed();
  }

  function agentSay(text: string) {
    if (!withPerson || !run) throw new DomainError("conflict", "no_person", "No person has this conversation: a handoff step gives it to one");
    messages = [...messages, { id: randomUUID(), from: "business", at: deps.now().toISOString(), nodeId: withPerson.nodeId, send: { type: "text", content: { text } } }];
    changed();
  }

  async function handBack(vars: Record<string, unknown>) {
    if (!withPerson || !run) throw new DomainError("conflict", "no_person", "No person has this conversation: a handoff step gives it to one");
    clearTimer();
    await step({ type: "resume", handle: "returned", vars }, run);
    changed();
  }

  async function skipWait() {
    if (!timer) throw new DomainError("conflict", "nothing_waiting", "Nothing is waiting: there is no delay or reply timeout to skip");
    if (timer.handle) clearTimeout(timer.handle);
    lastUsed = Date.now();
    await fire(timer, true);
  }

  return {
    id,
    snapshot,
    get lastUsed() {
      return lastUsed;
    },
    /** Runs one command; commands queue behind each other like events in a lane. */
    command(command: PreviewCommand): Promise<PreviewSnapshot> {
      lastUsed = Date.now();
      return inLane(async () => {
        if ("document" in command) useDocument(command.document);
        switch (command.type) {
          case "send": await receive(command.reply); break;
          case "start": await start(command.nodeId, command.vars ?? {}); break;
          case "restart": restart(); break;
          case "skipWait": await skipWait(); break;
          case "agentSay": agentSay(command.text); break;
          case "handBack": await handBack(command.vars ?? {}); break;
          case "setWindow": windowForcedClosed = !command.open; changed(); break;
          case "setContact": contact = command.contact; changed(); break;
          case "setMock":
            if (command.mock) mocks[command.nodeId] = command.mock;
            else delete mocks[command.nodeId];
            changed();
            break;
        }
        return snapshot();
      });
    },
    subscribe(listener: (snapshot: PreviewSnapshot) => void) {
      lastUsed = Date.now();
      listeners.add(listener);
      return () => {
        lastUsed = Date.now();
        listeners.delete(listener);
      };
    },
    dispose() {
      clearTimer();
      listeners.clear();
    },
  };
}

export type PreviewSession = ReturnType<typeof createPreviewSession>;
