import "server-only";
import { logger } from "../log/logger";
import { randomUUID } from "node:crypto";
import type { RawConnection } from "../db/raw-connection";
import { contactEvent, type Person } from "./contact-event";
import { journeyHttp } from "../http/journey-http";
import { outboxDispatcher, recoverInterruptedSends } from "./dispatch-outbox";
import { expireIdleRuns } from "./expire-runs";
import { pruneDetail } from "./prune-detail";
import { rollUpInsights, type RollupCursor } from "../insights/roll-up-insights";
import { deliverWebhooks } from "../conversations/deliver-webhooks";
import { fireDueTimers, nextTimerDue } from "./fire-timers";
import { timerAlarm } from "./timer-alarm";
import { laneSlots } from "./lane-slots";
import { journeyCache } from "./journey-cache";
import { laneLease } from "./lane-lease";
import { processContact, type RuntimeDeps } from "./process-contact";
import type { RuntimeOptions } from "./runtime-config";
import { workspaceSecrets } from "../secrets/workspace-secrets";
import { channelDirectory } from "../channels/channel-directory";
import { templateDirectory } from "../templates/template-directory";

/** The safety net: timers are on time through the alarm, events through kicks. */
const POLL_MS = 250;
/** An inbox event nobody picked up this long after it arrived (a lost kick, a crash). */
const ORPHAN_MS = 2000;
const EXPIRY_EVERY_MS = 60_000;
const PRUNE_EVERY_MS = 10 * 60_000;
/**
 * Insights lag the runtime by about a second when it is idle: the roll-up waits for a
 * moment without lanes at work, so a burst of messages does not pay for it, and runs
 * anyway after ROLLUP_AT_MOST_MS under steady load (one pass folds in everything since).
 */
const ROLLUP_EVERY_MS = 1000;
const ROLLUP_AT_MOST_MS = 15_000;
/** Queue webhooks (new conversations, customer messages) go out within about this long. */
const WEBHOOKS_EVERY_MS = 500;
/**
 * Lanes at work at once. Enough for group commit to fill its transactions (SQLite) and
 * keep a pool of ten connections busy (PostgreSQL); more only queue inside them.
 */
const MAX_LANES = 64;

/**
 * The runtime of one app process: per-contact lanes, the outbox dispatcher and the
 * pollers for due timers and orphaned events. Webhooks kick it right away; the pollers
 * catch up after a restart.
 */
