#!/usr/bin/env node
// Renders prisma/models.prisma into one schema per provider and generates both clients.
// `--check` only compares: it exits 1 when a committed schema differs from its render.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const providers = { sqlite: "sqlite", postgres: "postgresql" };

export function renderSchema(provider) {
  const models = readFileSync(path.join(root, "prisma/models.prisma"), "utf8");
  const header = `// GENERATED from prisma/models.prisma by \`npm run db:generate\`. Do not edit.

generator client {
  provider     = "prisma-client"
  output       = "../../lib/db/generated/${provider}"
  engineType   = "client"
  runtime      = "nodejs"
  moduleFormat = "esm"
}

datasource db {
  provider = "${providers[provider]}"
  // Prisma 6 wants a url here, but the app and the CLI connect through the driver
  // adapters in lib/db and prisma.config.ts; this value is never used.
  url      = "${provider === "sqlite" ? "file:./unused.db" : "postgresql://unused"}"
}

`;
  return header + models;
}

const check = process.argv.includes("--check");
let drift = false;
for (const provider of Object.keys(providers)) {
  const file = path.join(root, "prisma", provider, "schema.prisma");
  const rendered = renderSchema(provider);
  const current = existsSync(file) ? readFileSync(file, "utf8") : "";
  if (check) {
    if (current !== rendered) {
      console.error(`${path.relative(root, file)} is out of date: run npm run db:generate`);
      drift = true;
    }
    continue;
  }
  if (current !== rendered) writeFileSync(file, rendered);
  execFileSync(path.join(root, "node_modules/.bin/prisma"), ["generate", "--schema", file], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
}
if (drift) process.exit(1);
