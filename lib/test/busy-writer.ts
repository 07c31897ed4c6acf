import { Worker } from "node:worker_threads";

/**
 * Another thread writing to the same SQLite file without pause, as the runtime's worker
 * thread does under a burst of webhooks: each commit holds the write lock a couple of
 * milliseconds. What a management write meets on a busy day.
 */
export async function startBusyWriter(file: string): Promise<{ stop(): Promise<number> }> {
  const stop = new SharedArrayBuffer(4);
  const worker = new Worker(WORKER, { eval: true, workerData: { file, stop } });
  await new Promise<void>((resolve, reject) => {
    worker.once("message", () => resolve());
    worker.once("error", reject);
  });
  return {
    async stop() {
      Atomics.store(new Int32Array(stop), 0, 1);
      const commits = await new Promise<number>((resolve, reject) => {
        worker.once("message", resolve);
        worker.once("error", reject);
      });
      await worker.terminate();
      return commits;
    },
  };
}

const WORKER = `
const { workerData, parentPort } = require("node:worker_threads");
const Database = require("better-sqlite3");
const db = new Database(workerData.file, { timeout: 5000 });
const stop = new Int32Array(workerData.stop);
const pause = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const begin = db.prepare("BEGIN IMMEDIATE");
const commit = db.prepare("COMMIT");
const write = db.prepare('INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES (?, ?, ?) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "updatedAt" = excluded."updatedAt"');
let commits = 0;
parentPort.postMessage("started");
while (Atomics.load(stop, 0) === 0) {
  begin.run();
  write.run("busy_writer", JSON.stringify(commits), new Date().toISOString());
  pause(2);
  commit.run();
  commits++;
  pause(1);
}
db.close();
parentPort.postMessage(commits);
`;
