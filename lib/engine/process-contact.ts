import "server-only";
import { logger } from "../log/logger";
import { metrics } from "../metrics/metrics";
import type { TemplateDirectory } from "../templates/template-directory";
import { randomUUID } from "node:crypto";
import type { RawConnection, SqlStatement } from "../db/raw-connection";
import { markProcessed, nextEvent, recentMessages, type ContactRow, type EventOutcome, type InboxRow } from "./contact-events";
import type { Reply } from "../whatsapp/normalize-reply";
import type { HttpAnswer, HttpCall } from "../http/http-call";
import type { SecretsSource } from "../secrets/workspace-secrets";
import { isWindowOpen } from "../whatsapp/customer-window";
import { advance, type AdvanceEnv, type RunEvent, type RunState } from "./advance";
import type { CompiledJourney } from "./compile-journey";
import type { JourneyCache, PublishedJourney } from "./journey-cache";
import { LeaseLostError, type LaneLease } from "./lane-lease";
import { matchKeyword } from "../whatsapp/keyword-settings";
import { planKeyword, planKeywordConversation } from "./keyword-event";
import { webhookEvent } from "../conversations/webhook-events";
import { cancelTimers, commitRun, RUN_SELECT, runFromRow, StaleRunError, stateFromRow, type RunRow } from "./run-records";

export type RuntimeDeps = {
  sql: RawConnection;
  cache: JourneyCache;
  /** Set when several instances share the database: the lane is then a lease in it. */
  lease?: LaneLease;
  http(call: HttpCall): Promise<HttpAnswer>;
  now(): Date;
  secrets: SecretsSource;
  templates: TemplateDirectory;
  /** A committed step armed a timer due at this time (the runtime's alarm wakes for it). */
  timerArmed?(dueAt: Date): void;
  /** True once the runtime drains for a restart: a lane finishes the event in hand and lets its contact go. */
  draining?(): boolean;
};

const ACTIVE = ["waiting", "sleeping"];
const ENDED = new Set(["completed", "failed", "expired", "cancelled"]);

/**
 * Works through one contact's unprocessed events, oldest first, one at a time: the
 * contact's lane. Each event commits with everything it caused, so a crash at any point
 * leaves the event unprocessed and it is simply handled again.
 */
export async function processContact(deps: RuntimeDeps, contactId: string): Promise<number> {
  if (!deps.lease) return processEvents(deps, contactId);
  let processed = 0;
  // Another instance holds the lane: it will see this contact's new events itself.
  while (!deps.draining?.() && (await deps.lease.claim(contactId, deps.now()))) {
    try {
      processed += await processEvents(deps, contactId);
    } finally {
      await deps.lease.release(contactId);
    }
    // An event stored while the lane was being released would wait for the poller; look once more.
    if (deps.draining?.() || !(await nextEvent(deps.sql, contactId))) break;
  }
  return processed;
}

async function processEvents(deps: RuntimeDeps, contactId: string): Promise<number> {
  // Behind a lease, every commit first proves the lane is still ours (and renews it).
  const { lease } = deps;
  const commit: Commit = (statements) => deps.sql.batch(lease ? [lease.fence(contactId, deps.now()), ...statements] : statements);
  let processed = 0;
  // Draining: the contact's later events are left to another instance (its poll finds them).
  for (let more = true; more && !deps.draining?.(); ) {
    const next = await nextEvent(deps.sql, contactId);
    if (!next) return processed;
    const { event, contact } = next;
    // No second event when this one was read: a later one kicks the lane again (behind a
    // lease, the look after the release finds it), so no query to find nothing.
    more = next.more;
    for (let attempt = 1; ; attempt++) {
      try {
        await handleEvent(deps, commit, event, contact);
        const { eventsProcessed, eventDelay } = metrics();
        eventsProcessed.inc({ kind: event.kind });
        if (event.kind === "message") eventDelay.observe((deps.now().getTime() - event.receivedAt.getTime()) / 1000);
        break;
      } catch (error) {
        if (error instanceof StaleRunError && attempt < 3) continue;
        // Another instance has the lane now, and the event with it: nothing here committed.
        if (error instanceof LeaseLostError) return processed;
        // One bad event must not block the contact's lane forever.
        logger().error({ err: error, event: event.id, kind: event.kind, contact: contactId }, "event failed and was set aside");
        metrics().eventsFailed.inc();
        await commit([markProcessed(event.id, deps.now(), { outcome: "failed", error: (error as Error).message.slice(0, 2000) })]).catch((lost) => {
          if (!(lost instanceof LeaseLostError)) throw lost;
        });
        break;
      }
    }
    processed++;
  }
  return processed;
}

