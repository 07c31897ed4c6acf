"use client";

import { CheckCircle2, CircleDashed, FlaskConical, Play, Trash2, XCircle } from "lucide-react";
import { useState } from "react";
import { editorDocument } from "@/lib/editor/editor-store";
import { withoutTest, withTestChanged } from "@/lib/editor/test-edits";
import { journeyTestsApi } from "@/lib/client/journey-tests-api";
import type { TestResult } from "@/lib/journey-tests/run-journey-test";
import type { JourneyTest } from "@/lib/test-format/test-schema";
import { ApiClientError } from "@/lib/client/journeys-api";
import { useEditor, useEditorStore } from "../editor/editor-context";
import { Button } from "../ui/button";
import { GenerateTestsButton } from "./generate-tests-button";
import { CoverageSummary } from "./coverage-summary";
import { TestDetails } from "./test-details";

/**
 * The Tests tab: the journey's conversation tests, run all at once through the engine
 * with time simulated, each with its diff when it fails, the coverage they give, and the
 * setting that makes passing them a condition of publishing.
 */
export function TestsPanel({ journeyId, onRerecord }: { journeyId: string; onRerecord(test: JourneyTest, fromTurn: number): void }) {
  const store = useEditorStore();
  const tests = useEditor((s) => s.meta.tests ?? NO_TESTS);
  const gate = useEditor((s) => s.meta.settings.requirePassingTests === true);
  const testRun = useEditor((s) => s.testRun);
  const actions = useEditor((s) => s.actions);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const results = new Map((testRun?.results ?? []).map((r) => [r.id, r]));

  async function run() {
    setRunning(true);
    setError(null);
    try {
      const result = await journeyTestsApi.run(journeyId, editorDocument(store.getState()));
      actions.setTestRun(result);
      const failed = result.results.find((r) => !r.passed);
      if (failed) setOpen(failed.id);
    } catch (caught) {
      setError(caught instanceof ApiClientError ? caught.body.message : "The tests could not be run");
    } finally {
      setRunning(false);
    }
  }

  const meta = () => store.getState().meta;
  return (
    <section aria-label="Tests" className="min-h-0 flex-1 space-y-4 overflow-y-auto p-4">
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="primary" size="sm" onClick={run} disabled={running || !tests.length}>
          <Play className="size-3.5" /> {running ? "Running…" : "Run tests"}
        </Button>
        <GenerateTestsButton journeyId={journeyId} />
        {testRun && (
          <span role="status" className={`text-xs font-medium ${testRun.failed ? "text-rose-600" : "text-emerald-700"}`}>
            {testRun.passed} passed, {testRun.failed} failed · {testRun.durationMs} ms
          </span>
        )}
      </div>
      {error && <p role="alert" className="text-xs text-rose-600">{error}</p>}
      {testRun && <CoverageSummary coverage={testRun.coverage} />}
      <label className="flex items-center gap-2 text-xs text-slate-700">
        <input
          type="checkbox"
          checked={gate}
          onChange={(e) => actions.setMeta({ ...meta(), settings: { ...meta().settings, requirePassingTests: e.target.checked || undefined } }, undefined, "Publish only when the tests pass")}
          className="accent-emerald-600"
        />
        Publish only when every test passes
      </label>
      {tests.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 px-4 py-6 text-center text-xs text-slate-500">
          <FlaskConical className="mx-auto mb-2 size-6 text-slate-400" />
          No tests yet. Open the preview, talk to the journey, then <strong>Save as test</strong>; or generate them.
        </div>
      ) : (
        <ul className="space-y-2" aria-label="Test list">
          {tests.map((test) => (
            <TestRow
              key={test.id}
              test={test}
              result={results.get(test.id)}
              open={open === test.id}
              onToggle={() => setOpen(open === test.id ? null : test.id)}
              onChange={(change, key) => actions.setMeta(withTestChanged(meta(), test.id, change), key && `${test.id}:${key}`, `Edit test ${test.name}`)}
              onDelete={() => actions.setMeta(withoutTest(meta(), test.id), undefined, `Delete test ${test.name}`)}
              onRerecord={(fromTurn) => onRerecord(test, fromTurn)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

// One empty list for every render: a fresh [] from the selector would re-render forever.
const NO_TESTS: JourneyTest[] = [];

type RowProps = {
  test: JourneyTest;
  result: TestResult | undefined;
  open: boolean;
  onToggle(): void;
  onChange(change: (test: JourneyTest) => JourneyTest, key?: string): void;
  onDelete(): void;
  onRerecord(fromTurn: number): void;
};

function TestRow({ test, result, open, onToggle, onChange, onDelete, onRerecord }: RowProps) {
  const status = !result ? "not run" : result.passed ? "passed" : "failed";
  return (
    <li aria-label={test.name} data-status={status} className={`rounded-lg ring-1 ${result && !result.passed ? "ring-rose-200" : "ring-slate-200"}`}>
      <div className="flex items-center gap-2 px-2.5 py-2">
        {!result ? <CircleDashed className="size-4 shrink-0 text-slate-400" aria-label="Not run" /> : result.passed ? <CheckCircle2 className="size-4 shrink-0 text-emerald-600" aria-label="Passed" /> : <XCircle className="size-4 shrink-0 text-rose-600" aria-label="Failed" />}
        <input
          aria-label="Test name"
          value={test.name}
          onChange={(e) => e.target.value.trim() && onChange((t) => ({ ...t, name: e.target.value }), "name")}
          className="min-w-0 flex-1 rounded bg-transparent px-1 text-sm font-medium text-slate-900 outline-none hover:bg-slate-50 focus:bg-white focus:ring-1 focus:ring-emerald-500"
        />
        <button type="button" onClick={onToggle} aria-expanded={open} className="text-xs text-slate-500 hover:text-slate-900">
          {open ? "Hide" : result && !result.passed ? "Diff" : "Details"}
        </button>
        <button type="button" onClick={onDelete} aria-label={`Delete ${test.name}`} className="text-slate-400 hover:text-rose-600">
          <Trash2 className="size-3.5" />
        </button>
      </div>
      {open && <TestDetails test={test} result={result} onChange={onChange} onRerecord={onRerecord} />}
    </li>
  );
}
