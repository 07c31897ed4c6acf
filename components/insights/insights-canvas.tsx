"use client";

import { useMemo } from "react";
import { Background, BackgroundVariant, Controls, ReactFlow } from "@xyflow/react";
import { toGraph, type EditorEdge, type EditorNode } from "@/lib/editor/editor-graph";
import type { JourneyDocument } from "@/lib/journey/document-schema";
import { NoteNode } from "@/components/canvas/note-node";
import { InsightEdge } from "./insight-edge";
import { InsightNode } from "./insight-node";

const nodeTypes = { step: InsightNode, note: NoteNode };
const edgeTypes = { tone: InsightEdge };

/** The published version as it was drawn, read-only, with Insights' figures on it. */
export function InsightsCanvas({ document, selected, onSelect }: { document: JourneyDocument; selected: string | null; onSelect(nodeId: string | null): void }) {
  const graph = useMemo(() => toGraph(document), [document]);
  const nodes = useMemo(() => graph.nodes.map((n) => ({ ...n, selected: n.id === selected })), [graph, selected]);
  return (
    <div className="relative h-full bg-slate-50" data-testid="insights-canvas">
      <ReactFlow<EditorNode, EditorEdge>
        nodes={nodes}
        edges={graph.edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        edgesFocusable={false}
        deleteKeyCode={null}
        onNodeClick={(_, node) => node.type === "step" && onSelect(node.id)}
        onPaneClick={() => onSelect(null)}
        fitView
        fitViewOptions={{ padding: 0.08, maxZoom: 1 }}
        minZoom={0.1}
        maxZoom={1.5}
        proOptions={{ hideAttribution: true }}
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} color="#c7d2fe" />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
