"use client";

import { useRef, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useReactFlow } from "@xyflow/react";
import { fitAll } from "@/components/canvas/viewport";
import { BarChart3, ChevronLeft, Download, Keyboard, MessageCircle, Network, Redo2, Rocket, Undo2, Upload } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ImportFailureDialog, type ImportFailure } from "@/components/journeys/import-failure-dialog";
import { ActiveSwitch } from "@/components/journeys/active-switch";
import { useViewer } from "@/components/viewer-context";
import { Dialog } from "@/components/ui/dialog";
import { editorDocument } from "@/lib/editor/editor-store";
import { describeDiff, hasChanges } from "@/lib/journey/diff-journeys";
import type { JourneyDocument } from "@/lib/journey/document-schema";
import { parseJourneyDocument } from "@/lib/journey/parse-document";
import { journeysApi } from "@/lib/client/journeys-api";
import type { JourneyRecord } from "@/lib/journeys/api-schemas";
import { exportFileName } from "@/lib/journeys/export-file-name";
import { useEditor, useEditorStore } from "./editor-context";
import { ChangesDialog } from "./changes-dialog";
import { SaveIndicator } from "./save-indicator";
import { useLiveDiff } from "./use-live-diff";
import type { useAutosave } from "./use-autosave";

type Props = {
  journey: JourneyRecord;
  autosave: ReturnType<typeof useAutosave>;
  onLayout(): void;
  onHelp(): void;
  previewing: boolean;
  onPreview(): void;
  onShowStep(nodeId: string): void;
  insights: boolean;
  onInsights(): void;
};

type PendingImport = { document: JourneyDocument; fileName: string };

