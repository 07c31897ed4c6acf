#!/usr/bin/env node
// Bundles the runtime's worker thread (lib/engine/runtime-worker.ts) next to the Next
// build, as .next/runtime-worker.cjs; `npm run build` runs it after `next build`.
// Native and driver packages stay external, loaded from node_modules as the app does.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
await build({
  entryPoints: [path.join(root, "lib/engine/runtime-worker.ts")],
  outfile: path.join(root, ".next/runtime-worker.cjs"),
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  external: ["better-sqlite3", "pg", "pg-native", "pino"],
  // Marks server modules for Next; outside Next it has nothing to guard.
  alias: { "server-only": path.join(root, "scripts/lib/empty-module.cjs") },
  logLevel: "warning",
});
