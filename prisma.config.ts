import { mkdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseTarget } from "./lib/db/database-target";

// The JS schema engine with a driver adapter: the CLI (migrate, generate) needs no
// native engine download, which the machines this runs on cannot fetch.
const target = databaseTarget();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", target.provider, "schema.prisma"),
  migrations: { path: path.join("prisma", target.provider, "migrations") },
  async adapter() {
    if (target.provider === "postgres") {
      // A short idle timeout: otherwise the pool keeps each CLI command alive for 10 s.
      return new PrismaPg({ connectionString: target.url, idleTimeoutMillis: 50 }, { schema: target.schema });
    }
    if (target.file !== ":memory:") mkdirSync(path.dirname(target.file), { recursive: true });
    return new PrismaBetterSQLite3({ url: target.file });
  },
});
