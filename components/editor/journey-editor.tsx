"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { ReactFlowProvider, useReactFlow } from "@xyflow/react";
import { useQuery } from "@tanstack/react-query";
import { EditorCanvas } from "@/components/canvas/editor-canvas";
import { centreOn, fitAll } from "@/components/canvas/viewport";
import { RecentRunsPanel, type RunListItem } from "@/components/runs/recent-runs-panel";
import { PreviewProvider, usePreview } from "@/components/simulator/preview-context";
import { PreviewInspector } from "@/components/simulator/preview-inspector";
import { createPreviewStore, type PreviewStore } from "@/components/simulator/preview-store";
import { SimulatorPane } from "@/components/simulator/simulator-pane";
import { SIDE_PANEL_PX } from "@/components/simulator/use-pane-width";
import { useFollowRun } from "@/components/simulator/use-follow-run";
import { useSimulator } from "@/components/simulator/use-simulator";
import { createEditorStore, type EditorActions } from "@/lib/editor/editor-store";
import { catalogFrom } from "@/lib/whatsapp/template-catalog";
import { workspaceApi } from "@/lib/client/workspace-api";
import { useTemplates } from "../templates/use-templates";
import { BlockedTemplatesWarning } from "../templates/blocked-templates-badge";
import { StaleTemplatesNotice } from "../templates/stale-templates-notice";
import { TestsPanel } from "../tests/tests-panel";
import type { JourneyTest } from "@/lib/test-format/test-schema";
import { journeysApi } from "@/lib/client/journeys-api";
import { useChannels } from "@/components/channels/use-channels";
import type { JourneyRecord, VersionSummary } from "@/lib/journeys/api-schemas";
import type { ValidationIssue } from "@/lib/schemas/validation-issue";
import { ConflictDialog } from "./conflict-dialog";
import { EditorHeader } from "./editor-header";
import { SkipToCanvas } from "./skip-to-canvas";
import { EditorProvider, useEditor, useEditorStore } from "./editor-context";
import { Inspector } from "./inspector";
import { Palette } from "./palette";
import { ProblemsList } from "./problems-list";
import { ShortcutsHelp } from "./shortcuts-help";
import { useAutosave } from "./use-autosave";
import { useViewer } from "@/components/viewer-context";
import { useEditorShortcuts } from "./use-editor-shortcuts";
import { VersionsPanel } from "./versions-panel";
import { InsightsView } from "@/components/insights/insights-view";

type Props = { journey: JourneyRecord; versions: VersionSummary[]; runs: RunListItem[]; openPreview?: boolean };

/** The journey editor: palette, canvas, and a side panel for the step, problems, versions and runs. */
export function JourneyEditor(props: Props) {
  // Created once: a server refresh (after publishing) brings new versions, never a new draft.
  const [store] = useState(() => createEditorStore(props.journey.document, props.journey.id));
  const [preview] = useState(createPreviewStore);
  return (
    <EditorProvider store={store}>
      <PreviewProvider store={preview}>
        <ReactFlowProvider>
          <EditorLayout {...props} preview={preview} />
        </ReactFlowProvider>
      </PreviewProvider>
    </EditorProvider>
  );
}

/**
 * The synced templates and the workspace keywords feed the editor's checks; a status
 * change by webhook or a keyword changed in Settings re-checks at once.
 */
function useWorkspaceChecks(actions: EditorActions) {
  const { data } = useTemplates();
  const { data: keywords } = useQuery({ queryKey: ["keywords"], queryFn: workspaceApi.keywords, refetchInterval: 30_000, staleTime: 5000 });
  useEffect(() => actions.setChecks({ templates: data ? catalogFrom(data) : null }), [actions, data]);
  useEffect(() => actions.setChecks({ keywords: keywords?.keywords ?? null }), [actions, keywords]);
  const { data: channels } = useChannels();
  useEffect(() => actions.setChecks({ channels: channels?.map((c) => ({ id: c.id, name: c.name, canSend: c.configured })) ?? null }), [actions, channels]);
}

const TABS = ["inspect", "problems", "debug", "tests", "versions", "runs"] as const;
type Tab = (typeof TABS)[number];
const TAB_LABEL: Record<Tab, string> = { inspect: "Step", problems: "Problems", debug: "Run", tests: "Tests", versions: "Versions", runs: "Runs" };

