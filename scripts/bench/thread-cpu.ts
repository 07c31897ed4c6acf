import { readdirSync, readFileSync } from "node:fs";
import { RUNTIME_THREAD_NAME } from "../../lib/engine/thread-name";

/** CPU seconds used so far by each kind of thread of the app's server process (Linux). */
export type AppCpu = { request: number; runtime: number; helpers: number };

/**
 * Reads /proc for the server's threads: its main thread answers requests, the thread named
 * journey-runtime runs journeys, and the rest are V8's and libuv's helpers (garbage
 * collection, compilation, file system). Throughput on 2 shared cores is CPU per message,
 * and this splits it where a profile would, at a cost of nothing to the app.
 */
export function appCpu(pid: number): AppCpu {
  const totals: AppCpu = { request: 0, runtime: 0, helpers: 0 };
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const stat = procStat(`/proc/${pid}/task/${tid}/stat`);
    if (!stat) continue;
    const { name, fields } = stat;
    const seconds = (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
    if (Number(tid) === pid) totals.request += seconds;
    else if (name === RUNTIME_THREAD_NAME) totals.runtime += seconds;
    else totals.helpers += seconds;
  }
  return totals;
}

/**
 * CPU seconds used so far by PostgreSQL's server processes on this machine (its backends,
 * WAL writer, checkpointer): on shared cores they are part of what a message costs. A
 * backend that exits between two readings takes its time with it; the app keeps its pool's
 * connections open, so within a phase few do.
 */
export function postgresCpu(): number {
  let seconds = 0;
  for (const entry of readdirSync("/proc")) {
    const stat = /^\d+$/.test(entry) && procStat(`/proc/${entry}/stat`);
    if (stat && stat.name === "postgres") seconds += (Number(stat.fields[11]) + Number(stat.fields[12])) / CLOCK_TICKS;
  }
  return seconds;
}

/** USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK). */
const CLOCK_TICKS = 100;

/** The Next server's pid among `root`'s descendants (it names itself next-server). */
export function serverPid(root: number): number {
  const children = new Map<number, number[]>();
  const names = new Map<number, string>();
  for (const entry of readdirSync("/proc")) {
    const stat = /^\d+$/.test(entry) && procStat(`/proc/${entry}/stat`);
    if (!stat) continue;
    const ppid = Number(stat.fields[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    names.set(Number(entry), stat.name);
  }
  const queue = [...(children.get(root) ?? [])];
  while (queue.length) {
    const pid = queue.shift()!;
    if (names.get(pid)?.startsWith("next-server")) return pid;
    queue.push(...(children.get(pid) ?? []));
  }
  throw new Error(`no Next server process under pid ${root}`);
}

/** A /proc stat line: the name (in parentheses, may hold spaces) and the fields after it; null if it ended meanwhile. */
function procStat(file: string): { name: string; fields: string[] } | null {
  let text: string;
  try {
    text = readFileSync(file, "latin1");
  } catch {
    return null;
  }
  const close = text.lastIndexOf(")");
  return { name: text.slice(text.indexOf("(") + 1, close), fields: text.slice(close + 2).split(" ") };
}