type Commit = (statements: SqlStatement[]) => Promise<unknown>;

async function handleEvent(deps: RuntimeDeps, commit: Commit, event: InboxRow, contact: ContactRow) {
  const { sql, cache } = deps;
  const { payload } = event;
  const done = (outcome: Exclude<EventOutcome, "run" | "conversation" | "keyword" | "failed">, note: string) => commit([markProcessed(event.id, deps.now(), { outcome, error: note })]);
  const step = (target: Target, runEvent: RunEvent, lastReply?: Reply, extra: SqlStatement[] = []) => advanceAndCommit(deps, commit, contact, event, target, runEvent, lastReply, extra);

  if (event.kind === "timer") {
    const [row] = await sql.query(`${RUN_SELECT} WHERE r."id" = $1`, [String(payload.runId)]);
    const run = row && runFromRow(sql, row);
    // A timer armed for a state the run has left (it got its reply) is stale.
    if (!run || run.stateVersion !== payload.armedAt || !ACTIVE.includes(run.status)) return done("ignored", "The run had moved on before its timer fired");
    return step({ kind: "existing", run, compiled: await cache.version(run.versionId) }, { type: "timer" });
  }

  if (event.kind === "conversation_timeout" || (event.kind === "handback" && !payload.runId)) {
    const [conversation] = await sql.query<{ id: string; status: string }>(`SELECT "id", "status" FROM "Conversation" WHERE "id" = $1`, [String(payload.conversationId)]);
    const { journeys: published, keywords } = await cache.live();
    const now = deps.now();
    const who = { ...contact, windowOpen: isWindowOpen(contact.lastInboundAt, now), optedOut: contact.optedOutAt !== null };
    const plan = conversation && planKeywordConversation(event.kind === "handback" ? "handback" : "timeout", conversation, keywords, who, published, event.id, now);
    if (!plan) return done("ignored", "The conversation had moved on (taken or closed) before this");
    if (plan.start) {
      const vars = (payload.vars ?? {}) as Record<string, unknown>;
      return step({ kind: "new", runId: randomUUID(), live: plan.start.live, trigger: { handedBack: true }, vars }, { type: "start", triggerNodeId: plan.start.triggerNodeId }, undefined, plan.statements);
    }
    return commit([...plan.statements, markProcessed(event.id, now, { outcome: "conversation" })]);
  }

  if (event.kind === "handback" || event.kind === "close") {
    const [row] = await sql.query(`${RUN_SELECT} WHERE r."id" = $1`, [String(payload.runId)]);
    const run = row && runFromRow(sql, row);
    const compiled = run && (await cache.version(run.versionId));
    const at = run?.currentNode ? compiled?.nodes.get(run.currentNode) : undefined;
    // The run may have moved on meanwhile (nobody answered in time): a late hand back is not for the step it is at now.
    if (!run || !compiled || run.status !== "waiting" || !at?.definition.holdsContact?.(at.config as never)) {
      return done("ignored", "The run was no longer waiting for its conversation");
    }
    const runEvent: RunEvent = event.kind === "close" ? { type: "close", outcome: String(payload.outcome) } : { type: "resume", handle: String(payload.handle), vars: payload.vars as Record<string, unknown> | undefined };
    return step({ kind: "existing", run, compiled }, runEvent);
  }

  if (event.kind === "start") {
    // Read the live version directly: the run was asked for moments after a publish,
    // perhaps, and the cached list may not know it yet.
    const [row] = await sql.query<{ id: string; version: number; active: unknown }>(
      `SELECT v."id", v."version", j."active" FROM "JourneyVersion" v JOIN "Journey" j ON j."id" = v."journeyId"
       WHERE v."journeyId" = $1 ORDER BY v."version" DESC LIMIT 1`,
      [String(payload.journeyId)],
    );
    const live = row && { journeyId: String(payload.journeyId), versionId: row.id, version: Number(row.version), compiled: await cache.version(row.id) };
    const trigger = live?.compiled.triggers.find((t) => t.type === "trigger.api");
    if (!live || !trigger) return done("ignored", "The journey has no live version with an API trigger any more");
    // SQLite keeps booleans as 0/1, PostgreSQL as booleans: both are falsy when off.
    if (!row.active) return done("ignored", "The journey was turned off before this run could start");
    return step({ kind: "new", runId: String(payload.runId), live, trigger: payload.trigger, vars: (payload.vars ?? {}) as Record<string, unknown> }, { type: "start", triggerNodeId: trigger.id });
  }

  const reply = payload.reply as Reply;
  const { journeys: published, keywords } = await cache.live();
  const [row] = await sql.query(
    `${RUN_SELECT} WHERE r."contactId" = $1 AND r."status" IN ('waiting', 'sleeping') AND r."preview" = false ORDER BY r."lastActiveAt" DESC LIMIT 1`,
    [contact.id],
  );
  const active = row && runFromRow(sql, row);
  const triggerIn = (compiled: CompiledJourney) =>
    compiled.triggers.find((t) => t.type === "trigger.inbound" && t.executor.matches?.(t.config, reply, { channelId: contact.channelId }));
  const compiledActive = active && (await cache.version(active.versionId));
  const at = active?.currentNode ? compiledActive?.nodes.get(active.currentNode) : undefined;
  const withPerson =
    (active?.status === "waiting" && Boolean(at?.definition.holdsContact?.(at.config as never))) || (!active && contact.withPersonWithoutRun);

  // STOP always counts; START only from someone opted out; AGENT and MENU not while a person has them.
  const keyword = matchKeyword(keywords, reply);
  if (keyword === "optOut" || (keyword === "optIn" && contact.optedOutAt) || ((keyword === "human" || keyword === "restart") && !withPerson)) {
    const plan = planKeyword(keyword, keywords, contact, active, published, event.id, deps.now());
    const replaces = active && { id: active.id, stateVersion: active.stateVersion, reason: "Restarted by a keyword" };
    const start = plan.start ?? (plan.matchTriggers ? firstTriggered(published, triggerIn) : undefined);
    if (start) {
      await step({ kind: "new", runId: randomUUID(), live: start.live, trigger: reply, vars: {}, ...(replaces && { replaces }) }, { type: "start", triggerNodeId: start.triggerNodeId }, reply, plan.statements);
    } else if (plan.close && active && compiledActive) {
      await step({ kind: "existing", run: active, compiled: compiledActive }, plan.close, undefined, plan.statements);
    } else {
      await commit([...plan.statements, markProcessed(event.id, deps.now(), { outcome: "keyword" })]);
    }
    if (plan.waitUntil) deps.timerArmed?.(plan.waitUntil);
    return;
  }

  if (withPerson) {
    // A person has this conversation: the message is theirs to read, the bot stays quiet.
    const now = deps.now();
    return commit([
      {
        sql: `UPDATE "Conversation" SET "unread" = "unread" + 1, "lastMessageAt" = $2, "updatedAt" = $2 WHERE "contactId" = $1 AND "status" <> 'closed'`,
        params: [contact.id, now],
      },
      webhookEvent("conversation.message", null, contact.id, { message: reply }, now),
      markProcessed(event.id, now, { outcome: "conversation", ...(active && { runId: active.id }) }),
    ]);
  }

  if (active && compiledActive) {
    const compiled = compiledActive;
    const live = published.find((p) => p.journeyId === active.journeyId);
    const restartAt = compiled.document.settings.reentry === "restart" && live ? triggerIn(live.compiled) : undefined;
    if (!restartAt || !live) {
      return step({ kind: "existing", run: active, compiled }, { type: "reply", reply });
    }
    return step({ kind: "new", runId: randomUUID(), live, trigger: reply, vars: {}, replaces: active }, { type: "start", triggerNodeId: restartAt.id }, reply);
  }
  const triggered = firstTriggered(published, triggerIn);
  if (triggered) return step({ kind: "new", runId: randomUUID(), live: triggered.live, trigger: reply, vars: {} }, { type: "start", triggerNodeId: triggered.triggerNodeId }, reply);
  return done("unmatched", published.length === 0 ? "No journey is published" : "No live journey's trigger matched this message");
}

