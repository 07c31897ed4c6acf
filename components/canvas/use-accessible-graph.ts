import { useMemo, useRef } from "react";
import { edgeAccessibleName, nodeAccessibleName } from "@/lib/editor/accessible-names";
import type { EditorEdge, EditorNode } from "@/lib/editor/editor-graph";

/**
 * The store's nodes and edges with the names a screen reader (and Playwright's getByRole)
 * finds them by. Names are derived, never stored in the document; an unchanged element
 * keeps its object, so React Flow re-renders only what changed.
 */
export function useAccessibleGraph(nodes: EditorNode[], edges: EditorEdge[]) {
  const nodeCache = useRef(new WeakMap<EditorNode, EditorNode>());
  const edgeCache = useRef(new Map<string, { from: EditorEdge; label: string; named: EditorEdge }>());

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
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const next = new Map<string, { from: EditorEdge; label: string; named: EditorEdge }>();
    const out = edges.map((edge) => {
      const label = edgeAccessibleName(edge, byId);
      const cached = edgeCache.current.get(edge.id);
      const entry = cached && cached.from === edge && cached.label === label ? cached : { from: edge, label, named: { ...edge, ariaLabel: label } };
      next.set(edge.id, entry);
      return entry.named;
    });
    edgeCache.current = next;
    return out;
  }, [nodes, edges]);
  return { nodes: named, edges: namedEdges };
}
