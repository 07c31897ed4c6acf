"use client";

import { useViewer } from "@/components/viewer-context";
import { useCallback, useState } from "react";
import { Map as MapIcon, Maximize } from "lucide-react";
import { isBoolean, useStoredState } from "@/components/ui/use-stored-state";
import {
  Background,
  BackgroundVariant,
  ControlButton,
  Controls,
  ReactFlow,
  useReactFlow,
  type Connection,
  type Edge,
  type IsValidConnection,
  type OnConnectEnd,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useEditor, useEditorStore } from "@/components/editor/editor-context";
import { connectionProblem } from "@/lib/editor/graph-edits";
import type { EditorEdge, EditorNode } from "@/lib/editor/editor-graph";
import { CanvasMiniMap } from "./canvas-minimap";
import { CanvasSearch } from "./canvas-search";
import { bringIntoView, fitAll, openView } from "./viewport";
import { NoteNode } from "./note-node";
import { StepNode } from "./step-node";
import { ToneEdge } from "./tone-edge";
import { StepPicker } from "./step-picker";
import { besideParent, freeSpot } from "@/lib/editor/free-spot";
import { StepPickerContext, type PickerRequest } from "./step-picker-context";
import { describeEditorNode, outputLabel } from "@/lib/editor/accessible-names";
import type { PaletteItem } from "@/lib/editor/palette-entries";
import { useAccessibleGraph } from "./use-accessible-graph";

// Module scope, so React Flow never sees a new object and re-mounts every node.
const nodeTypes = { step: StepNode, note: NoteNode };
const edgeTypes = { tone: ToneEdge };

/** The editable journey: React Flow drawing the store's nodes and edges. */
export function EditorCanvas() {
  const store = useEditorStore();
  const { nodes, edges } = useAccessibleGraph(useEditor((s) => s.nodes), useEditor((s) => s.edges));
  const actions = useEditor((s) => s.actions);
  const { canEditJourneys } = useViewer();
  const flow = useReactFlow<EditorNode, EditorEdge>();

  // A handle takes one edge, a trigger takes none: refused while dragging, not after.
  const isValidConnection: IsValidConnection<EditorEdge> = useCallback(
    (connection: Connection | Edge) => connectionProblem(store.getState(), connection) === null,
    [store],
  );
  const [miniMap, setMiniMap] = useStoredState("journey-studio:minimap", true, isBoolean);
  const [picker, setPicker] = useState<PickerRequest | null>(null);
  // Escape (or a click away) gives the focus back to where the picker was opened from.
  const closePicker = useCallback(() => {
    setPicker((open) => {
      const back = open?.returnFocus?.isConnected ? open.returnFocus : open && document.querySelector<HTMLElement>(`[data-id="${CSS.escape(open.source)}"]`);
      if (back) requestAnimationFrame(() => back.focus({ preventScroll: true }));
      return null;
    });
  }, []);
  // A connection dropped on empty canvas asks what should come next, there (n8n's habit).
  const onConnectEnd: OnConnectEnd = useCallback((event, state) => {
    if (state.isValid || state.fromHandle?.type !== "source" || !state.fromNode || !state.fromHandle.id) return;
    if (!(event.target instanceof Element) || !event.target.classList.contains("react-flow__pane")) return;
    const point = "changedTouches" in event ? event.changedTouches[0] : event;
    setPicker({ source: state.fromNode.id, sourceHandle: state.fromHandle.id, screen: { x: point.clientX, y: point.clientY } });
  }, []);
  const pick = (item: PaletteItem) => {
    if (!picker) return;
    // Beside its parent, in the first free spot; a connection dropped on the canvas, where it was dropped.
    const nodes = store.getState().nodes;
    const parent = nodes.find((n) => n.id === picker.source);
    const want = picker.returnFocus && parent ? besideParent(parent) : flow.screenToFlowPosition(picker.screen);
    const id = actions.addConnectedStep(picker, item.type, item, freeSpot(nodes, want));
    setPicker(null);
    requestAnimationFrame(() => {
      bringIntoView(flow, id);
      document.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`)?.focus({ preventScroll: true });
    });
  };
  const pickerLabel = (request: PickerRequest) => {
    const source = store.getState().nodes.find((n) => n.id === request.source);
    return `Add a step after ${outputLabel(source, request.sourceHandle)} of ${source ? describeEditorNode(source).name : request.source}`;
  };
  const onNodeDragStart = useCallback(() => actions.beginDrag(), [actions]);
  const onNodeDragStop = useCallback((_: unknown, __: unknown, dragged: EditorNode[]) => actions.endDrag(dragged.length), [actions]);

  return (
    <StepPickerContext.Provider value={setPicker}>
      <div className="relative h-full bg-slate-50" data-testid="journey-canvas">
        <ReactFlow<EditorNode, EditorEdge>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={actions.onNodesChange}
          onEdgesChange={actions.onEdgesChange}
          onConnect={actions.connect}
          onConnectEnd={onConnectEnd}
          isValidConnection={isValidConnection}
          onNodeDragStart={onNodeDragStart}
          onNodeDragStop={onNodeDragStop}
          onInit={openView}
          nodesDraggable={canEditJourneys}
          nodesConnectable={canEditJourneys}
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
          <CanvasSearch />
          {miniMap && <CanvasMiniMap />}
          <Controls showInteractive={false} showFitView={false}>
            <ControlButton onClick={() => fitAll(flow, { duration: 200 })} title="Fit view" aria-label="Fit view">
              <Maximize />
            </ControlButton>
            <ControlButton className="[&_svg]:!fill-none [&_svg]:stroke-current" onClick={() => setMiniMap(!miniMap)} title={miniMap ? "Hide the mini map" : "Show the mini map"} aria-label="Mini map" aria-pressed={miniMap}>
              <MapIcon />
            </ControlButton>
          </Controls>
        </ReactFlow>
        {picker && <StepPicker at={picker.screen} label={pickerLabel(picker)} onPick={pick} onClose={closePicker} />}
      </div>
    </StepPickerContext.Provider>
  );
}
