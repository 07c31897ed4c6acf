import { SECONDS_PER_DAY } from "../steps/shared/fields";
import type { JourneyDocument } from "./document-schema";
import type { ResolvedNode } from "./resolve-nodes";
import type { ValidationIssue } from "../schemas/validation-issue";

type Graph = {
  byId: Map<string, ResolvedNode>;
  /** node id → [handle id, target id] of its valid outgoing edges */
  out: Map<string, Array<[string, string]>>;
  /** Nodes where a run stops (reply, timer): computed once, asked in inner loops. */
  pausing: Set<string>;
};

/**
 * The rules about how nodes connect: ids, edge ends and handles, cycles without a wait,
 * reachability, unconnected timeout/failed handles and the 24-hour window. Linear in
 * nodes plus edges.
 */
export function graphChecks(document: JourneyDocument, nodes: ResolvedNode[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const byId = new Map<string, ResolvedNode>();
  for (const resolved of nodes) {
    const { id } = resolved.node;
    if (byId.has(id)) {
      issues.push({ severity: "error", nodeId: id, path: "id", code: "duplicate_id", message: `Two nodes have the id "${id}"` });
    } else byId.set(id, resolved);
  }
  if (!nodes.some((n) => n.definition.isTrigger)) {
    issues.push({ severity: "error", path: "nodes", code: "no_trigger", message: "Add a trigger: an inbound message or an API call starts the journey" });
  }

  const out = new Map<string, Array<[string, string]>>();
  /** node id → its output handle ids that have an edge */
  const taken = new Map<string, Set<string>>();
  const handleIds = new Map<string, Set<string>>();
  for (const [id, node] of byId) if (node.outputs) handleIds.set(id, new Set(node.outputs.map((o) => o.id)));
  const edgeIds = new Set<string>();
  const edgeError = (edge: { id: string }, path: string, code: string, message: string, nodeId?: string) =>
    issues.push({ severity: "error", nodeId, edgeId: edge.id, path, code, message });
  for (let index = 0; index < document.edges.length; index++) {
    const edge = document.edges[index];
    if (edgeIds.has(edge.id)) edgeError(edge, `edges.${index}.id`, "duplicate_id", `Two edges have the id "${edge.id}"`);
    edgeIds.add(edge.id);
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source) {
      edgeError(edge, `edges.${index}.source`, "unknown_node", `Edge ${edge.id} starts at a node that does not exist ("${edge.source}")`);
      continue;
    }
    if (!target) {
      edgeError(edge, `edges.${index}.target`, "unknown_node", `Edge ${edge.id} ends at a node that does not exist ("${edge.target}")`);
      continue;
    }
    if (!target.definition.hasInput) {
      edgeError(edge, `edges.${index}.target`, "no_input", `${target.definition.label} "${edge.target}" cannot have incoming connections`);
      continue;
    }
    const handles = handleIds.get(edge.source);
    if (handles && !handles.has(edge.sourceHandle)) {
      edgeError(edge, `edges.${index}.sourceHandle`, "unknown_handle", `${source.definition.label} "${edge.source}" has no output "${edge.sourceHandle}"; remove or reconnect this connection`, edge.source);
      continue;
    }
    let used = taken.get(edge.source);
    if (!used) taken.set(edge.source, (used = new Set()));
    if (used.has(edge.sourceHandle)) {
      edgeError(edge, `edges.${index}.sourceHandle`, "handle_taken", `Output "${edge.sourceHandle}" of "${edge.source}" has more than one connection`, edge.source);
      continue;
    }
    used.add(edge.sourceHandle);
    const list = out.get(edge.source);
    if (list) list.push([edge.sourceHandle, edge.target]);
    else out.set(edge.source, [[edge.sourceHandle, edge.target]]);
  }

  const pausing = new Set<string>();
  for (const [id, node] of byId) {
    if (node.config !== undefined && node.definition.pauses?.(node.config)) pausing.add(id);
  }
  const graph: Graph = { byId, out, pausing };
  issues.push(...busyCycles(graph), ...reachability(graph, taken), ...windowWarnings(graph));
  return issues;
}

