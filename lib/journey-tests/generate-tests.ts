import "server-only";
import type { JourneyDocument } from "../journey/document-schema";
import { resolveNodes, type ResolvedNode } from "../journey/resolve-nodes";
import { describeNode } from "../journey/describe-node";
import type { TestInput } from "../steps/step-definition";
import type { HttpMock } from "../test-format/preview-inputs";
import type { ActualRun } from "./compare-run";
import { describeTurn } from "./describe-turn";
import { expectationsOf } from "./record-test";
import { runJourneyTest } from "./run-journey-test";
import type { JourneyTest, TestTurn } from "../test-format/test-schema";

const MAX_TURNS = 12;
const MAX_RUNS = 400;
const NO_EXPECTATIONS: JourneyTest["expect"] = { messages: [], vars: {} };

type Candidate = { turns: TestTurn[]; mocks: Record<string, HttpMock> };

/**
 * Draft tests that together take every output the journey's steps can be driven to: a
 * walk from each trigger that, wherever the run waits, tries each input that takes one of
 * the waiting step's outputs (a button, a list row, a reply a following branch looks
 * for, a timeout, a handback), and answers every HTTP step once with success and once
 * with a failure. A conversation is kept when it takes an output none kept before took;
 * its expectations are what the journey did, to be reviewed before keeping.
 */
