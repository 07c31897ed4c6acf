import { useMemo, useRef } from "react";
import { edgeAccessibleName, nodeAccessibleName } from "@/lib/editor/accessible-names";
import type { EditorEdge, EditorNode } from "@/lib/editor/editor-graph";

type NamedEdges = { edges: EditorEdge[]; data: Map<string, EditorNode["data"]>; out: EditorEdge[] };

/**
 * The store's nodes and edges with the names a screen reader (and Playwright's getByRole)
 * finds them by. Names are derived, never stored in the document; an unchanged element
 * keeps its object, so React Flow re-renders only what changed. A drag moves nodes but
 * changes no name: edges are renamed only when edges or some node's data changed.
 */
export function useAccessibleGraph(nodes: EditorNode[], edges: EditorEdge[]) {
  const nodeCache = useRef(new WeakMap<EditorNode, EditorNode>());
  const edgeCache = useRef<NamedEdges | null>(null);

  const named = useMemo(
    () =>
      nodes.map((node) => {
        let out = nodeCache.current.get(node);
        if (!out) nodeCache.current.set(node, (out = { ...node, ariaLabel: nodeAccessibleName(node) }));
        return out;
      }),
    [nodes],
  );

  const namedEdges = useMemo(() => {
    const previous = edgeCache.current;
    const sameData = previous !== null && previous.data.size === nodes.length && nodes.every((n) => previous.data.get(n.id) === n.data);
    if (previous && sameData && previous.edges === edges) return previous.out;
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const reuse = new Map((previous?.out ?? []).map((e) => [e.id, e]));
    const out = edges.map((edge) => {
      const label = edgeAccessibleName(edge, byId);
      const cached = reuse.get(edge.id);
      return cached && cached.ariaLabel === label && sameEdge(cached, edge) ? cached : { ...edge, ariaLabel: label };
    });
    edgeCache.current = { edges, data: new Map(nodes.map((n) => [n.id, n.data])), out };
    return out;
  }, [nodes, edges]);

  return { nodes: named, edges: namedEdges };
}

/** The named copy still stands for this edge: same object underneath, or same fields. */
function sameEdge(named: EditorEdge, edge: EditorEdge) {
  return named.source === edge.source && named.target === edge.target && named.sourceHandle === edge.sourceHandle && named.selected === edge.selected && named.data === edge.data;
}