/** Strongly connected components of the non-pausing nodes (iterative Tarjan). */
function busyCycles({ byId, out, pausing }: Graph): ValidationIssue[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const issues: ValidationIssue[] = [];
  let counter = 0;
  const busyOut = new Map<string, string[]>();
  for (const [id, edges] of out) {
    if (!pausing.has(id)) busyOut.set(id, edges.map(([, t]) => t).filter((t) => !pausing.has(t)));
  }
  const successors = (id: string) => busyOut.get(id) ?? [];

  for (const start of byId.keys()) {
    if (index.has(start) || pausing.has(start)) continue;
    const work: Array<[string, number]> = [[start, 0]];
    while (work.length) {
      const frame = work[work.length - 1];
      const [id, childIndex] = frame;
      if (childIndex === 0) {
        index.set(id, counter);
        low.set(id, counter++);
        stack.push(id);
        onStack.add(id);
      }
      const next = successors(id);
      if (childIndex < next.length) {
        frame[1]++;
        const child = next[childIndex];
        if (!index.has(child)) work.push([child, 0]);
        else if (onStack.has(child)) low.set(id, Math.min(low.get(id)!, index.get(child)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent)!, low.get(id)!));
      }
      if (low.get(id) !== index.get(id)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== id);
      const selfLoop = component.length === 1 && (out.get(id) ?? []).some(([, t]) => t === id);
      if (component.length > 1 || selfLoop) {
        const names = component.reverse();
        for (const nodeId of names) {
          issues.push({
            severity: "error",
            nodeId,
            path: "",
            code: "cycle_without_wait",
            message: `These steps loop with nothing that waits (${names.join(" → ")}); add a Wait for reply or a Delay to the loop`,
          });
        }
      }
    }
  }
  return issues;
}

function reachability({ byId, out }: Graph, taken: Map<string, Set<string>>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  const queue = [...byId.values()].filter((n) => n.definition.isTrigger).map((n) => n.node.id);
  queue.forEach((id) => seen.add(id));
  while (queue.length) {
    for (const [, target] of out.get(queue.pop()!) ?? []) {
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  for (const [id, node] of byId) {
    if (!node.definition.hasInput && !node.definition.isTrigger) continue;
    if (!seen.has(id)) {
      issues.push({ severity: "warning", nodeId: id, path: "", code: "unreachable", message: "No trigger leads here, so this step never runs" });
    }
    for (const handle of node.outputs ?? []) {
      if ((handle.tone === "timeout" || handle.tone === "error") && !taken.get(id)?.has(handle.id)) {
        issues.push({
          severity: "warning",
          nodeId: id,
          path: `outputs.${handle.id}`,
          code: "unconnected_handle",
          message: `"${handle.label}" is not connected: when it happens the run just ends`,
        });
      }
    }
  }
  return issues;
}

/**
 * Forward pass over (node, window open?) states: a reply opens the window, a delay over
 * 24 hours closes it. A free-form message reached only with the window closed would be
 * refused by WhatsApp (or fall back to the template).
 */
function windowWarnings({ byId, out }: Graph): ValidationIssue[] {
  const openAt = new Set<string>();
  const closedAt = new Set<string>();
  const queue: Array<[string, boolean]> = [];
  const visit = (id: string, open: boolean) => {
    const set = open ? openAt : closedAt;
    if (!set.has(id)) {
      set.add(id);
      queue.push([id, open]);
    }
  };
  for (const [id, node] of byId) if (node.definition.isTrigger) visit(id, true);
  while (queue.length) {
    const [id, open] = queue.pop()!;
    const node = byId.get(id)!;
    const slept = node.config !== undefined ? node.definition.sleepsSeconds?.(node.config) ?? 0 : 0;
    const after = open && slept <= SECONDS_PER_DAY;
    const edges = out.get(id);
    if (!edges) continue;
    const replyHandles = new Set(node.outputs?.filter((o) => o.receivesReply).map((o) => o.id));
    for (const [handle, target] of edges) visit(target, after || replyHandles.has(handle));
  }
  const issues: ValidationIssue[] = [];
  for (const id of closedAt) {
    const node = byId.get(id)!;
    if (openAt.has(id) || node.config === undefined || !node.definition.sendsFreeForm?.(node.config)) continue;
    issues.push({
      severity: "warning",
      nodeId: id,
      path: "",
      code: "window_closed",
      message: "This message only comes after a delay of more than 24 hours with no reply in between: WhatsApp will refuse it unless it is a template",
    });
  }
  return issues;
}
