#!/usr/bin/env node
// npm run test:loaded: the whole suite (npm test) while two processes keep both cores busy,
// the way CI's 2-core machine may meet it. Run it before stopping: a test that passes only
// on an idle machine fails there.
import { spawn } from "node:child_process";
import { cpus } from "node:os";
import { log, root } from "./lib/project.mjs";

const BUSY = Number(process.env.BUSY_PROCESSES ?? 2);
const busy = Array.from({ length: BUSY }, () => spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" }));
const stopBusy = () => busy.forEach((child) => child.kill("SIGKILL"));
process.on("exit", stopBusy);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));

log(`${BUSY} busy processes on ${cpus().length} cores for the whole run`);
const started = Date.now();
const suite = spawn(process.execPath, ["scripts/test.mjs"], { cwd: root, stdio: "inherit" });
suite.on("exit", (code, signal) => {
  log(`npm test under load: ${code === 0 ? "passed" : "failed"} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.exit(code ?? (signal ? 1 : 0));
});
