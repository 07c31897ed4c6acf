// The layers of Journey Studio, bottom to top, as path patterns from the project's root:
// the rules file (.dependency-cruiser.cjs) forbids every import from a layer to one above
// it, and `npm run deps:graph` draws them.

/** A step kind's executor (and the registry and contract of executors) is runtime; the rest of its folder is model. */
const EXECUTOR = "^lib/steps/[a-z-]+/executor\\.ts$|^lib/steps/(step-executor|registry\\.server)\\.ts$";

/** Bottom to top: each layer may import its own and the layers below, never one above. */
const LAYERS = [
  {
    name: "base",
    path: "^lib/(db|json|config|format|schemas|errors|crypto|http|metrics|log)/",
    says: "database access, bounded JSON, configuration, the SSRF-safe HTTP client, crypto, typed domain errors, metrics and logs",
  },
  {
    name: "model",
    path: "^lib/(whatsapp|templating|test-format|journey|steps)/",
    pathNot: EXECUTOR,
    says: "the journey document and its validation, step kind definitions, templating, WhatsApp's message and template model, the conversation-test format",
  },
  {
    name: "services",
    path: "^lib/(journeys|runs|contacts|conversations|insights|templates|secrets|workspace|auth|audit|channels|keywords|inbound)/",
    says: "one folder per domain, owning its tables' queries",
  },
  {
    name: "runtime",
    path: `^lib/(engine|preview|journey-tests)/|${EXECUTOR}`,
    says: "the engine, step executors, the preview session and the test runner",
  },
  {
    name: "web",
    path: "^(app/|lib/api/|instrumentation\\.ts$|proxy\\.ts$)",
    // Pages and layouts are where the two sides meet: a page renders client components and hands them the server's data as props.
    renders: "^app/.*(page|layout|not-found|error|loading)\\.tsx$",
    says: "route handlers and pages, the API route wrapper, the 8x8 webhook handler",
  },
  {
    name: "client",
    path: "^(components/|lib/client/|lib/editor/)",
    says: "components, the editor store, the browser's API clients",
  },
];

module.exports = { EXECUTOR, LAYERS };
