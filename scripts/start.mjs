#!/usr/bin/env node
// npm start: from a fresh clone to a running app. Installs what is missing, migrates the
// database (SQLite under data/ unless DATABASE_URL says otherwise), loads the sample
// journeys on first start, builds when the sources changed, and serves on PORT (3000).
import { ensureBuilt, ensureInstalled, log, setupDatabase, startServer } from "./lib/project.mjs";

const port = Number(process.env.PORT || 3000);
ensureInstalled();
setupDatabase();
ensureBuilt();
log(`Journey Studio on http://localhost:${port}`);
startServer(port);
