import "server-only";
import { logger } from "../log/logger";
import { existsSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { getDb } from "../db/client";
import { sqlOf } from "../db/sql-of";
import { createRuntime, queueApiRun, type ApiRunContact } from "./runtime";
import { runtimeOptionsFromEnv } from "./runtime-config";
import type { RuntimeWorkerData, RuntimeWorkerMessage, RuntimeWorkerReply } from "./runtime-worker";
import type { ThreadMemory } from "./thread-memory";
import { processWriteFlag } from "../db/write-priority";

/** What route handlers and instrumentation use of the runtime, wherever it runs. */
export type RuntimeHandle = {
  mode: "worker" | "in-process";
  /** The contact has a new event: its lane should look now. */
  kick(contactId: string): void;
  /** Queues a run at the journey's API trigger and returns its id. */
  startApiRun(journeyId: string, person: ApiRunContact, channelId: string, vars: Record<string, unknown>): Promise<string>;
  /** Starts the pollers (due timers, orphaned events, interrupted sends, expiry). */
  start(): void;
  /** The runtime thread's heap (the benchmark's memory split); null when it runs in-process. */
  memory(): Promise<ThreadMemory | null>;
  /** The runtime thread's counters and histograms, to add to this thread's; null when it runs in-process (they are this thread's). */
  metrics(): Promise<ThreadMetrics | null>;
  /** Winds the runtime down for a restart (see Runtime.drain): true when it finished by the deadline. */
  drain(deadline: Date): Promise<boolean>;
};

export type ThreadMetrics = Extract<RuntimeWorkerReply, { type: "metrics" }>["metrics"];

type Question = "memory" | "metrics" | "drain";

const WORKER_FILE = path.join(process.cwd(), ".next", "runtime-worker.cjs");
const RESPAWN_MS = 1000;
/**
 * The worker's heap, kept small so the process stays within its memory budget: its
 * work is short-lived objects, and a small young generation collects them just as well.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 256 };

const holder = globalThis as unknown as { journeyStudioRuntime?: Promise<RuntimeHandle> };

/**
 * The process's runtime, created on first use. A production server runs it on a worker
 * thread (the bundle `npm run build` makes), so webhooks are answered by a thread that
 * does little else; `next dev`, or a build without the bundle, runs it in-process.
 */
export function getRuntime(): Promise<RuntimeHandle> {
  holder.journeyStudioRuntime ??= (async () => {
    const sql = await sqlOf(await getDb());
    const useWorker = process.env.NODE_ENV === "production" && process.env.RUNTIME_IN_PROCESS !== "1" && existsSync(WORKER_FILE);
    if (!useWorker) {
      const runtime = createRuntime(sql, runtimeOptionsFromEnv());
      return { mode: "in-process", kick: (contactId) => void runtime.kick(contactId), startApiRun: runtime.startApiRun, start: runtime.start, memory: async () => null, metrics: async () => null, drain: runtime.drain };
    }
    const worker = workerThread();
    // The worker writes most of the pages, so it checkpoints the WAL; a checkpoint on
    // this thread would stall the webhooks' answers.
    if (sql.provider === "sqlite") await sql.exec("PRAGMA wal_autocheckpoint = 0");
    return {
      mode: "worker",
      kick: (contactId) => worker.send({ type: "kick", contactId }),
      async startApiRun(journeyId, person, channelId, vars) {
        const { runId, contactId } = await queueApiRun(sql, journeyId, person, channelId, vars);
        worker.send({ type: "kick", contactId });
        return runId;
      },
      start: () => worker.send({ type: "start" }),
      memory: () => worker.ask("memory").then((reply) => reply.memory),
      metrics: () => worker.ask("metrics").then((reply) => reply.metrics),
      drain: (deadline) => worker.ask("drain", { deadline: deadline.getTime() }).then((reply) => reply.finished),
    };
  })();
  return holder.journeyStudioRuntime;
}

/**
 * The worker, started on first message and started again if it dies: its state is all
 * in the database, and the new one's pollers pick up whatever the old one left.
 */
function workerThread() {
  let worker: Worker | null = null;
  let started = false;
  // Questions to the thread, answered in order by kind (one reply each).
  const asked = new Map<Question, Array<(reply: RuntimeWorkerReply) => void>>();
  const spawn = () => {
    // Not `new Worker(file)`: Turbopack would try to bundle the file that syntax names.
    const current: Worker = Reflect.construct(Worker, [WORKER_FILE, { resourceLimits: WORKER_HEAP, workerData: { writeFlag: processWriteFlag() } satisfies RuntimeWorkerData }]);
    current.unref();
    current.on("error", (error) => logger().error({ err: error }, "runtime thread failed"));
    current.on("message", (reply: RuntimeWorkerReply) => {
      if (reply.type === "ready") return;
      asked.get(reply.type)?.shift()?.(reply);
    });
    current.on("exit", (code) => {
      if (worker !== current) return;
      worker = null;
      logger().error({ code, restartInMs: RESPAWN_MS }, "runtime thread exited; starting another");
      setTimeout(() => {
        worker ??= spawn();
        if (started) worker.postMessage({ type: "start" } satisfies RuntimeWorkerMessage);
      }, RESPAWN_MS).unref();
    });
    return current;
  };
  const send = (message: RuntimeWorkerMessage) => {
    if (message.type === "start") started = true;
    worker ??= spawn();
    worker.postMessage(message);
  };
  return {
    send,
    ask<Q extends Question>(type: Q, detail?: Omit<Extract<RuntimeWorkerMessage, { type: Q }>, "type">): Promise<Extract<RuntimeWorkerReply, { type: Q }>> {
      const answer = new Promise<RuntimeWorkerReply>((resolve) => asked.set(type, [...(asked.get(type) ?? []), resolve]));
      send({ type, ...detail } as RuntimeWorkerMessage);
      return answer as Promise<Extract<RuntimeWorkerReply, { type: Q }>>;
    },
  };
}
