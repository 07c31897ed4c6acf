#!/usr/bin/env node
// Creates a migration for BOTH providers from the change to prisma/models.prisma since
// the last migration: `npm run db:new-migration -- add_contact_tags`.
// Prisma's own `migrate dev` cannot run here (no engine binaries; see lib/db/migrate.ts),
// so each provider's SQL comes from `migrate diff` between the schema snapshot saved
// with the previous migration and the current schema.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:new-migration -- <snake_case_name>");
  process.exit(2);
}
execFileSync("node", [path.join(root, "scripts/db/generate.mjs")], { stdio: "inherit" });
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
// The JS schema engine connects even to diff two schema files, so PostgreSQL needs a server.
const urls = {
  sqlite: "file:./data/new-migration.db",
  postgres: process.env.MIGRATION_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/postgres",
};
for (const provider of ["sqlite", "postgres"]) {
  const dir = path.join(root, "prisma", provider, "migrations");
  const previous = readdirSync(dir).filter((d) => existsSync(path.join(dir, d, "schema.prisma"))).sort().pop();
  const schema = path.join(root, "prisma", provider, "schema.prisma");
  const from = previous ? ["--from-schema-datamodel", path.join(dir, previous, "schema.prisma")] : ["--from-empty"];
  const sql = execFileSync(
    path.join(root, "node_modules/.bin/prisma"),
    ["migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script"],
    { cwd: root, env: { ...process.env, DATABASE_URL: urls[provider] }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    console.log(`${provider}: no changes`);
    continue;
  }
  const target = path.join(dir, `${stamp}_${name}`);
  mkdirSync(target, { recursive: true });
  writeFileSync(path.join(target, "migration.sql"), sql);
  // The snapshot the next migration is diffed from.
  copyFileSync(schema, path.join(target, "schema.prisma"));
  console.log(`${provider}: ${path.relative(root, target)}/migration.sql`);
}