export function createRuntime(sql: RawConnection, options: RuntimeOptions) {
  const now = options.now ?? (() => new Date());
  // The alarm and the poll fire timers the same way; only the poll waits for the lanes.
  const fireTimers = async () => (await fireDueTimers(sql, now())).map((contactId) => kick(contactId));
  const alarm = timerAlarm(async () => void (await fireTimers()), () => nextTimerDue(sql), now);
  const deps: RuntimeDeps = {
    sql,
    cache: journeyCache(sql),
    http: options.http ?? ((call) => journeyHttp(call)),
    now,
    // Tests pin their secrets; the app reads the workspace's (environment and stored).
    secrets: options.secrets ? async () => options.secrets! : workspaceSecrets(sql),
    templates: templateDirectory(sql),
    ...(options.sharedDatabase && { lease: laneLease(sql, randomUUID()) }),
    timerArmed: (dueAt) => alarm.arm(dueAt),
    draining: () => draining,
  };
  const lanes = new Map<string, { again: boolean }>();
  const slots = laneSlots(MAX_LANES);
  const dispatcher = outboxDispatcher(sql, channelDirectory(sql, options.eightByEight), now);
  let timer: NodeJS.Timeout | null = null;
  let stopHeartbeat: (() => void) | null = null;
  let polling = false;
  let lastExpiry = 0;
  let lastPrune = 0;
  let lastRollup = 0;
  let lastWebhooks = 0;
  let draining = false;
  const rollupCursor: RollupCursor = { after: null };

  async function runLane(contactId: string) {
    const lane = { again: true };
    lanes.set(contactId, lane);
    try {
      await slots.acquire();
      try {
        while (lane.again) {
          lane.again = false;
          if (await processContact(deps, contactId)) dispatcher.kick();
        }
      } finally {
        slots.release();
      }
    } finally {
      lanes.delete(contactId);
    }
  }

  /** Processes a contact's new events; a kick while its lane runs makes the lane look again. */
  function kick(contactId: string): Promise<void> {
    // Draining: new work stays in the database for the next instance (or this one's successor).
    if (draining) return Promise.resolve();
    const lane = lanes.get(contactId);
    if (lane) {
      lane.again = true;
      return Promise.resolve();
    }
    return runLane(contactId).catch((error) => logger().error({ err: error, contact: contactId }, "lane failed"));
  }

  /** Sends what is due; resolves once nothing due is left unsent. */
  function wakeDispatcher(): Promise<void> {
    return dispatcher.drained();
  }

  function stop() {
    if (timer) clearInterval(timer);
    timer = null;
    alarm.stop();
    stopHeartbeat?.();
    stopHeartbeat = null;
  }

  async function poll() {
    if (polling) return;
    polling = true;
    try {
      const lanesRun = await fireTimers();
      const orphans = await sql.query<{ contactId: string }>(
        `SELECT DISTINCT "contactId" FROM "InboxEvent" WHERE "processedAt" IS NULL AND "contactId" IS NOT NULL AND "receivedAt" < $1 LIMIT 100`,
        [new Date(now().getTime() - ORPHAN_MS)],
      );
      for (const { contactId } of orphans) if (!lanes.has(contactId)) lanesRun.push(kick(contactId));
      await Promise.all(lanesRun);
      await alarm.rearm();
      await recoverInterruptedSends(sql, now());
      dispatcher.kick();
      if (now().getTime() - lastExpiry >= EXPIRY_EVERY_MS) {
        lastExpiry = now().getTime();
        await expireIdleRuns(sql, deps.cache, now());
      }
      const sinceRollup = now().getTime() - lastRollup;
      if (options.insights !== false && ((sinceRollup >= ROLLUP_EVERY_MS && lanes.size === 0) || sinceRollup >= ROLLUP_AT_MOST_MS)) {
        lastRollup = now().getTime();
        await rollUpInsights(sql, deps.cache.version, rollupCursor);
      }
      if (now().getTime() - lastWebhooks >= WEBHOOKS_EVERY_MS) {
        lastWebhooks = now().getTime();
        await deliverWebhooks(sql, deps.http, now());
      }
      if (now().getTime() - lastPrune >= PRUNE_EVERY_MS) {
        lastPrune = now().getTime();
        await pruneDetail(sql, now());
      }
    } catch (error) {
      logger().error({ err: error }, "poll failed");
    } finally {
      polling = false;
    }
  }

  return {
    deps,
    kick,
    wakeDispatcher,
    poll,
    start() {
      alarm.start();
      timer ??= setInterval(() => void poll(), options.pollMs ?? POLL_MS);
      timer.unref();
      stopHeartbeat ??= deps.lease?.startHeartbeat() ?? null;
      void poll();
    },
    stop,
    /**
     * Winds down for a restart: takes no new work (kicks, polls, timers), lets the lanes
     * at work finish their events and the sends on their way be recorded, then gives up
     * its leases. Resolves true when all of that finished by `deadline`, false when it ran
     * out (what was left is then picked up as after a crash: leases run out, sends resume).
     */
    async drain(deadline: Date): Promise<boolean> {
      draining = true;
      stop();
      const settled = (async () => {
        while (lanes.size > 0 || polling) await new Promise((resolve) => setTimeout(resolve, 20));
        await dispatcher.stopped();
        await deps.lease?.releaseAll();
        return true;
      })();
      const timeUp = new Promise<false>((resolve) => setTimeout(() => resolve(false), Math.max(0, deadline.getTime() - Date.now())).unref());
      return Promise.race([settled, timeUp]);
    },
    /** Starts a run at the journey's API trigger; the run id is known before it runs. */
    async startApiRun(journeyId: string, person: ApiRunContact, channelId: string, vars: Record<string, unknown>) {
      const { runId, contactId } = await queueApiRun(sql, journeyId, person, channelId, vars, now());
      void kick(contactId);
      return runId;
    },
  };
}

export type Runtime = ReturnType<typeof createRuntime>;
export type ApiRunContact = Omit<Person, "username">;

/** Queues the start of an API-triggered run as the contact's next event; a lane runs it. */
export async function queueApiRun(sql: RawConnection, journeyId: string, person: ApiRunContact, channelId: string, vars: Record<string, unknown>, at = new Date()) {
  const runId = randomUUID();
  const [contact] = await sql.batch(contactEvent({ person, channelId, dedupeKey: `start:${runId}`, kind: "start", payload: { journeyId, runId, vars, trigger: { vars } }, at }));
  return { runId, contactId: String(contact.rows[0].id) };
}
