import { getNodesBounds, getViewportForBounds, type ReactFlowInstance } from "@xyflow/react";
import { stepDefinition } from "@/lib/steps/registry";
import type { EditorEdge, EditorNode } from "@/lib/editor/editor-graph";

type Flow = ReactFlowInstance<EditorNode, EditorEdge>;

/** Below this, steps are no longer legible: a wider journey opens at its trigger instead. */
const READABLE_ZOOM = 0.7;

/** The canvas element, for sizes and for telling whether a drop landed on it. */
export function canvasElement(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-testid="journey-canvas"]');
}

/**
 * Every node in view. React Flow's own fitView waits until every node has been measured,
 * which nodes off screen since load never are (they carry an estimated size instead), so
 * the bounds are computed here from measured-or-estimated sizes.
 */
export function fitAll(flow: Pick<ReactFlowInstance, "getNodes" | "setViewport">, options: { duration?: number; maxZoom?: number } = {}) {
  const nodes = flow.getNodes();
  const element = canvasElement();
  if (!nodes.length || !element) return;
  const viewport = getViewportForBounds(getNodesBounds(nodes), element.clientWidth, element.clientHeight, 0.1, options.maxZoom ?? 1.5, 0.1);
  void flow.setViewport(viewport, { duration: options.duration });
}

/** Centres a node at a readable zoom: where the problems list, the change list and find take the user. */
export function centreOn(flow: Pick<ReactFlowInstance, "getNode" | "getZoom" | "setCenter">, nodeId: string) {
  const node = flow.getNode(nodeId);
  if (!node) return;
  const width = node.measured?.width ?? 256;
  const height = node.measured?.height ?? 150;
  void flow.setCenter(node.position.x + width / 2, node.position.y + height / 2, { zoom: Math.max(flow.getZoom(), 0.8), duration: 250 });
}

/** Pans (keeping the zoom) so that a node is in view, when it is not already. */
export function bringIntoView(flow: Pick<ReactFlowInstance, "getNode" | "getViewport" | "setCenter">, nodeId: string) {
  const node = flow.getNode(nodeId);
  const element = canvasElement();
  if (!node || !element) return;
  const { x, y, zoom } = flow.getViewport();
  const width = node.measured?.width ?? node.width ?? 256;
  const height = node.measured?.height ?? node.height ?? 150;
  const [left, top] = [node.position.x * zoom + x, node.position.y * zoom + y];
  const [right, bottom] = [left + width * zoom, top + height * zoom];
  // Room on the right for the + of its outputs, which sits beside the step.
  const inside = left >= 0 && top >= 0 && right + 48 <= element.clientWidth && bottom <= element.clientHeight;
  // The mini map sits over the canvas's corner: a step under it is not in view either.
  const map = element.querySelector(".react-flow__minimap")?.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  const underMap = map && map.width > 0 && right > map.left - box.left && bottom > map.top - box.top && left < map.right - box.left && top < map.bottom - box.top;
  if (!inside || underMap) void flow.setCenter(node.position.x + width / 2, node.position.y + height / 2, { zoom, duration: 300 });
}

/** Fits the journey when it stays legible; otherwise opens at its trigger at a readable zoom. */
export function openView(flow: Flow) {
  const nodes = flow.getNodes();
  if (!nodes.length) return void flow.setViewport({ x: 80, y: 80, zoom: 1 });
  const element = canvasElement();
  const width = element?.clientWidth ?? 1000;
  const height = element?.clientHeight ?? 680;
  const xs = nodes.map((n) => n.position.x);
  const ys = nodes.map((n) => n.position.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs) + 280, Math.min(...ys), Math.max(...ys) + 180];
  const fit = Math.min(width / (maxX - minX), height / (maxY - minY)) * 0.9;
  if (fit >= READABLE_ZOOM) return fitAll(flow, { maxZoom: 1 });
  const zoom = Math.min(1, Math.max(READABLE_ZOOM, height / (maxY - minY)));
  const trigger = nodes.find((n) => stepDefinition(n.data.kind)?.isTrigger);
  const anchorY = trigger ? trigger.position.y + 60 : (minY + maxY) / 2;
  void flow.setViewport({ x: 40 - minX * zoom, y: height / 2 - anchorY * zoom, zoom });
}
