#!/usr/bin/env node
// npm test: every test, from a fresh clone. Installs what is missing, type-checks,
// runs the unit and integration tests (vitest; PostgreSQL ones skip with a reason when
// no server answers), builds the app, then runs the Playwright suite in Chromium against
// it. Exits non-zero when anything fails, and closes with one "N passed, N failed" line.
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ensureBuilt, ensureInstalled, log, root, run, runBin } from "./lib/project.mjs";

const reports = path.join(root, "test-results");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const unitReport = path.join(reports, "unit.json");
const e2eReport = path.join(reports, "e2e.json");

const failures = [];
function stage(name, fn) {
  log(name);
  const started = Date.now();
  try {
    fn();
    log(`${name}: ok (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  } catch (error) {
    failures.push(name);
    console.error(`\x1b[31m✗ ${name} failed: ${error.message}\x1b[0m`);
  }
}

stage("Install", ensureInstalled);
if (failures.length === 0) {
  stage("Type check (tsc)", () => runBin("tsc", ["--noEmit", "-p", "."]));
  // The layers of docs/architecture.md: an upward import, a circle, or server code in the browser fails here, naming the rule.
  stage("Import layers (dependency-cruiser)", () => run("npm", ["run", "--silent", "lint:deps"]));
  stage("Unit and integration tests (vitest)", () =>
    runBin("vitest", ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${unitReport}`]),
  );
  stage("Build (next build)", ensureBuilt);
  if (!failures.includes("Build (next build)")) {
    stage("End-to-end tests (Playwright, Chromium)", () => runBin("playwright", ["test"], { env: { E2E_JSON_REPORT: e2eReport } }));
  }
}

const counts = { passed: 0, failed: 0, skipped: 0 };
if (existsSync(unitReport)) {
  const unit = JSON.parse(readFileSync(unitReport, "utf8"));
  counts.passed += unit.numPassedTests;
  counts.failed += unit.numFailedTests;
  counts.skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
}
if (existsSync(e2eReport)) {
  const { stats } = JSON.parse(readFileSync(e2eReport, "utf8"));
  counts.passed += stats.expected + stats.flaky;
  counts.failed += stats.unexpected;
  counts.skipped += stats.skipped;
}
// A stage that failed before reporting (tsc, build) still counts as a failure.
const failed = Math.max(counts.failed, failures.length);
console.log(failures.length ? `\nFailed: ${failures.join(", ")}` : "\nAll stages passed");
console.log(`${counts.passed} passed, ${failed} failed, ${counts.skipped} skipped`);
process.exit(failures.length || counts.failed ? 1 : 0);
