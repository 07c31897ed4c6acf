#!/usr/bin/env node
// The app as Playwright tests it: built like `npm start`, on a fresh SQLite database of
// its own, on the port given, with the test workspace's owner and API token (the
// caller's env wins; E2E_NO_OWNER=1 leaves the workspace without one, for the setup tests;
// the default channel's webhooks want E2E_WEBHOOK_AUTH).
// `--keep-db` restarts on the database a previous process left (restart tests).
import { rmSync } from "node:fs";
import path from "node:path";
import { ensureBuilt, root, setupDatabase, startServer } from "./lib/project.mjs";
import { workspaceEnv } from "../e2e/workspace-auth.mjs";

const port = Number(process.argv[2] || 3100);
const file = path.join(root, "data", `e2e-${port}.db`);
const dataDir = path.join(root, "data", `e2e-${port}`);
if (!process.argv.includes("--keep-db")) {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  rmSync(dataDir, { recursive: true, force: true });
}
const env = {
  ...(process.env.E2E_NO_OWNER ? {} : workspaceEnv),
  ...Object.fromEntries(Object.keys(workspaceEnv).filter((k) => process.env[k]).map((k) => [k, process.env[k]])),
  // Benchmarks may point it at a fresh PostgreSQL schema; tests always get their own SQLite file.
  DATABASE_URL: process.env.E2E_DATABASE_URL || `file:${file}`,
  // The generated key goes beside the test database, never into the developer's data folder.
  JOURNEY_STUDIO_DATA_DIR: dataDir,
};
// E2E_GENERATED_WEBHOOK_AUTH=1: the default channel's webhook value is generated, as on a fresh install.
if (process.env.E2E_GENERATED_WEBHOOK_AUTH) delete env.EIGHTX8_WEBHOOK_AUTH;
setupDatabase(env);
ensureBuilt();
startServer(port, env);
