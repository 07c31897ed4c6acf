import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { authHeaders } from "./workspace-auth.mjs";

const root = path.resolve(import.meta.dirname, "..");

/**
 * The app as users start it (built, `next start`), as a child process the test can kill
 * with any signal and start again on the same database.
 */
export async function startApp(port: number, env: Record<string, string>, options: { keepDb?: boolean } = {}) {
  const child: ChildProcess = spawn("node", ["scripts/e2e-server.mjs", String(port), ...(options.keepDb ? ["--keep-db"] : [])], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so a kill reaches `next start` and its server too.
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited (${child.exitCode}):\n${output}`);
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok).catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`the app did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    base,
    /** The pid of the starter script; the Next server is among its descendants. */
    pid: child.pid!,
    output: () => output,
    /** A JSON request to the app's API with the test workspace's token. */
    api: (route: string, init: RequestInit = {}) =>
      fetch(`${base}${route}`, { ...init, headers: { "Content-Type": "application/json", ...authHeaders, ...(init.headers as Record<string, string>) } }),
    /** Signals the whole process group without waiting (`exited` says when and how it ended). */
    signal(signal: NodeJS.Signals) {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    },
    exited: new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code))),
    /** Kills the whole process group; SIGKILL gives the app no chance to tidy up. */
    async kill(signal: NodeJS.Signals = "SIGKILL") {
      if (child.exitCode !== null || child.pid === undefined) return;
      const exited = new Promise((r) => child.once("exit", r));
      process.kill(-child.pid, signal);
      await exited;
    },
  };
}

export type AppProcess = Awaited<ReturnType<typeof startApp>>;
