#!/usr/bin/env node
// npm run bench:editor-bundle [-- <.next dir>]: the browser JavaScript the journey editor
// page loads, from the last `next build`: the app's main chunks plus the chunks its route's
// segments (root layout, editor layout, page) name. Uncompressed bytes, as on disk.
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dist = path.resolve(process.argv[2] ?? path.join(root, ".next"));
const ROUTE = "/(editor)/journeys/[id]/page";
const SEGMENTS = ["[project]/app/layout", "[project]/app/(editor)/layout", `[project]/app${ROUTE}`];

const { rootMainFiles } = JSON.parse(readFileSync(path.join(dist, "build-manifest.json"), "utf8"));
globalThis.__RSC_MANIFEST = {};
await import(path.join(dist, "server/app", `${ROUTE}_client-reference-manifest.js`));
const manifest = globalThis.__RSC_MANIFEST[ROUTE];
if (!manifest) throw new Error(`${dist} has no client manifest for ${ROUTE}: run next build first`);

const files = new Set(rootMainFiles);
for (const segment of SEGMENTS) {
  const chunks = manifest.entryJSFiles[segment];
  if (!chunks) throw new Error(`the build names no chunks for ${segment}`);
  for (const chunk of chunks) files.add(chunk);
}
const sizes = [...files].map((file) => [file, statSync(path.join(dist, file)).size]).sort((a, b) => b[1] - a[1]);
const total = sizes.reduce((sum, [, size]) => sum + size, 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(`Editor page (${ROUTE}) from ${path.relative(process.cwd(), dist) || "."}: ${sizes.length} chunks, ${kb(total)} (${total} bytes) uncompressed`);
for (const [file, size] of sizes) console.log(`  ${kb(size).padStart(10)}  ${file}`);
