// The layers of Journey Studio and the one way imports run between them
// (docs/architecture.md draws them). `npm run lint:deps` checks every import against
// these rules, and `npm test` runs it first: a wrong import fails the suite naming the
// rule it breaks and the comment below says what to do instead.
const { readFileSync, readdirSync, statSync } = require("node:fs");
const path = require("node:path");

const { EXECUTOR, LAYERS } = require("./scripts/deps/layers.cjs");

const either = (paths) => paths.map((p) => `(${p})`).join("|");

const upwards = LAYERS.slice(0, -1).map((layer, i) => {
  const above = LAYERS.slice(i + 1);
  return {
    name: `${layer.name}-not-upwards`,
    severity: "error",
    comment:
      `The ${layer.name} layer (${layer.says}) may import only itself and the layers below it. ` +
      `Move the shared piece down, or hand it in as a dependency (as RuntimeDeps does) instead of importing ${above.map((l) => l.name).join("/")}.`,
    from: { path: layer.path, ...((layer.pathNot || layer.renders) && { pathNot: either([layer.pathNot, layer.renders].filter(Boolean)) }) },
    to: { path: either(above.map((l) => l.path)) },
  };
});

/** Files that import "server-only": the client must never import them, not even through an isomorphic file's value import. */
function serverOnlyFiles() {
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (name === "node_modules" || name === "generated") continue;
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.tsx?$/.test(name) && /^import "server-only";/m.test(readFileSync(file, "utf8"))) found.push(file.split(path.sep).join("/"));
    }
  };
  walk(path.join(__dirname, "lib"));
  return found.map((f) => `^${path.relative(__dirname, f).replace(/[.]/g, "\\.")}$`);
}

module.exports = {
  forbidden: [
    ...upwards,
    {
      name: "model-is-pure",
      severity: "error",
      comment:
        "The model runs in the browser and the server alike: no database, no node: modules, no network, no configuration. " +
        "Take what it needs as an argument, and leave the I/O to a service or the runtime.",
      from: { path: LAYERS[1].path, pathNot: EXECUTOR },
      to: { path: "^lib/(db|crypto|http|config)/|^server-only$|node_modules/server-only" },
    },
    {
      name: "model-no-node-builtins",
      severity: "error",
      comment: "The model runs in the browser too: no node: modules.",
      from: { path: LAYERS[1].path, pathNot: EXECUTOR },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "client-not-to-server-only",
      severity: "error",
      comment:
        "Browser code imports a server-only module (it imports \"server-only\"): its code and secrets would ship to the browser. " +
        "Import a type only (`import type`), or move what the browser needs into a model file or an api-schemas file.",
      from: { path: LAYERS[5].path },
      to: { path: either(serverOnlyFiles()), dependencyTypesNot: ["type-only"] },
    },
    {
      name: "no-circular",
      severity: "error",
      comment: "Files import each other in a circle: one of them should not know the other. Move what both need into a third file below them.",
      from: {},
      to: { circular: true },
    },
    {
      name: "not-to-tests",
      severity: "error",
      comment: "Product code must not import tests or test helpers (lib/test).",
      from: { pathNot: "\\.test\\.tsx?$|^lib/test/" },
      to: { path: "\\.test\\.tsx?$|^lib/test/" },
    },
  ],
  options: {
    tsConfig: { fileName: "tsconfig.json" },
    // A type crosses a layer as surely as a value does.
    tsPreCompilationDeps: true,
    doNotFollow: { path: "node_modules" },
    exclude: { path: "\\.test\\.tsx?$|^lib/test/|^lib/db/generated/|^e2e/|^scripts/" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
    reporterOptions: {
      dot: {
        collapsePattern: "^(lib/[^/]+|app|components)/",
      },
    },
  },
};
