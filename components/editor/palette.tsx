"use client";

import { useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from "react";
import { useReactFlow } from "@xyflow/react";
import { Search } from "lucide-react";
import { Icon } from "@/components/ui/icon";
import { CATEGORY_STYLE } from "@/components/canvas/category-style";
import { bringIntoView, canvasElement } from "@/components/canvas/viewport";
import { freeSpot } from "@/lib/editor/free-spot";
import { matchingItems, PALETTE_CATEGORIES, type PaletteItem } from "@/lib/editor/palette-entries";
import { useEditorActions, useEditorStore } from "./editor-context";

type Entry = PaletteItem;

/** Where a dropped step's top-left lands relative to the pointer: it hangs from its title. */
const GRAB = { x: 128, y: 24 };

/**
 * Every step kind, grouped. Drag one onto the canvas (pointer events, so mouse, pen and
 * touch alike) or click it to add it in the middle of the view.
 */
export function Palette({ className = "" }: { className?: string }) {
  const [query, setQuery] = useState("");
  const [ghost, setGhost] = useState<{ entry: Entry; x: number; y: number } | null>(null);
  const press = useRef<{ entry: Entry; x: number; y: number; dragging: boolean } | null>(null);
  const justDropped = useRef(false);
  const flow = useReactFlow();
  const store = useEditorStore();
  const actions = useEditorActions();

  const groups = useMemo(() => {
    const matching = matchingItems(query);
    return PALETTE_CATEGORIES.map((c) => ({ ...c, entries: matching.filter((e) => e.category === c.id) })).filter((c) => c.entries.length);
  }, [query]);

  const add = (entry: Entry, flowPoint: { x: number; y: number }) => {
    // Never on top of another step (clicking twice, or dropping onto one): the first free spot near the point.
    const id = actions.addStep(entry.type, entry, freeSpot(store.getState().nodes, flowPoint));
    requestAnimationFrame(() => bringIntoView(flow, id));
  };

  const addAtCentre = (entry: Entry) => {
    const rect = canvasElement()?.getBoundingClientRect();
    if (!rect) return;
    const centre = flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
    add(entry, { x: centre.x - GRAB.x, y: centre.y - 60 });
  };

  const onPointerDown = (entry: Entry) => (event: ReactPointerEvent<HTMLButtonElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    press.current = { entry, x: event.clientX, y: event.clientY, dragging: false };
  };
  const onPointerMove = (event: ReactPointerEvent) => {
    const p = press.current;
    if (!p) return;
    if (!p.dragging && Math.hypot(event.clientX - p.x, event.clientY - p.y) < 5) return;
    p.dragging = true;
    setGhost({ entry: p.entry, x: event.clientX, y: event.clientY });
  };
  const onPointerUp = (event: ReactPointerEvent) => {
    const p = press.current;
    press.current = null;
    setGhost(null);
    if (!p?.dragging) return;
    justDropped.current = true;
    const rect = canvasElement()?.getBoundingClientRect();
    const inside = rect && event.clientX >= rect.left && event.clientX <= rect.right && event.clientY >= rect.top && event.clientY <= rect.bottom;
    if (!inside) return;
    const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    add(p.entry, { x: point.x - GRAB.x, y: point.y - GRAB.y });
  };

  return (
    <aside aria-label="Steps palette" className={`flex w-56 shrink-0 flex-col border-r border-slate-200 bg-white ${className}`}>
      <div className="border-b border-slate-100 p-3">
        <label className="flex items-center gap-2 rounded-lg bg-slate-100 px-2.5 py-1.5 text-sm text-slate-500 focus-within:ring-2 focus-within:ring-emerald-500">
          <Search className="size-4" />
          <input
            type="search"
            aria-label="Find a step"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="Find a step"
            className="w-full bg-transparent text-slate-900 outline-none placeholder:text-slate-400"
          />
        </label>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto px-2 pb-4">
        {groups.length === 0 && (
          <p role="status" className="px-2 pt-4 text-sm text-slate-500">
            No step matches “{query.trim()}”.
          </p>
        )}
        {groups.map((group) => (
          <section key={group.id} aria-label={group.label} className="mt-3">
            <h3 className="px-2 pb-1 text-[11px] font-semibold tracking-wide text-slate-400 uppercase">{group.label}</h3>
            <ul>
              {group.entries.map((entry) => (
                <li key={entry.key}>
                  <button
                    type="button"
                    title={entry.description}
                    data-palette={entry.key}
                    onPointerDown={onPointerDown(entry)}
                    onPointerMove={onPointerMove}
                    onPointerUp={onPointerUp}
                    onPointerCancel={() => ((press.current = null), setGhost(null))}
                    onClick={() => (justDropped.current ? (justDropped.current = false) : addAtCentre(entry))}
                    className="flex w-full touch-none items-center gap-2.5 rounded-lg px-2 py-1.5 text-left text-[13px] text-slate-700 select-none hover:bg-slate-100 active:cursor-grabbing"
                  >
                    <span className={`grid size-7 shrink-0 place-items-center rounded-md ring-1 ${CATEGORY_STYLE[entry.category]}`}>
                      <Icon name={entry.icon} className="size-3.5" />
                    </span>
                    <span className="truncate">{entry.label}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <p className="px-2 pt-4 text-[11px] leading-relaxed text-slate-400">Drag a step onto the canvas, or click it to add it in the middle of the view.</p>
      </div>
      {ghost && (
        <div
          className="pointer-events-none fixed z-50 flex w-64 items-center gap-2.5 rounded-xl bg-white/95 px-3 py-2.5 text-[13px] font-semibold text-slate-900 shadow-lg ring-2 ring-emerald-500"
          style={{ left: ghost.x - GRAB.x, top: ghost.y - GRAB.y }}
        >
          <span className={`grid size-7 place-items-center rounded-md ring-1 ${CATEGORY_STYLE[ghost.entry.category]}`}>
            <Icon name={ghost.entry.icon} className="size-3.5" />
          </span>
          {ghost.entry.label}
        </div>
      )}
    </aside>
  );
}

