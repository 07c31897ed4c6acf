// Helpers for the start and test commands. Node built-ins only: these run on a fresh
// clone before anything is installed.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

export function log(message) {
  console.log(`\x1b[32m▸\x1b[0m ${message}`);
}

/** Runs a command in the project, inheriting output; throws on a non-zero exit. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options, env: { ...process.env, ...options.env } });
  if (result.status !== 0) throw new Error(`${[command, ...args].join(" ")} exited with ${result.status ?? result.signal}`);
}

export function runBin(name, args, options) {
  run(bin(name), args, options);
}

/**
 * Installs dependencies when node_modules is missing or older than package-lock.json.
 * `npm install`, not `npm ci`: npm set to omit-lockfile-registry-resolved (as on our
 * machines) writes lockfiles without other platforms' optional packages, which `npm ci`
 * then rejects; `npm install` still installs exactly the locked versions.
 */
export function ensureInstalled() {
  const marker = path.join(root, "node_modules", ".package-lock.json");
  const lock = path.join(root, "package-lock.json");
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs && existsSync(path.join(root, "lib/db/generated/sqlite/client.ts"))) return;
  log("Installing dependencies (npm install)");
  run("npm", ["install", "--no-audit", "--no-fund"]);
}

const SOURCES = ["app", "components", "lib", "public", "proxy.ts", "next.config.js", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];

function newestMtime(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(full)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** Builds (`next build`, then the runtime worker) unless the last build is newer than every source file. */
export function ensureBuilt() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  const worker = path.join(root, ".next", "runtime-worker.cjs");
  if (existsSync(buildId) && existsSync(worker) && statSync(buildId).mtimeMs > Math.max(...SOURCES.map(newestMtime))) {
    log("Build is up to date");
    return;
  }
  log("Building the app (npm run build: next build, then the runtime's worker bundle)");
  run("npm", ["run", "build"], { env: { NEXT_TELEMETRY_DISABLED: "1" } });
}

/** Applies migrations and loads the sample journeys into a new workspace. */
export function setupDatabase(env = {}) {
  // react-server: setup reaches server-only modules (the default channel's webhook authorization).
  runBin("tsx", ["--conditions=react-server", "scripts/db/setup.ts"], { env });
}

/**
 * The old generation grows to 1.3× its live size before a full collection. Measured: the
 * process peaks at ~240 MB instead of ~375 MB, for ~0.07 ms more GC (helper threads) per
 * request and ~20 ms longer worst pauses.
 */
const HEAP_GROWING_PERCENT = 30;

/** Starts `next start` as a child that this process's signals stop too. */
export function startServer(port, env = {}) {
  // Idle keep-alive sockets live 65 s, longer than a proxy's (60 s) or a test's pause: with
  // Node's 5 s default a client that reuses a socket as the server drops it gets ECONNRESET.
  // PROFILE_DIR=dir writes a CPU profile of the server there when it exits (benchmarks).
  const profile = process.env.PROFILE_DIR ? [`--cpu-prof`, `--cpu-prof-dir=${process.env.PROFILE_DIR}`] : [];
  // V8 lets the old generation grow to several times what survived the last full
  // collection before it collects again; a burst of webhooks promotes every in-flight
  // request's objects, so the request thread's heap swelled to ~220 MB of which ~50 MB
  // was live, and the process to 360–390 MB (docs/benchmarks.md, "Memory").
  const heap = [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`];
  const child = spawn(process.execPath, [...profile, ...heap, path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "--keepAliveTimeout", "65000"], {
    cwd: root,
    stdio: "inherit",
    // The app drains on SIGTERM itself (lib/api/lifecycle.ts) instead of Next exiting at once.
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_MANUAL_SIG_HANDLE: "true", ...env },
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return child;
}
