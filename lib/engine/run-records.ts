import "server-only";
import type { Db } from "../db/client";
import type { Effects, RunState } from "./advance";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const TERMINAL = new Set(["completed", "failed", "expired", "cancelled"]);
const MAX_LOGGED_CHARS = 4000;

/** Thrown when another worker changed the run first: the event is processed again. */
export class StaleRunError extends Error {}

type RunRow = {
  id: string; journeyId: string; status: string; currentNode: string | null; vars: unknown; trigger: unknown;
  lastReply: unknown; error: string | null; stateVersion: number; startedAt: Date; waiting: unknown;
};

export function stateFromRow(row: RunRow, version: number, contact: RunState["contact"]): RunState {
  const waiting = (row.waiting ?? {}) as { stepCount?: number; outcome?: string | null };
  return {
    id: row.id,
    journeyId: row.journeyId,
    version,
    startedAt: row.startedAt.toISOString(),
    status: row.status as RunState["status"],
    currentNode: row.currentNode,
    vars: (row.vars ?? {}) as Record<string, unknown>,
    trigger: row.trigger,
    lastReply: (row.lastReply ?? null) as RunState["lastReply"],
    contact,
    error: row.error,
    outcome: waiting.outcome ?? null,
    stepCount: waiting.stepCount ?? 0,
  };
}

/**
 * Writes what one event did to a run, in the caller's transaction: the new state (only
 * if nobody else moved the run since it was read), the step log, the messages to send
 * and the timer to wait on. Because they commit together, a crash either keeps all of
 * it or none: a committed message is in the outbox and will be sent; an uncommitted one
 * is re-derived when the event is processed again.
 */
export async function commitRun(
  tx: Tx,
  input: { state: RunState; effects: Effects; expectedVersion: number | null; versionId: string; contactId: string; user: { msisdn?: string; channelUserId?: string }; now: Date },
) {
  const { state, effects, now } = input;
  const nextVersion = (input.expectedVersion ?? 0) + 1;
  const data = {
    status: state.status,
    currentNode: state.currentNode,
    // The step counter and the outcome ride along with the waiting info.
    waiting: { stepCount: state.stepCount, outcome: state.outcome, timer: effects.timer ? { nodeId: effects.timer.nodeId, dueAt: effects.timer.dueAt.toISOString() } : null },
    vars: state.vars as object,
    trigger: (state.trigger ?? null) as object,
    lastReply: (state.lastReply ?? null) as object,
    error: state.error,
    stateVersion: nextVersion,
    lastActiveAt: now,
    endedAt: TERMINAL.has(state.status) ? now : null,
  };
  if (input.expectedVersion === null) {
    await tx.run.create({ data: { id: state.id, journeyId: state.journeyId, versionId: input.versionId, contactId: input.contactId, startedAt: new Date(state.startedAt), ...data } });
  } else {
    const { count } = await tx.run.updateMany({ where: { id: state.id, stateVersion: input.expectedVersion }, data });
    if (count === 0) throw new StaleRunError(`run ${state.id} changed meanwhile`);
  }
  if (effects.steps.length) {
    await tx.runStep.createMany({
      data: effects.steps.map((s) => ({
        runId: state.id, seq: s.seq, nodeId: s.nodeId, nodeType: s.nodeType, outcome: s.outcome,
        input: truncate(s.input), output: truncate(s.output), error: s.error ?? null, startedAt: s.startedAt, finishedAt: s.finishedAt,
      })),
    });
  }
  if (effects.sends.length) {
    await tx.outboxMessage.createMany({
      data: effects.sends.map((s, i) => {
        // Deterministic: the same run step always carries the same id (≤ 50 chars).
        const clientMessageId = `${state.id}:${s.seq}`;
        return {
          clientMessageId,
          runId: state.id,
          contactId: input.contactId,
          body: { user: input.user, type: s.send.type, content: s.send.content, clientMessageId } as object,
          nextAttemptAt: new Date(now.getTime() + i),
        };
      }),
    });
  }
  // A new run has no timers to cancel.
  if (input.expectedVersion !== null) await tx.timer.updateMany({ where: { runId: state.id, firedAt: null }, data: { firedAt: now } });
  if (effects.timer) {
    await tx.timer.create({
      data: { runId: state.id, kind: state.status === "sleeping" ? "delay" : "timeout", nodeId: effects.timer.nodeId, armedAt: nextVersion, dueAt: effects.timer.dueAt },
    });
  }
}

/** A step's input or output as logged: JSON, cut at MAX_LOGGED_CHARS. */
export function truncate(value: unknown): object | undefined {
  if (value === undefined) return undefined;
  const text = JSON.stringify(value);
  if (text === undefined) return undefined;
  return text.length <= MAX_LOGGED_CHARS ? (JSON.parse(text) as object) : { truncated: true, preview: text.slice(0, MAX_LOGGED_CHARS) };
}