function EditorLayout({ journey, versions, runs, preview, openPreview }: Props & { preview: PreviewStore }) {
  const store = useEditorStore();
  const flow = useReactFlow();
  const { canEditJourneys } = useViewer();
  const autosave = useAutosave(store, journey, !canEditJourneys);
  const [tab, setTab] = useState<Tab>("inspect");
  const [help, setHelp] = useState(false);
  const [insights, setInsights] = useState(false);
  const toggleInsights = useCallback(() => setInsights((on) => !on), []);
  const problemCount = useEditor((s) => s.issues.length);
  const testCount = useEditor((s) => s.meta.tests?.length ?? 0);
  const selection = useEditor((s) => s.nodes.find((n) => n.selected)?.id ?? null);
  const actions = useEditor((s) => s.actions);
  const simulator = useSimulator(journey.id, store, preview);
  const previewing = usePreview((s) => s.open);
  useFollowRun(preview);
  useWorkspaceChecks(actions);
  const togglePreview = useCallback(() => {
    if (preview.getState().open) {
      simulator.close();
      setTab((t) => (t === "debug" ? "inspect" : t));
    } else {
      void simulator.open();
      setTab("debug");
    }
  }, [preview, simulator]);

  const opened = useRef(false);
  useEffect(() => {
    if (!openPreview || opened.current) return;
    opened.current = true;
    if (!preview.getState().open) togglePreview();
  }, [openPreview, preview, togglePreview]);

  // Selecting a step shows its form, wherever the panel was.
  useEffect(() => {
    if (selection) setTab("inspect");
  }, [selection]);

  const layout = useCallback(() => {
    actions.layout();
    requestAnimationFrame(() => fitAll(flow, { duration: 250 }));
  }, [actions, flow]);

  useEditorShortcuts({ onHelp: useCallback(() => setHelp(true), []), onLayout: layout, onPreview: togglePreview, onInsights: toggleInsights, insights });

  /** Opens the preview on a test's first turns; its Save as test then updates that test. */
  const rerecord = async (test: JourneyTest, fromTurn: number) => {
    if (!preview.getState().open) await simulator.open();
    preview.getState().setRerecording({ testId: test.id, name: test.name });
    setTab("debug");
    await simulator.replay({ ...test, turns: test.turns.slice(0, fromTurn) });
  };

  const showStep = (nodeId: string | null) => {
    setTab("inspect");
    actions.select(nodeId);
    if (nodeId) centreOn(flow, nodeId);
  };
  const pick = (issue: ValidationIssue) => {
    showStep(issue.nodeId ?? null);
    actions.focusField(issue.nodeId ?? null, issue.path);
  };

  const restore = async (version: number) => {
    const restored = await journeysApi.restore(journey.id, version);
    autosave.adopt(restored, `Restore version ${version}`);
  };

  return (
    // The editor is the window: it never scrolls as a page, only its panels do.
    <div className="flex h-dvh flex-col overflow-hidden bg-slate-50">
      <SkipToCanvas />
      <EditorHeader journey={journey} autosave={autosave} onLayout={layout} onHelp={() => setHelp(true)} previewing={previewing} onPreview={togglePreview} onShowStep={showStep} insights={insights} onInsights={toggleInsights} />
      <BlockedTemplatesWarning journeyId={journey.id} variant="banner" />
      <StaleTemplatesNotice />
      {insights && <InsightsView journeyId={journey.id} />}
      <div className={`min-h-0 flex-1 ${insights ? "hidden" : "flex"}`}>
        {/* A narrow window gives the palette's room to the phone while previewing. */}
        {canEditJourneys && <Palette className={previewing ? "max-2xl:hidden" : ""} />}
        <main className="min-w-0 flex-1">
          <EditorCanvas />
        </main>
        {previewing && <SimulatorPane simulator={simulator} onTestSaved={() => setTab("tests")} />}
        <aside className="flex shrink-0 flex-col border-l border-slate-200 bg-white" style={{ width: SIDE_PANEL_PX }}>
          {/* Tabs wrap onto a second row rather than scroll out of sight. */}
          <div role="tablist" aria-label="Side panel" className="flex flex-wrap gap-0.5 border-b border-slate-200 px-2 pt-2">
            {TABS.filter((t) => t !== "debug" || previewing).map((t) => (
              <button
                key={t}
                role="tab"
                aria-selected={tab === t}
                onClick={() => setTab(t)}
                className={`-mb-px shrink-0 rounded-t-md border-b-2 px-2.5 py-2 text-xs font-medium ${
                  tab === t ? "border-emerald-600 text-slate-900" : "border-transparent text-slate-500 hover:text-slate-800"
                }`}
              >
                {TAB_LABEL[t]}
                {t === "problems" && problemCount > 0 && <span className="ml-1.5 rounded-full bg-rose-100 px-1.5 text-[10px] text-rose-700">{problemCount}</span>}
                {t === "tests" && testCount > 0 && <span className="ml-1.5 rounded-full bg-slate-100 px-1.5 text-[10px] text-slate-600">{testCount}</span>}
              </button>
            ))}
          </div>
          {tab === "inspect" && <Inspector />}
          {tab === "problems" && <ProblemsList onPick={pick} />}
          {tab === "debug" && previewing && <PreviewInspector simulator={simulator} />}
          {tab === "tests" && <TestsPanel journeyId={journey.id} onRerecord={rerecord} />}
          {tab === "versions" && (
            <div className="overflow-y-auto p-3">
              <VersionsPanel versions={versions} onRestore={restore} />
            </div>
          )}
          {tab === "runs" && (
            <div className="overflow-y-auto p-3">
              <RecentRunsPanel runs={runs} />
            </div>
          )}
        </aside>
      </div>
      <ShortcutsHelp open={help} onClose={() => setHelp(false)} />
      <ConflictDialog open={autosave.status === "conflict"} onResolve={autosave.resolveConflict} />
    </div>
  );
}
