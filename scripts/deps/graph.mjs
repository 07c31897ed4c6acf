#!/usr/bin/env node
// npm run deps:graph: draws the layers and which folder imports which (docs/architecture-layers.svg),
// from the same import graph and layer patterns `npm run lint:deps` checks. Each box is a
// folder (a step kind's definitions and executors apart), each arrow "imports", with how
// many imports it stands for; upward arrows would be drawn red, and there should be none.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const { LAYERS, EXECUTOR } = createRequire(import.meta.url)("./layers.cjs");
const out = path.join(root, "docs/architecture-layers.svg");

const cruised = JSON.parse(
  execFileSync(path.join(root, "node_modules/.bin/depcruise"), ["--config", ".dependency-cruiser.cjs", "--output-type", "json", "lib", "app", "components", "instrumentation.ts", "proxy.ts"], {
    cwd: root,
    maxBuffer: 256 * 1024 * 1024,
  }),
);

const layerOf = (file) => LAYERS.findIndex((layer) => new RegExp(layer.path).test(file) && !(layer.pathNot && new RegExp(layer.pathNot).test(file)));

/** The box a file is drawn in: its folder under lib/, app's API and pages apart, a step kind's executors apart from its definitions. */
function boxOf(file) {
  if (new RegExp(EXECUTOR).test(file)) return "lib/steps (executors)";
  if (file.startsWith("lib/steps/")) return "lib/steps (definitions)";
  if (file.startsWith("app/api/")) return "app/api (route handlers)";
  if (file.startsWith("app/")) return "app (pages)";
  if (file.startsWith("components/")) return "components";
  const [top, folder] = file.split("/");
  return top === "lib" && folder && !folder.includes(".") ? `lib/${folder}` : file;
}

const boxes = new Map();
const edges = new Map();
for (const module of cruised.modules) {
  const layer = layerOf(module.source);
  if (layer < 0) continue;
  const from = boxOf(module.source);
  boxes.set(from, layer);
  for (const dependency of module.dependencies) {
    if (layerOf(dependency.resolved) < 0) continue;
    const to = boxOf(dependency.resolved);
    if (to === from) continue;
    const key = `${from}\u0000${to}`;
    edges.set(key, (edges.get(key) ?? 0) + 1);
  }
}

// Drawn by hand rather than by Graphviz's clusters, which will not stack six wide layers:
// one band per layer, client on top; inside a band, its folders in rows by how deep they sit
// in the band's own imports (importers above what they import), with those imports drawn.
const across = new Map();
const within = [];
let upward = 0;
for (const [key, count] of edges) {
  const [from, to] = key.split("\u0000");
  const [a, b] = [boxes.get(from), boxes.get(to)];
  if (a === b) {
    within.push({ from, to, count });
    continue;
  }
  // Pages rendering components is the one sanctioned crossing upwards (see layers.cjs, `renders`).
  if (b > a && !(from === "app (pages)" && b === LAYERS.length - 1)) upward++;
  across.set(`${a}\u0000${b}`, (across.get(`${a}\u0000${b}`) ?? 0) + count);
}

const WIDTH = 1180;
const PAD = 16;
const BOX_H = 24;
const ROW_GAP = 22;
const fills = ["#f1f5f9", "#ecfdf5", "#eff6ff", "#fef3c7", "#fae8ff", "#fee2e2"];
const strokes = ["#94a3b8", "#34d399", "#60a5fa", "#f59e0b", "#d946ef", "#f87171"];
const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const label = (box) => box.replace(/^lib\//, "");
const boxWidth = (box) => Math.round(label(box).length * 6.6 + 22);

/** A folder's depth in its band: 0 for one nothing in the band imports, else one more than its deepest importer. */
function depths(members) {
  const depth = new Map(members.map((m) => [m, 0]));
  for (let pass = 0; pass < members.length; pass++) {
    for (const { from, to } of within) if (depth.has(from) && depth.has(to)) depth.set(to, Math.max(depth.get(to), depth.get(from) + 1));
  }
  return depth;
}

const parts = [];
const position = new Map();
let y = PAD;
[...LAYERS].reverse().forEach((layer) => {
  const index = LAYERS.indexOf(layer);
  const members = [...boxes].filter(([, l]) => l === index).map(([box]) => box).sort();
  const depth = depths(members);
  const rows = [];
  for (const m of members) (rows[depth.get(m)] ??= []).push(m);
  const top = y;
  const below = LAYERS.map((other, j) => [other.name, across.get(`${index}\u0000${j}`) ?? 0]).filter(([, n]) => n > 0);
  const header = [
    `<text x="${PAD * 2}" y="${top + 24}" font-size="15" font-weight="600" fill="#0f172a">${index + 1}. ${layer.name}</text>`,
    `<text x="${PAD * 2 + 110}" y="${top + 24}" font-size="12" fill="#475569">${escape(layer.says)}</text>`,
    below.length ? `<text x="${PAD * 2 + 110}" y="${top + 42}" font-size="11" fill="#64748b">imports ${below.map(([name, n]) => `${n} from ${name}`).join(" · ")}</text>` : "",
  ];
  let rowY = top + 58;
  const boxesSvg = [];
  for (const row of rows.filter(Boolean)) {
    let x = PAD * 2;
    for (const m of row) {
      const w = boxWidth(m);
      if (x + w > WIDTH - PAD * 2) (x = PAD * 2), (rowY += BOX_H + 10);
      position.set(m, { x, y: rowY, w });
      boxesSvg.push(`<rect x="${x}" y="${rowY}" width="${w}" height="${BOX_H}" rx="6" fill="#fff" stroke="${strokes[index]}"/><text x="${x + w / 2}" y="${rowY + 16}" font-size="12" text-anchor="middle" fill="#0f172a">${escape(label(m))}</text>`);
      x += w + 12;
    }
    rowY += BOX_H + ROW_GAP;
  }
  const height = rowY - ROW_GAP + PAD - top;
  parts.push(`<rect x="${PAD}" y="${top}" width="${WIDTH - PAD * 2}" height="${height}" rx="10" fill="${fills[index]}" stroke="#cbd5e1"/>`, ...header);
  const arrows = within
    .filter(({ from, to }) => members.includes(from) && members.includes(to))
    .map(({ from, to, count }) => {
      const [a, b] = [position.get(from), position.get(to)];
      return `<line x1="${a.x + a.w / 2}" y1="${a.y + BOX_H}" x2="${b.x + b.w / 2}" y2="${b.y}" stroke="#94a3b8" stroke-width="${Math.min(3, 0.8 + Math.log2(count) / 2)}" marker-end="url(#head)"><title>${escape(`${label(from)} → ${label(to)}: ${count}`)}</title></line>`;
    });
  parts.push(...arrows, ...boxesSvg);
  y = top + height + 26;
  if (index > 0) parts.push(`<line x1="${WIDTH / 2}" y1="${y - 24}" x2="${WIDTH / 2}" y2="${y - 4}" stroke="#334155" stroke-width="2" marker-end="url(#head)"/>`);
});
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${y}" viewBox="0 0 ${WIDTH} ${y}" font-family="Helvetica, Arial, sans-serif">
<defs><marker id="head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#64748b"/></marker></defs>
<rect width="100%" height="100%" fill="#ffffff"/>
${parts.join("\n")}
</svg>
`;
writeFileSync(out, svg);
console.log(`${path.relative(root, out)}: ${boxes.size} folders in ${LAYERS.length} layers, ${edges.size} folder-to-folder import arrows, ${upward} upward`);