/** Name, save state, history, layout, import/export and the publish gate. */
export function EditorHeader({ journey, autosave, onLayout, onHelp, previewing, onPreview, onShowStep, insights, onInsights }: Props) {
  const router = useRouter();
  const flow = useReactFlow();
  const store = useEditorStore();
  const name = useEditor((s) => s.meta.name);
  const errors = useEditor((s) => s.issues.reduce((n, i) => n + (i.severity === "error" ? 1 : 0), 0));
  const undoLabel = useEditor((s) => s.history.past.at(-1)?.label);
  const redoLabel = useEditor((s) => s.history.future[0]?.label);
  const actions = useEditor((s) => s.actions);
  const viewer = useViewer();
  const file = useRef<HTMLInputElement>(null);
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  const [pendingImport, setPendingImport] = useState<PendingImport | null>(null);
  const [showChanges, setShowChanges] = useState(false);
  const diff = useLiveDiff(journey.id, journey.publishedVersion);
  const changed = diff !== null && hasChanges(diff);
  const stepCount = useEditor((s) => s.nodes.length);

  const publish = useMutation({
    mutationFn: async () => {
      if (!(await autosave.flush())) throw new Error("The draft is not saved yet; resolve the save problem first");
      return journeysApi.publish(journey.id, autosave.basedOn());
    },
    onSuccess: () => router.refresh(),
  });
  const reason = errors > 0 ? `Fix ${errors} ${errors === 1 ? "error" : "errors"} to publish` : undefined;

  const exportDraft = () => {
    const document = editorDocument(store.getState());
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(document, null, 2)}\n`], { type: "application/json" }));
    const link = Object.assign(window.document.createElement("a"), { href: url, download: exportFileName(document.name) });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const importFile = async (picked: File | undefined) => {
    if (!picked) return;
    let value: unknown;
    try {
      value = JSON.parse(await picked.text());
    } catch {
      return setFailure({ message: `${picked.name} is not a JSON file`, issues: [] });
    }
    const parsed = parseJourneyDocument(value);
    if (!parsed.ok) return setFailure({ message: `${picked.name} is not a journey/v1 document`, issues: parsed.issues });
    setPendingImport({ document: parsed.document, fileName: picked.name });
  };

  return (
    <header className="flex h-14 shrink-0 items-center gap-3 border-b border-slate-200 bg-white px-3">
      <Link href="/journeys" aria-label="Back to journeys" className="grid size-8 place-items-center rounded-lg text-slate-500 hover:bg-slate-100 hover:text-slate-900">
        <ChevronLeft className="size-4" />
      </Link>
      <div className="min-w-0">
        {/* A long name gives way (ellipsis, whole in its title); the badges and the buttons never do. */}
        <div className="flex items-center gap-2 [&>*]:shrink-0">
          <h1 className="min-w-0 !shrink truncate text-[15px] font-semibold tracking-tight text-slate-900" title={name}>{name}</h1>
          {journey.publishedVersion ? <Badge tone="success">Published v{journey.publishedVersion}</Badge> : <Badge>Draft</Badge>}
          {changed && (
            <button type="button" onClick={() => setShowChanges(true)} title={`${describeDiff(diff)}: see what changed`} className="rounded-full focus-visible:outline-2 focus-visible:outline-amber-500">
              <Badge tone="warning">Unpublished changes</Badge>
            </button>
          )}
          <ActiveSwitch journey={journey} />
        </div>
        <SaveIndicator status={autosave.status} error={autosave.error} onRetry={autosave.retry} />
      </div>
      {!viewer.canEditJourneys ? (
        <div className="ml-auto flex shrink-0 items-center gap-2">
          <Badge>Read only · {viewer.role}</Badge>
          <Button size="sm" variant="ghost" onClick={exportDraft} title="Download the draft as journey/v1 JSON">
            <Download className="size-4" /> Export
          </Button>
        </div>
      ) : (
        <div className="ml-auto flex shrink-0 items-center gap-1">
          <Button size="sm" variant="ghost" aria-label="Undo" title={undoLabel ? `Undo ${undoLabel} (Ctrl+Z)` : "Nothing to undo"} disabled={!undoLabel} onClick={() => actions.undo()}>
            <Undo2 className="size-4" />
          </Button>
          <Button size="sm" variant="ghost" aria-label="Redo" title={redoLabel ? `Redo ${redoLabel} (Ctrl+Shift+Z)` : "Nothing to redo"} disabled={!redoLabel} onClick={() => actions.redo()}>
            <Redo2 className="size-4" />
          </Button>
          <span className="mx-1 h-5 w-px bg-slate-200" />
          <Button size="sm" variant="ghost" onClick={onLayout} title="Arrange steps left to right (Shift+L)">
            <Network className="size-4" /> Auto-layout
          </Button>
          <Button size="sm" variant="ghost" onClick={() => file.current?.click()} title="Replace the draft with a journey file (undoable)">
            <Upload className="size-4" /> Import
          </Button>
          <input ref={file} type="file" accept="application/json,.json" className="hidden" data-testid="editor-import-file" onChange={(e) => (void importFile(e.target.files?.[0]), (e.target.value = ""))} />
          <Button size="sm" variant="ghost" onClick={exportDraft} title="Download the draft as journey/v1 JSON">
            <Download className="size-4" /> Export
          </Button>
          <Button size="sm" variant="ghost" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={onHelp}>
            <Keyboard className="size-4" />
          </Button>
          <span className="mx-1 h-5 w-px bg-slate-200" />
          <Button size="sm" variant={insights ? "primary" : "secondary"} aria-pressed={insights} onClick={onInsights} title="How the published version performs: figures on every step (I)">
            <BarChart3 className="size-4" /> Insights
          </Button>
          <Button size="sm" variant={previewing ? "primary" : "secondary"} aria-pressed={previewing} onClick={onPreview} title="Chat with the draft in a WhatsApp simulator (P)">
            <MessageCircle className="size-4" /> Preview
          </Button>
          {reason && <span className="px-1 text-xs font-medium text-rose-600">{reason}</span>}
          {publish.isSuccess && !publish.isPending && (
            <span className="px-1 text-xs font-medium text-emerald-700" role="status">
              Published version {publish.data.version}
            </span>
          )}
          {publish.error && (
            <span className="max-w-64 truncate px-1 text-xs text-rose-600" role="alert" title={publish.error.message}>
              {publish.error.message}
            </span>
          )}
          <Button variant="primary" onClick={() => publish.mutate()} disabled={errors > 0 || publish.isPending} title={reason}>
            <Rocket className="size-4" /> Publish
          </Button>
        </div>
      )}
      <ImportFailureDialog failure={failure} onClose={() => setFailure(null)} />
      {diff && journey.publishedVersion && (
        <ChangesDialog
          diff={diff}
          version={journey.publishedVersion}
          open={showChanges}
          onClose={() => setShowChanges(false)}
          onPick={(nodeId) => (setShowChanges(false), onShowStep(nodeId))}
        />
      )}
      <Dialog
        open={pendingImport !== null}
        onClose={() => setPendingImport(null)}
        title="Replace the draft?"
        description={
          pendingImport && (
            <>
              The draft&apos;s {stepCount} {stepCount === 1 ? "step" : "steps"} will be replaced by the {pendingImport.document.nodes.length} of{" "}
              <strong className="font-medium text-slate-700">{pendingImport.fileName}</strong>. Undo brings the draft back.
            </>
          )
        }
        footer={
          <>
            <Button onClick={() => setPendingImport(null)} data-autofocus>
              Cancel
            </Button>
            <Button
              variant="primary"
              onClick={() => {
                if (pendingImport) actions.replaceDocument(pendingImport.document, `Import ${pendingImport.fileName}`);
                setPendingImport(null);
                // Another journey: show all of it, as opening it would.
                requestAnimationFrame(() => fitAll(flow, { maxZoom: 1 }));
              }}
            >
              Replace draft
            </Button>
          </>
        }
      />
    </header>
  );
}