export async function generateTests(document: JourneyDocument, firstId = 1): Promise<JourneyTest[]> {
  const nodes = new Map(resolveNodes(document).map((n) => [n.node.id, n]));
  const next = (source: string, handle: string) => document.edges.find((e) => e.source === source && e.sourceHandle === handle)?.target;
  const handles = new Set([...nodes.values()].flatMap((n) => (n.outputs ?? []).map((o) => `${n.node.id}\n${o.id}`)));
  const taken = new Set<string>();
  const kept: JourneyTest[] = [];
  const stepName = (nodeId: string) => {
    const node = document.nodes.find((n) => n.id === nodeId);
    if (!node) return nodeId;
    // Its title; untitled, what it is ("List", "Reply buttons") with its id to tell it apart.
    const described = describeNode(node);
    return node.title ? `“${node.title}”` : `${described.subtitle?.split(" · ")[0] ?? described.title} ${nodeId}`;
  };
  const queue: Candidate[] = [...nodes.values()].flatMap((n) => starts(n));
  const tried = new Set<string>();
  let runs = 0;

  while (queue.length && runs < MAX_RUNS && taken.size < handles.size) {
    const candidate = queue.shift()!;
    const key = JSON.stringify(candidate);
    if (tried.has(key)) continue;
    tried.add(key);
    runs++;
    const probe: JourneyTest = { id: "probe", name: "probe", mocks: candidate.mocks, turns: candidate.turns, expect: NO_EXPECTATIONS };
    const { actual, problems } = await runJourneyTest(document, probe);
    if (problems.some((p) => p.kind === "turn")) continue;
    const fresh = actual.taken.map((t) => `${t.nodeId}\n${t.outcome}`).filter((h) => handles.has(h) && !taken.has(h));
    if (fresh.length) {
      fresh.forEach((h) => taken.add(h));
      kept.push({ id: `test_${firstId + kept.length}`, name: describe(actual, candidate, stepName), mocks: candidate.mocks, turns: candidate.turns, expect: expectationsOf(actual) });
    }
    // An HTTP step answered with success is tried with a failure too (and the other way round).
    for (const nodeId of actual.path) {
      const node = nodes.get(nodeId);
      if (!node?.definition.simulator?.mocksHttp || candidate.mocks[nodeId]) continue;
      const saved = node.config === undefined ? null : node.definition.simulator.savedResponse?.(node.config);
      queue.push({ ...candidate, mocks: { ...candidate.mocks, [nodeId]: { error: "Connection refused (a generated test)" } } });
      if (!saved) queue.push({ ...candidate, mocks: { ...candidate.mocks, [nodeId]: { status: 200, body: {} } } });
    }
    if (!actual.at || candidate.turns.length >= MAX_TURNS) continue;
    for (const input of inputsAt(actual.at)) {
      const turns: TestTurn[] = "closeWindow" in input ? [{ type: "setWindow", open: false }, input.turn] : [input.turn];
      queue.push({ ...candidate, turns: [...candidate.turns, ...turns] });
    }
  }
  return kept;

  function starts(node: ResolvedNode): Candidate[] {
    if (!node.definition.isTrigger || node.config === undefined) return [];
    // Started by an API call with the variables its texts read, and each time without one of
    // them (a template missing a value takes its failed path).
    if (node.definition.simulator?.startable) {
      const vars = startVars();
      const without = Object.keys(vars).map((name) => Object.fromEntries(Object.entries(vars).filter(([k]) => k !== name)));
      return [vars, ...without].map((v) => ({ turns: [{ type: "start" as const, vars: v }], mocks: {} }));
    }
    // Each start also with the 24-hour window closed, so the first messages take their failed path.
    return (node.definition.testInputs?.(node.config) ?? []).flatMap((input) => [
      { turns: [input.turn], mocks: {} },
      { turns: [{ type: "setWindow", open: false }, input.turn], mocks: {} },
    ]);
  }

  /** The inputs of the step a run waits at, and the replies a branch right after it reads. */
  function inputsAt(nodeId: string): Array<TestInput & { closeWindow?: true }> {
    const node = nodes.get(nodeId);
    if (!node || node.config === undefined) return [];
    const own = node.definition.testInputs?.(node.config) ?? [];
    const read = own.flatMap((input) => {
      const target = nodes.get(next(nodeId, input.handle) ?? "");
      const replies = input.turn.type === "send" && input.turn.reply.type === "text" && target && !target.definition.pauses?.(target.config) && target.config !== undefined;
      return replies ? (target.definition.testInputs?.(target.config) ?? []) : [];
    });
    // Each reply, and each timeout, again with the 24-hour window closed: the free-form
    // messages after it (a reminder to a customer who stayed silent) take their failed path.
    const inputs = [...own, ...read];
    return [...inputs, ...inputs.filter((i) => i.turn.type === "send" || i.turn.type === "wait").map((i) => ({ ...i, closeWindow: true as const }))];
  }

  /**
   * Variables an API call must bring: every `vars.<name>` the journey's texts read that no
   * step writes, with a sample value (a URL where the name says so).
   */
  function startVars(): Record<string, unknown> {
    const written = new Set([...nodes.values()].flatMap((n) => (n.config === undefined ? [] : (n.definition.writesVars?.(n.config) ?? []))));
    const read = [...nodes.values()].flatMap((n) => (n.config === undefined ? [] : (n.definition.templateFields?.(n.config) ?? [])).flatMap((f) => [...f.value.matchAll(/vars\.([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1])));
    return Object.fromEntries([...new Set(read)].filter((name) => !written.has(name)).map((name) => [name, /url|link/i.test(name) ? `https://example.com/${name}` : `Sample ${name.replace(/_/g, " ")}`]));
  }
}

/** A test's name as a person reads it: what the customer did, which calls failed, where it ends, steps by their names. */
function describe(actual: ActualRun, candidate: Candidate, stepName: (nodeId: string) => string): string {
  const said = candidate.turns.map((t) => describeTurn(t, "brief"));
  const failures = Object.entries(candidate.mocks).filter(([, m]) => "error" in m).map(([id]) => `${stepName(id)} fails`);
  const end = actual.status === "completed" ? `ends ${actual.outcome ?? "done"}` : actual.at ? `waits at ${stepName(actual.at)}` : actual.status ?? "";
  return [said.join(", "), ...failures, end].filter(Boolean).join(" · ").slice(0, 120);
}
