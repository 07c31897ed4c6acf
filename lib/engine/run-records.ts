import "server-only";
import { randomUUID } from "node:crypto";
import { toDate, type RawConnection, type SqlStatement } from "../db/raw-connection";
import type { Effects, RunState } from "./advance";
import { queueMessage } from "../conversations/queue-message";
import { closeConversations, openConversation } from "../conversations/conversation-records";

const TERMINAL = new Set(["completed", "failed", "expired", "cancelled"]);
const MAX_LOGGED_CHARS = 4000;

/** Thrown when another worker changed the run first: the event is processed again. */
export class StaleRunError extends Error {}

/** A Run row with its version number, as `RUN_SELECT` reads it. */
export type RunRow = {
  id: string; journeyId: string; versionId: string; contactId: string; version: number; status: string; currentNode: string | null;
  vars: unknown; trigger: unknown; lastReply: unknown; error: string | null; stateVersion: number; startedAt: Date; waiting: unknown;
};

/** Selects runs joined to their version number; callers add WHERE and ORDER BY on `r`. */
export const RUN_SELECT = `SELECT r."id", r."journeyId", r."versionId", r."contactId", v."version", r."status", r."currentNode", r."vars", r."trigger",
  r."lastReply", r."error", r."stateVersion", r."startedAt", r."waiting"
  FROM "Run" r JOIN "JourneyVersion" v ON v."id" = r."versionId"`;

/** Decodes a row read with RUN_SELECT. */
export function runFromRow(sql: RawConnection, row: Record<string, unknown>): RunRow {
  return {
    ...(row as RunRow),
    version: Number(row.version),
    stateVersion: Number(row.stateVersion),
    startedAt: toDate(row.startedAt),
    vars: sql.json(row.vars),
    trigger: row.trigger === null ? null : sql.json(row.trigger),
    lastReply: row.lastReply === null ? null : sql.json(row.lastReply),
    waiting: row.waiting === null ? null : sql.json(row.waiting),
  };
}

