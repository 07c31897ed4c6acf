import type { JourneyDocument } from "./document-schema";

/**
 * Node ids in reading order: breadth-first from the triggers along the edges (in the
 * order of the document), then whatever no trigger reaches, in document order.
 */
export function flowOrder(document: Pick<JourneyDocument, "nodes" | "edges">, isTrigger: (type: string) => boolean): string[] {
  const next = new Map<string, string[]>();
  for (const edge of document.edges) {
    const list = next.get(edge.source);
    if (list) list.push(edge.target);
    else next.set(edge.source, [edge.target]);
  }
  const known = new Set(document.nodes.map((n) => n.id));
  const order: string[] = [];
  const seen = new Set<string>();
  const queue = document.nodes.filter((n) => isTrigger(n.type)).map((n) => n.id);
  for (const id of queue) seen.add(id);
  for (let i = 0; i < queue.length; i++) {
    order.push(queue[i]);
    for (const target of next.get(queue[i]) ?? []) {
      if (known.has(target) && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  for (const node of document.nodes) if (!seen.has(node.id)) order.push(node.id);
  return order;
}
