"use client";

import { useMemo, useState } from "react";
import { Panel, useReactFlow } from "@xyflow/react";
import { ChevronDown, ChevronUp, Search } from "lucide-react";
import { useEditor, useEditorActions } from "@/components/editor/editor-context";
import { findSteps } from "@/lib/editor/find-steps";
import { centreOn } from "./viewport";

export const CANVAS_SEARCH_ID = "canvas-search";

/**
 * Find a step by its title, id, texts or URLs (Ctrl+F focuses it). Enter goes to the next
 * match, Shift+Enter to the previous: each is selected and centred on the canvas.
 */
export function CanvasSearch() {
  const [query, setQuery] = useState("");
  const [index, setIndex] = useState(0);
  // A string, so that moving or measuring nodes does not re-render the search box.
  const found = useEditor((s) => findSteps(s.nodes, query).join("\n"));
  const selected = useEditor((s) => s.nodes.find((n) => n.selected)?.id);
  const actions = useEditorActions();
  const flow = useReactFlow();
  const matches = useMemo(() => (found ? found.split("\n") : []), [found]);

  const go = (to: number) => {
    if (!matches.length) return;
    const next = (to + matches.length) % matches.length;
    setIndex(next);
    const id = matches[next];
    actions.select(id);
    centreOn(flow, id);
  };

  const shown = query.trim() ? (matches.length ? `${Math.min(index, matches.length - 1) + 1} of ${matches.length}` : "No match") : "";
  return (
    <Panel position="top-left" className="!m-3">
      <div role="search" className="flex items-center gap-1 rounded-lg bg-white py-1 pr-1 pl-2.5 text-sm shadow-sm ring-1 ring-slate-200 focus-within:ring-2 focus-within:ring-emerald-500">
        <Search className="size-3.5 shrink-0 text-slate-400" />
        <input
          id={CANVAS_SEARCH_ID}
          type="search"
          aria-label="Find on canvas"
          placeholder="Find a step (Ctrl+F)"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setIndex(0);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              go(e.shiftKey ? index - 1 : matches[index] && selected === matches[index] ? index + 1 : index);
            } else if (e.key === "Escape") {
              setQuery("");
              e.currentTarget.blur();
            }
          }}
          className="w-44 bg-transparent text-[13px] text-slate-900 outline-none placeholder:text-slate-400"
        />
        <span role="status" className={`min-w-12 text-right text-[11px] tabular-nums ${matches.length || !query.trim() ? "text-slate-500" : "text-rose-600"}`}>
          {shown}
        </span>
        <button type="button" aria-label="Previous match" disabled={!matches.length} onClick={() => go(index - 1)} className="rounded p-0.5 text-slate-500 hover:bg-slate-100 disabled:opacity-40">
          <ChevronUp className="size-3.5" />
        </button>
        <button type="button" aria-label="Next match" disabled={!matches.length} onClick={() => go(index + 1)} className="rounded p-0.5 text-slate-500 hover:bg-slate-100 disabled:opacity-40">
          <ChevronDown className="size-3.5" />
        </button>
      </div>
    </Panel>
  );
}
