import "server-only";
import { parentPort, workerData } from "node:worker_threads";
import { databaseTarget } from "../db/database-target";
import { openRawConnection } from "../db/open-raw-connection";
import { yieldingWriter } from "../db/write-priority";
import { createRuntime } from "./runtime";
import { runtimeOptionsFromEnv } from "./runtime-config";
import { nameThisThread, RUNTIME_THREAD_NAME } from "./thread-name";
import { threadMemory, type ThreadMemory } from "./thread-memory";
import type { MetricObjectWithValues, MetricValue } from "prom-client";
import { metrics } from "../metrics/metrics";

/** What the worker starts with: the webhooks' claim on SQLite's write lock (write-priority.ts). */
export type RuntimeWorkerData = { writeFlag: Int32Array };

/** What the request thread tells the runtime's thread. */
export type RuntimeWorkerMessage = { type: "kick"; contactId: string } | { type: "start" } | { type: "memory" } | { type: "metrics" } | { type: "drain"; deadline: number };
/** What the runtime's thread tells the request thread. */
export type RuntimeWorkerReply = { type: "ready" } | { type: "memory"; memory: ThreadMemory } | { type: "metrics"; metrics: MetricObjectWithValues<MetricValue<string>>[] } | { type: "drain"; finished: boolean };

/**
 * The runtime on a thread of its own (bundled to .next/runtime-worker.cjs by
 * scripts/build-runtime-worker.mjs): lanes, the outbox dispatcher and the pollers run
 * here, so the thread that answers webhooks only parses, stores and answers. Everything
 * it needs is in the database; a kick only says where to look first.
 */
async function main() {
  const port = parentPort;
  if (!port) throw new Error("runtime-worker runs as a worker thread");
  nameThisThread(RUNTIME_THREAD_NAME);
  const { writeFlag } = workerData as RuntimeWorkerData;
  const runtime = createRuntime(await openRawConnection(databaseTarget(), { poolSize: 10, writePriority: yieldingWriter(writeFlag) }), runtimeOptionsFromEnv());
  port.on("message", (message: RuntimeWorkerMessage) => {
    if (message.type === "kick") void runtime.kick(message.contactId);
    else if (message.type === "memory") port.postMessage({ type: "memory", memory: threadMemory() } satisfies RuntimeWorkerReply);
    else if (message.type === "drain") void runtime.drain(new Date(message.deadline)).then((finished) => port.postMessage({ type: "drain", finished } satisfies RuntimeWorkerReply));
    else if (message.type === "metrics") void metrics().registry.getMetricsAsJSON().then((values) => port.postMessage({ type: "metrics", metrics: values } satisfies RuntimeWorkerReply));
    else runtime.start();
  });
  port.postMessage({ type: "ready" } satisfies RuntimeWorkerReply);
}

void main();
