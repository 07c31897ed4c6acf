#!/usr/bin/env node
// The app as Playwright tests it: built like `npm start`, on a fresh SQLite database of
// its own, on the port given. Extra env (e.g. APP_API_TOKEN) comes from the caller.
// `--keep-db` restarts on the database a previous process left (restart tests).
import { rmSync } from "node:fs";
import path from "node:path";
import { ensureBuilt, root, setupDatabase, startServer } from "./lib/project.mjs";

const port = Number(process.argv[2] || 3100);
const file = path.join(root, "data", `e2e-${port}.db`);
if (!process.argv.includes("--keep-db")) for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
const env = { DATABASE_URL: `file:${file}` };
setupDatabase(env);
ensureBuilt();
startServer(port, env);
