import type { ReactFlowInstance } from "@xyflow/react";
import { stepDefinition } from "@/lib/steps/registry";
import type { EditorEdge, EditorNode } from "@/lib/editor/editor-graph";

/** Below this, steps are no longer legible: a wider journey opens at its trigger instead. */
const READABLE_ZOOM = 0.55;

/** Fits the journey when it stays legible; otherwise opens at its trigger at a readable zoom. */
export function openView(flow: ReactFlowInstance<EditorNode, EditorEdge>, element: HTMLElement | null) {
  const nodes = flow.getNodes();
  if (!nodes.length) return void flow.setViewport({ x: 80, y: 80, zoom: 1 });
  const width = element?.clientWidth ?? 1000;
  const height = element?.clientHeight ?? 680;
  const xs = nodes.map((n) => n.position.x);
  const ys = nodes.map((n) => n.position.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs) + 280, Math.min(...ys), Math.max(...ys) + 180];
  const fit = Math.min(width / (maxX - minX), height / (maxY - minY)) * 0.9;
  if (fit >= READABLE_ZOOM) return void flow.fitView({ padding: 0.1, maxZoom: 1 });
  const zoom = Math.min(1, Math.max(READABLE_ZOOM, height / (maxY - minY)));
  const trigger = nodes.find((n) => stepDefinition(n.data.kind)?.isTrigger);
  const anchorY = trigger ? trigger.position.y + 60 : (minY + maxY) / 2;
  void flow.setViewport({ x: 40 - minX * zoom, y: height / 2 - anchorY * zoom, zoom });
}
