"use client";

import { memo, useEffect, useRef, type PointerEvent as ReactPointerEvent } from "react";
import { Panel, useReactFlow, useStore as useFlowStore } from "@xyflow/react";
import { useEditorStore } from "@/components/editor/editor-context";
import type { EditorNode } from "@/lib/editor/editor-graph";

const MAX_WIDTH = 200;
const MAX_HEIGHT = 140;
const FALLBACK = { width: 256, height: 150 };

type Box = { x: number; y: number; width: number; height: number };

/**
 * The journey in miniature, drawn on a <canvas>: React Flow's SVG minimap keeps one store
 * subscription per node, which at 2,000 nodes costs more per dragged frame than the drag.
 * Redrawn at most once a frame when nodes or the viewport change; click or drag on it to
 * move the view there.
 */
export const CanvasMiniMap = memo(function CanvasMiniMap() {
  const paneWidth = useFlowStore((s) => s.width);
  const paneHeight = useFlowStore((s) => s.height);
  // At most a third of the width and half the height: never more than a sixth of the canvas.
  const width = Math.floor(Math.min(MAX_WIDTH, paneWidth / 3));
  const height = Math.floor(Math.min(MAX_HEIGHT, paneHeight / 2, width * 0.7));
  if (width < 60 || height < 40) return null;
  return <MiniMapCanvas width={width} height={height} paneWidth={paneWidth} paneHeight={paneHeight} />;
});

function MiniMapCanvas({ width: WIDTH, height: HEIGHT, paneWidth, paneHeight }: { width: number; height: number; paneWidth: number; paneHeight: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const frame = useRef<{ scale: number; x: number; y: number } | null>(null);
  const store = useEditorStore();
  const flow = useReactFlow();
  const [tx, ty, zoom] = useFlowStore((s) => s.transform);

  useEffect(() => {
    let scheduled = 0;
    const draw = () => {
      scheduled = 0;
      const element = canvas.current;
      const context = element?.getContext("2d");
      if (!element || !context) return;
      const nodes = store.getState().nodes;
      const view: Box = { x: -tx / zoom, y: -ty / zoom, width: paneWidth / zoom, height: paneHeight / zoom };
      const bounds = union(nodes.map(box).concat(view));
      const scale = Math.min(WIDTH / bounds.width, HEIGHT / bounds.height);
      const offset = { x: (WIDTH - bounds.width * scale) / 2 - bounds.x * scale, y: (HEIGHT - bounds.height * scale) / 2 - bounds.y * scale };
      frame.current = { scale, ...offset };
      const ratio = window.devicePixelRatio || 1;
      if (element.width !== WIDTH * ratio || element.height !== HEIGHT * ratio) [element.width, element.height] = [WIDTH * ratio, HEIGHT * ratio];
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.clearRect(0, 0, WIDTH, HEIGHT);
      context.fillStyle = "rgb(241 245 249 / 0.7)";
      context.fillRect(0, 0, WIDTH, HEIGHT);
      context.clearRect(view.x * scale + offset.x, view.y * scale + offset.y, view.width * scale, view.height * scale);
      for (const node of nodes) {
        const b = box(node);
        context.fillStyle = node.type === "note" ? "#fcd34d" : node.selected ? "#10b981" : "#94a3b8";
        context.fillRect(b.x * scale + offset.x, b.y * scale + offset.y, Math.max(1, b.width * scale), Math.max(1, b.height * scale));
      }
      element.dataset.nodes = String(nodes.length);
    };
    const schedule = () => (scheduled ||= requestAnimationFrame(draw));
    schedule();
    const unsubscribe = store.subscribe((state, previous) => state.nodes !== previous.nodes && schedule());
    return () => {
      unsubscribe();
      cancelAnimationFrame(scheduled);
    };
  }, [store, tx, ty, zoom, paneWidth, paneHeight, WIDTH, HEIGHT]);

  const moveTo = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    const f = frame.current;
    if (!f || (event.type === "pointermove" && event.buttons !== 1)) return;
    const rect = event.currentTarget.getBoundingClientRect();
    const x = (event.clientX - rect.left - f.x) / f.scale;
    const y = (event.clientY - rect.top - f.y) / f.scale;
    void flow.setCenter(x, y, { zoom: flow.getZoom() });
  };

  return (
    <Panel position="bottom-right">
      <canvas
        ref={canvas}
        width={WIDTH}
        height={HEIGHT}
        style={{ width: WIDTH, height: HEIGHT }}
        aria-label="Mini map: click to move the view"
        data-testid="minimap"
        onPointerDown={(e) => (e.currentTarget.setPointerCapture(e.pointerId), moveTo(e))}
        onPointerMove={moveTo}
        className="cursor-pointer rounded-lg bg-white shadow-sm ring-1 ring-slate-200"
      />
    </Panel>
  );
}

function box(node: EditorNode): Box {
  return {
    x: node.position.x,
    y: node.position.y,
    width: node.measured?.width ?? node.initialWidth ?? FALLBACK.width,
    height: node.measured?.height ?? node.initialHeight ?? FALLBACK.height,
  };
}

function union(boxes: Box[]): Box {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    x1 = Math.min(x1, b.x);
    y1 = Math.min(y1, b.y);
    x2 = Math.max(x2, b.x + b.width);
    y2 = Math.max(y2, b.y + b.height);
  }
  return { x: x1, y: y1, width: Math.max(1, x2 - x1), height: Math.max(1, y2 - y1) };
}
