"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { Search } from "lucide-react";
import { Icon } from "@/components/ui/icon";
import { matchingItems, PALETTE_ITEMS, type PaletteItem } from "@/lib/editor/palette-entries";
import { stepDefinition } from "@/lib/steps/registry";
import { CATEGORY_STYLE } from "./category-style";

// What can follow an output: steps with an input (no triggers, no notes).
const FOLLOWERS = PALETTE_ITEMS.filter((item) => stepDefinition(item.type)?.hasInput);

/**
 * A searchable list of steps at a point on the canvas; picking one adds it connected to
 * the output it was opened from. Enter picks the highlighted step, arrows move, Escape or
 * a click elsewhere closes it.
 */
export function StepPicker({ at, label, onPick, onClose }: { at: { x: number; y: number }; label: string; onPick(item: PaletteItem): void; onClose(): void }) {
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const items = useMemo(() => matchingItems(query, FOLLOWERS), [query]);
  const current = Math.min(active, items.length - 1);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener("pointerdown", onPointerDown, true);
    return () => document.removeEventListener("pointerdown", onPointerDown, true);
  }, [onClose]);

  // Kept on screen: opened near the right or bottom edge, it grows the other way.
  const style = {
    left: Math.max(8, Math.min(at.x, window.innerWidth - 296)),
    top: Math.max(8, Math.min(at.y, window.innerHeight - 368)),
  };

  return (
    <div
      ref={root}
      role="dialog"
      aria-label={label}
      className="fixed z-50 flex max-h-[22rem] w-72 flex-col overflow-hidden rounded-xl bg-white shadow-xl ring-1 ring-slate-900/10"
      style={style}
      onKeyDown={(event) => {
        if (event.key === "Escape") onClose();
        else if (event.key === "ArrowDown") setActive((i) => Math.min(i + 1, items.length - 1));
        else if (event.key === "ArrowUp") setActive((i) => Math.max(i - 1, 0));
        else if (event.key === "Enter" && items[current]) onPick(items[current]);
        else return;
        event.preventDefault();
        event.stopPropagation();
      }}
    >
      <label className="flex items-center gap-2 border-b border-slate-100 px-3 py-2 text-sm text-slate-400">
        <Search className="size-4" />
        <input
          autoFocus
          aria-label="Search steps"
          value={query}
          onChange={(e) => (setQuery(e.target.value), setActive(0))}
          placeholder="Add a step…"
          className="w-full bg-transparent text-slate-900 outline-none placeholder:text-slate-400"
        />
      </label>
      <ul role="listbox" aria-label="Steps" className="min-h-0 flex-1 overflow-y-auto p-1">
        {items.length === 0 && (
          <li role="status" className="px-3 py-3 text-sm text-slate-500">
            No step matches “{query.trim()}”.
          </li>
        )}
        {items.map((item, i) => (
          <li key={item.key} role="option" aria-selected={i === current}>
            <button
              type="button"
              tabIndex={-1}
              onMouseEnter={() => setActive(i)}
              onClick={() => onPick(item)}
              className={`flex w-full items-center gap-2.5 rounded-lg px-2 py-1.5 text-left text-[13px] text-slate-700 ${i === current ? "bg-emerald-50 text-slate-900" : ""}`}
            >
              <span className={`grid size-7 shrink-0 place-items-center rounded-md ring-1 ${CATEGORY_STYLE[item.category]}`}>
                <Icon name={item.icon} className="size-3.5" />
              </span>
              <span className="min-w-0">
                <span className="block truncate">{item.label}</span>
                <span className="block truncate text-[11px] text-slate-400">{item.description}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