/** The first live journey whose inbound trigger takes the message. */
function firstTriggered(published: PublishedJourney[], triggerIn: (compiled: CompiledJourney) => { id: string } | undefined) {
  for (const live of published) {
    const trigger = triggerIn(live.compiled);
    if (trigger) return { live, triggerNodeId: trigger.id };
  }
  return undefined;
}

type Target =
  | { kind: "existing"; run: RunRow; compiled: CompiledJourney }
  | {
      kind: "new";
      runId: string;
      live: { journeyId: string; versionId: string; version: number; compiled: CompiledJourney };
      trigger: unknown;
      vars: Record<string, unknown>;
      replaces?: { id: string; stateVersion: number; reason?: string };
    };

async function advanceAndCommit(deps: RuntimeDeps, commit: Commit, contact: ContactRow, event: InboxRow, target: Target, runEvent: RunEvent, lastReply: Reply | undefined, extra: SqlStatement[]) {
  const person = { ...(contact.msisdn && { msisdn: contact.msisdn }), ...(contact.channelUserId && { channelUserId: contact.channelUserId }), ...(contact.name && { name: contact.name }), ...(contact.username && { username: contact.username }) };
  const now = deps.now();
  const compiled = target.kind === "existing" ? target.compiled : target.live.compiled;
  const before: RunState =
    target.kind === "existing"
      ? stateFromRow(target.run, person)
      : {
          id: target.runId, journeyId: target.live.journeyId, version: target.live.version, startedAt: now.toISOString(), status: "running",
          currentNode: null, vars: target.vars, trigger: target.trigger, lastReply: lastReply ?? null, contact: person, error: null, outcome: null, stepCount: 0,
        };
  const env: AdvanceEnv = {
    now: deps.now,
    windowOpen: isWindowOpen(contact.lastInboundAt, now),
    http: deps.http,
    secrets: await deps.secrets(),
    fallbackTemplate: compiled.document.settings.windowFallbackTemplate,
    optedOut: contact.optedOutAt !== null,
    templates: () => deps.templates.forChannel(contact.channelId),
    recentMessages: (limit) => recentMessages(deps.sql, contact.id, limit),
  };
  const { state, effects } = await advance(compiled, before, runEvent, env);
  // 8x8 prefers msisdn when both are given; v3 contacts may only have the scoped id.
  const user = contact.msisdn ? { msisdn: contact.msisdn } : { channelUserId: contact.channelUserId ?? undefined };
  const statements: SqlStatement[] = [];
  if (target.kind === "new" && target.replaces) {
    const { id, stateVersion } = target.replaces;
    statements.push(
      {
        sql: `UPDATE "Run" SET "status" = 'cancelled', "endedAt" = $3, "updatedAt" = $3, "error" = $5, "stateVersion" = $4
              WHERE "id" = $1 AND "stateVersion" = $2`,
        params: [id, stateVersion, now, stateVersion + 1, target.replaces.reason ?? "Restarted by a new message that matched the trigger"],
        check: ({ changes }) => {
          if (changes === 0) throw new StaleRunError("the replaced run changed meanwhile");
        },
      },
      cancelTimers(id, now),
    );
  }
  statements.push(
    ...commitRun({
      state,
      effects,
      expectedVersion: target.kind === "existing" ? target.run.stateVersion : null,
      versionId: target.kind === "existing" ? target.run.versionId : target.live.versionId,
      contactId: contact.id,
      user,
      now,
    }),
    ...extra,
    markProcessed(event.id, now, { outcome: "run", runId: state.id }),
  );
  await commit(statements);
  if (effects.timer) deps.timerArmed?.(effects.timer.dueAt);
  const { runsStarted, runsEnded } = metrics();
  if (target.kind === "new") runsStarted.inc({ journey: state.journeyId });
  if (ENDED.has(state.status) && state.status !== before.status) runsEnded.inc({ journey: state.journeyId, status: state.status });
}
