"use client";

import { useState } from "react";
import { SaveTestButton } from "../tests/save-test-button";
import { Play, RotateCcw, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useEditor, useEditorStore } from "@/components/editor/editor-context";
import { flowJsonOf, isStartable } from "@/lib/preview/simulator-steps";
import type { FlowOpener, ListPicker } from "./business-message";
import { ChatThread } from "./chat-thread";
import { Composer } from "./composer";
import { FlowSheet } from "./flow-sheet";
import { ListSheet } from "./list-sheet";
import { usePreview } from "./preview-context";
import { TimerBar } from "./timer-bar";
import { AgentBar } from "./agent-bar";
import { usePaneWidth } from "./use-pane-width";
import type { Simulator } from "./use-simulator";

const STATUS: Record<string, { label: string; tone: string }> = {
  running: { label: "Running", tone: "bg-sky-100 text-sky-800" },
  waiting: { label: "Waiting for a reply", tone: "bg-emerald-100 text-emerald-800" },
  sleeping: { label: "In a delay", tone: "bg-amber-100 text-amber-800" },
  completed: { label: "Ended", tone: "bg-slate-200 text-slate-700" },
  failed: { label: "Failed", tone: "bg-rose-100 text-rose-800" },
};

type Sheet = { type: "list"; list: ListPicker } | { type: "flow"; flow: FlowOpener; nodeId: string } | null;

/** The simulator: a phone chatting with the draft, with its run controls above it. */
export function SimulatorPane({ simulator, onTestSaved }: { simulator: Simulator; onTestSaved(): void }) {
  const store = useEditorStore();
  const name = useEditor((s) => s.meta.name);
  const selected = useEditor((s) => {
    const picked = s.nodes.filter((n) => n.selected && n.type === "step");
    return picked.length === 1 ? picked[0].id : null;
  });
  const status = usePreview((s) => s.snapshot?.run?.status ?? null);
  const hasApiTrigger = useEditor((s) => s.nodes.some((n) => isStartable(n.data.kind)));
  const [sheet, setSheet] = useState<Sheet>(null);
  const { width, separator } = usePaneWidth();

  const flowJson = (nodeId: string) => {
    const node = store.getState().nodes.find((n) => n.id === nodeId);
    return node && flowJsonOf({ id: node.id, type: node.data.kind, position: node.position, data: node.data.config as Record<string, unknown> });
  };
  const shown = status ? STATUS[status] : { label: "Not started", tone: "bg-slate-100 text-slate-600" };

  return (
    <section aria-label="Preview" className="relative flex shrink-0 flex-col border-l border-slate-200 bg-slate-100" style={{ width }}>
      <div {...separator} className="absolute inset-y-0 -left-1 z-10 w-2 cursor-col-resize touch-none hover:bg-emerald-500/30 focus-visible:bg-emerald-500/40 focus-visible:outline-none" />
      {/* A container: on a narrow pane the buttons keep their icons and names, and drop their words. */}
      <div className="@container flex h-11 shrink-0 items-center gap-1.5 overflow-hidden border-b border-slate-200 bg-white px-2">
        <span className="pl-1 text-[13px] font-semibold text-slate-900">Preview</span>
        <span className={`min-w-0 truncate rounded-full px-2 py-0.5 text-[11px] font-medium whitespace-nowrap ${shown.tone}`} data-testid="preview-status">{shown.label}</span>
        <div className="ml-auto flex shrink-0 items-center">
          {(selected || hasApiTrigger) && (
            <Button
              size="sm"
              variant="ghost"
              onClick={() => void simulator.start(selected ?? undefined)}
              title={selected ? `Start the run at step "${selected}"` : "Start as an API call would"}
              aria-label={selected ? "Start here" : "Start"}
            >
              <Play className="size-3.5" /> <span className="hidden @[26rem]:inline">{selected ? "Start here" : "Start"}</span>
            </Button>
          )}
          <SaveTestButton onSaved={onTestSaved} />
          <Button size="sm" variant="ghost" onClick={() => void simulator.restart()} title="Clear the chat and start over" aria-label="Restart">
            <RotateCcw className="size-3.5" /> <span className="hidden @[22rem]:inline">Restart</span>
          </Button>
          <Button size="sm" variant="ghost" aria-label="Close preview" onClick={simulator.close}>
            <X className="size-4" />
          </Button>
        </div>
      </div>
      <TimerBar onSkip={() => void simulator.skipWait()} />
      <div className="min-h-0 flex-1 p-3">
        <div className="relative flex h-full flex-col overflow-hidden rounded-[1.75rem] border-[6px] border-slate-900 bg-[#efeae2] shadow-xl">
          <ChatThread
            business={name}
            onReply={simulator.send}
            onOpenList={(list) => setSheet({ type: "list", list })}
            onOpenFlow={(flow, nodeId) => setSheet({ type: "flow", flow, nodeId })}
          />
          <AgentBar onSay={simulator.agentSay} onHandBack={simulator.handBack} />
          <Composer onSend={simulator.send} />
          {sheet?.type === "list" && <ListSheet list={sheet.list} onClose={() => setSheet(null)} onReply={simulator.send} />}
          {sheet?.type === "flow" && <FlowSheet flow={sheet.flow} flowJson={flowJson(sheet.nodeId)} onClose={() => setSheet(null)} onReply={simulator.send} />}
        </div>
      </div>
    </section>
  );
}
