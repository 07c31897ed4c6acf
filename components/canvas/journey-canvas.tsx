"use client";

import { useEffect, useMemo } from "react";
import { Background, BackgroundVariant, Controls, MiniMap, ReactFlow, useNodesState, type Edge, type ReactFlowInstance } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import type { NodeDescription } from "@/lib/journey/describe-node";
import type { JourneyDocument } from "@/lib/journey/document-schema";
import type { ValidationIssue } from "@/lib/journey/validation-issue";
import { NoteNode, type NoteNodeType } from "./note-node";
import { StepNode, type StepNodeType } from "./step-node";

// Module scope, so React Flow never sees a new object and re-mounts every node.
const nodeTypes = { step: StepNode, note: NoteNode };

/** Below this, steps are no longer legible: a wider journey opens at its trigger instead. */
const READABLE_ZOOM = 0.55;

const EDGE_COLOR: Record<string, string> = { error: "#f43f5e", timeout: "#f59e0b" };

/** The journey drawn from its document; every node's look comes from the step registry. */
export function JourneyCanvas({ document, steps, issues }: { document: JourneyDocument; steps: NodeDescription[]; issues: ValidationIssue[] }) {
  const { nodes: derived, edges } = useMemo(() => {
    const byId = new Map(steps.map((s) => [s.id, s]));
    const nodes: Array<StepNodeType | NoteNodeType> = document.nodes.map((node) => {
      if (node.type === "note") {
        return { id: node.id, type: "note", position: node.position, data: { text: String(node.data.text ?? ""), color: String(node.data.color ?? "yellow") } };
      }
      const own = issues.filter((i) => i.nodeId === node.id);
      return {
        id: node.id,
        type: "step",
        position: node.position,
        data: { step: byId.get(node.id)!, errors: own.filter((i) => i.severity === "error").length, warnings: own.filter((i) => i.severity === "warning").length },
      };
    });
    const edges: Edge[] = document.edges.map((edge) => {
      const tone = byId.get(edge.source)?.outputs.find((o) => o.id === edge.sourceHandle)?.tone ?? "default";
      return {
        id: edge.id,
        source: edge.source,
        sourceHandle: edge.sourceHandle,
        target: edge.target,
        type: "smoothstep",
        style: { stroke: EDGE_COLOR[tone] ?? "#94a3b8", strokeWidth: 1.5 },
      };
    });
    return { nodes, edges };
  }, [document, steps, issues]);
  // Applying React Flow's own changes (measured sizes) is what lets the minimap draw nodes.
  const [nodes, setNodes, onNodesChange] = useNodesState(derived);
  useEffect(() => setNodes(derived), [derived, setNodes]);

  const openView = (flow: ReactFlowInstance<StepNodeType | NoteNodeType>) => {
    const element = window.document.querySelector<HTMLElement>('[data-testid="journey-canvas"]');
    const width = element?.clientWidth ?? 1000;
    const height = element?.clientHeight ?? 680;
    const xs = document.nodes.map((n) => n.position.x);
    const ys = document.nodes.map((n) => n.position.y);
    if (!xs.length) return;
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs) + 280, Math.min(...ys), Math.max(...ys) + 180];
    const fit = Math.min(width / (maxX - minX), height / (maxY - minY)) * 0.9;
    if (fit >= READABLE_ZOOM) return void flow.fitView({ padding: 0.1, maxZoom: 1 });
    const zoom = Math.min(1, Math.max(READABLE_ZOOM, height / (maxY - minY)));
    const triggers = document.nodes.filter((n) => steps.find((s) => s.id === n.id)?.category === "triggers");
    const anchorY = triggers.length ? triggers[0].position.y + 60 : (minY + maxY) / 2;
    void flow.setViewport({ x: 40 - minX * zoom, y: height / 2 - anchorY * zoom, zoom });
  };

  return (
    <div className="h-[680px] overflow-hidden rounded-xl bg-slate-50 ring-1 ring-slate-200" data-testid="journey-canvas">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        nodeTypes={nodeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        onInit={openView}
        // Large journeys: only what is in view is in the DOM, so panning repaints a screenful.
        onlyRenderVisibleElements
        minZoom={0.1}
        proOptions={{ hideAttribution: true }}
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} color="#cbd5e1" />
        <MiniMap pannable zoomable className="!rounded-lg !ring-1 !ring-slate-200" nodeColor={(n) => (n.type === "note" ? "#fcd34d" : "#94a3b8")} nodeBorderRadius={6} maskColor="rgb(241 245 249 / 0.7)" />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
