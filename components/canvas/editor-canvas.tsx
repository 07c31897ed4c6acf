"use client";

import { useCallback } from "react";
import { Maximize } from "lucide-react";
import { Background, BackgroundVariant, ControlButton, Controls, ReactFlow, useReactFlow, type Connection, type Edge, type IsValidConnection } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useEditor, useEditorStore } from "@/components/editor/editor-context";
import { connectionProblem } from "@/lib/editor/graph-edits";
import type { EditorEdge, EditorNode } from "@/lib/editor/editor-graph";
import { CanvasMiniMap } from "./canvas-minimap";
import { fitAll, openView } from "./viewport";
import { NoteNode } from "./note-node";
import { StepNode } from "./step-node";
import { ToneEdge } from "./tone-edge";

// Module scope, so React Flow never sees a new object and re-mounts every node.
const nodeTypes = { step: StepNode, note: NoteNode };
const edgeTypes = { tone: ToneEdge };

/** The editable journey: React Flow drawing the store's nodes and edges. */
export function EditorCanvas() {
  const store = useEditorStore();
  const nodes = useEditor((s) => s.nodes);
  const edges = useEditor((s) => s.edges);
  const actions = useEditor((s) => s.actions);
  const flow = useReactFlow<EditorNode, EditorEdge>();

  // A handle takes one edge, a trigger takes none: refused while dragging, not after.
  const isValidConnection: IsValidConnection<EditorEdge> = useCallback(
    (connection: Connection | Edge) => connectionProblem(store.getState(), connection) === null,
    [store],
  );
  const onNodeDragStart = useCallback(() => actions.beginDrag(), [actions]);
  const onNodeDragStop = useCallback((_: unknown, __: unknown, dragged: EditorNode[]) => actions.endDrag(dragged.length), [actions]);

  return (
    <div className="relative h-full bg-slate-50" data-testid="journey-canvas">
      <ReactFlow<EditorNode, EditorEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={actions.onNodesChange}
        onEdgesChange={actions.onEdgesChange}
        onConnect={actions.connect}
        isValidConnection={isValidConnection}
        onNodeDragStart={onNodeDragStart}
        onNodeDragStop={onNodeDragStop}
        onInit={openView}
        // Deleting goes through the store (one undoable step), see use-editor-shortcuts.
        deleteKeyCode={null}
        multiSelectionKeyCode={["Meta", "Control", "Shift"]}
        // Large journeys: only what is in view is in the DOM, so panning repaints a screenful.
        onlyRenderVisibleElements
        minZoom={0.1}
        maxZoom={1.5}
        proOptions={{ hideAttribution: true }}
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.2} color="#cbd5e1" />
        <CanvasMiniMap />
        <Controls showInteractive={false} showFitView={false}>
          <ControlButton onClick={() => fitAll(flow, { duration: 200 })} title="Fit view" aria-label="Fit view">
            <Maximize />
          </ControlButton>
        </Controls>
      </ReactFlow>
    </div>
  );
}