export function stateFromRow(row: RunRow, contact: RunState["contact"]): RunState {
  const waiting = (row.waiting ?? {}) as { stepCount?: number; outcome?: string | null };
  return {
    id: row.id,
    journeyId: row.journeyId,
    version: row.version,
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
 * The statements that write what one event did to a run, for the caller's batch: the
 * new state (only if nobody else moved the run since it was read), the step log, the
 * messages to send and the timer to wait on. Because they commit together, a crash
 * either keeps all of it or none: a committed message is in the outbox and will be sent;
 * an uncommitted one is re-derived when the event is processed again.
 */
export function commitRun(input: {
  state: RunState; effects: Effects; expectedVersion: number | null; versionId: string; contactId: string;
  user: { msisdn?: string; channelUserId?: string }; now: Date;
}): SqlStatement[] {
  const { state, effects, now } = input;
  const nextVersion = (input.expectedVersion ?? 0) + 1;
  // The step counter and the outcome ride along with the waiting info.
  const waiting = { stepCount: state.stepCount, outcome: state.outcome, timer: effects.timer ? { nodeId: effects.timer.nodeId, dueAt: effects.timer.dueAt.toISOString() } : null };
  const values = [
    state.id, state.status, state.currentNode, JSON.stringify(waiting), JSON.stringify(state.vars), jsonOrNull(state.trigger), jsonOrNull(state.lastReply),
    state.error, nextVersion, now, TERMINAL.has(state.status) ? now : null,
  ];
  const statements: SqlStatement[] = [];
  if (input.expectedVersion === null) {
    statements.push({
      sql: `INSERT INTO "Run" ("id", "status", "currentNode", "waiting", "vars", "trigger", "lastReply", "error", "stateVersion", "lastActiveAt", "updatedAt", "endedAt",
              "journeyId", "versionId", "contactId", "startedAt", "preview")
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11, $12, $13, $14, $15, false)`,
      params: [...values, state.journeyId, input.versionId, input.contactId, new Date(state.startedAt)],
    });
  } else {
    statements.push({
      sql: `UPDATE "Run" SET "status" = $2, "currentNode" = $3, "waiting" = $4, "vars" = $5, "trigger" = $6, "lastReply" = $7, "error" = $8,
              "stateVersion" = $9, "lastActiveAt" = $10, "updatedAt" = $10, "endedAt" = $11
            WHERE "id" = $1 AND "stateVersion" = $12`,
      params: [...values, input.expectedVersion],
      check: ({ changes }) => {
        if (changes === 0) throw new StaleRunError(`run ${state.id} changed meanwhile`);
      },
    });
    // A new run has no timers to cancel.
    statements.push(cancelTimers(state.id, now));
  }
  for (const s of effects.steps) {
    statements.push({
      sql: `INSERT INTO "RunStep" ("id", "runId", "seq", "nodeId", "nodeType", "outcome", "input", "output", "error", "startedAt", "finishedAt")
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      params: [randomUUID(), state.id, s.seq, s.nodeId, s.nodeType, s.outcome, loggedJson(s.input), loggedJson(s.output), s.error ?? null, s.startedAt, s.finishedAt],
    });
  }
  effects.sends.forEach((s, i) => {
    // Deterministic: the same run step always carries the same id (≤ 50 chars). A
    // millisecond apart, so the outbox's order (createdAt) is the order they were sent in.
    statements.push(queueMessage({ clientMessageId: `${state.id}:${s.seq}`, runId: state.id, contactId: input.contactId, user: input.user, send: s.send, at: new Date(now.getTime() + i) }));
  });
  if (effects.conversationClosed) statements.push(closeConversations({ runId: state.id }, effects.conversationClosed, now));
  if (effects.conversation) {
    const { queue, nodeId } = effects.conversation;
    statements.push(...openConversation({ contactId: input.contactId, queue, runId: state.id, journeyId: state.journeyId, nodeId, detail: { contact: input.user, runId: state.id, journeyId: state.journeyId, vars: state.vars } }, now));
  }
  if (effects.timer) {
    statements.push({
      sql: `INSERT INTO "Timer" ("id", "runId", "kind", "nodeId", "armedAt", "dueAt") VALUES ($1, $2, $3, $4, $5, $6)`,
      params: [randomUUID(), state.id, state.status === "sleeping" ? "delay" : "timeout", effects.timer.nodeId, nextVersion, effects.timer.dueAt],
    });
  }
  return statements;
}

/** Disarms a run's pending timers (it moved on, ended or was replaced). */
export function cancelTimers(runId: string, now: Date): SqlStatement {
  return { sql: `UPDATE "Timer" SET "firedAt" = $2 WHERE "runId" = $1 AND "firedAt" IS NULL`, params: [runId, now] };
}

/**
 * Logs that a run at rest ended where it was (expired, cancelled): a copy of its last
 * step's place with the next number, so the step log and Insights show where it stopped.
 */
export function endStep(runId: string, outcome: "expired" | "cancelled", now: Date, error: string | null = null): SqlStatement {
  return {
    sql: `INSERT INTO "RunStep" ("id", "runId", "seq", "nodeId", "nodeType", "outcome", "error", "startedAt", "finishedAt")
          SELECT s."runId" || ':' || (s."seq" + 1), s."runId", s."seq" + 1, s."nodeId", s."nodeType", $2, $3, $4, $4
          FROM "RunStep" s WHERE s."runId" = $1 ORDER BY s."seq" DESC LIMIT 1`,
    params: [runId, outcome, error, now],
  };
}

/** A step's input or output as logged: JSON, cut at MAX_LOGGED_CHARS. */
export function loggedJson(value: unknown): string | null {
  const text = value === undefined ? undefined : JSON.stringify(value);
  if (text === undefined) return null;
  return text.length <= MAX_LOGGED_CHARS ? text : JSON.stringify({ truncated: true, preview: text.slice(0, MAX_LOGGED_CHARS) });
}

/** The same, as a value (the preview keeps its log in memory). */
export function truncate(value: unknown): object | undefined {
  const text = loggedJson(value);
  return text === null ? undefined : (JSON.parse(text) as object);
}

function jsonOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}
