"use client";

import { RotateCcw, X } from "lucide-react";
import type { TestResult } from "@/lib/journey-tests/run-journey-test";
import { describeTurn } from "@/lib/journey-tests/describe-turn";
import { MATCH_MODES, type JourneyTest } from "@/lib/test-format/test-schema";
import { messagePreview } from "@/lib/runs/message-preview";
import { SELECT_CLASS } from "../editor/fields/field-shell";
import { useEditor } from "../editor/editor-context";

type Props = {
  test: JourneyTest;
  result: TestResult | undefined;
  onChange(change: (test: JourneyTest) => JourneyTest, key?: string): void;
  /** Plays the turns before this one in the preview, to record the rest again. */
  onRerecord(fromTurn: number): void;
};

/** One test opened: what failed (expected beside actual), the turns, and each expectation, editable. */
export function TestDetails({ test, result, onChange, onRerecord }: Props) {
  const shown = useEditor((s) => s.testPath?.testId === test.id);
  const actions = useEditor((s) => s.actions);
  const path = result?.actual.path ?? test.expect.path ?? [];
  const setMessage = (index: number, patch: Partial<JourneyTest["expect"]["messages"][number]>) =>
    onChange((t) => ({ ...t, expect: { ...t.expect, messages: t.expect.messages.map((m, i) => (i === index ? { ...m, ...patch } : m)) } }), `message-${index}`);
  return (
    <div className="space-y-3 border-t border-slate-100 px-3 py-3 text-xs">
      {result && !result.passed && (
        <ul className="space-y-2" aria-label="What differs">
          {result.problems.map((p, i) => (
            <li key={i} className="rounded-md bg-rose-50 p-2">
              <p className="font-medium text-rose-800">{p.message}</p>
              {(p.expected !== undefined || p.actual !== undefined) && (
                <div className="mt-1.5 grid grid-cols-2 gap-2">
                  <Json label="Expected" value={p.expected} tone="expected" />
                  <Json label="Actual" value={p.actual} tone="actual" />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <div>
        <h4 className="mb-1 font-medium text-slate-500">The customer</h4>
        <ol className="list-decimal space-y-0.5 pl-5 text-slate-700">
          {test.turns.map((turn, i) => (
            <li key={i} className="group">
              <span className="flex items-center justify-between gap-2">
                {describeTurn(turn)}
                <button type="button" onClick={() => onRerecord(i)} aria-label={`Re-record from turn ${i + 1}`} title="Replay the turns before this one in the preview, then go on by hand and save" className="shrink-0 text-[11px] text-slate-400 opacity-0 group-hover:opacity-100 focus:opacity-100 hover:text-emerald-700">
                  <RotateCcw className="inline size-3" /> re-record from here
                </button>
              </span>
            </li>
          ))}
        </ol>
      </div>
      <div>
        <h4 className="mb-1 font-medium text-slate-500">The journey sends</h4>
        <ol className="space-y-1.5">
          {test.expect.messages.map((m, i) => (
            <li key={i} className="flex items-start gap-2" aria-label={`Expected message ${i + 1}`}>
              <span className="mt-1 w-4 shrink-0 text-right text-slate-400">{i + 1}</span>
              <div className="min-w-0 flex-1">
                <p className="truncate text-slate-700" title={m.content !== undefined ? messagePreview({ type: m.type, content: m.content }) : m.text}>
                  <span className="mr-1 font-mono text-[10px] text-slate-400">{m.type}</span>
                  {m.match === "contains" ? `…${m.text ?? ""}…` : m.content !== undefined ? messagePreview({ type: m.type, content: m.content }) : "any message"}
                </p>
                {m.match === "contains" && (
                  <input aria-label={`Text message ${i + 1} contains`} value={m.text ?? ""} onChange={(e) => setMessage(i, { text: e.target.value })} className="mt-1 w-full rounded border border-slate-200 px-1.5 py-0.5" />
                )}
              </div>
              <select
                aria-label={`How message ${i + 1} is compared`}
                value={m.match}
                onChange={(e) => {
                  const match = e.target.value as (typeof MATCH_MODES)[number];
                  setMessage(i, { match, ...(match === "contains" && m.text === undefined && { text: m.content !== undefined ? messagePreview({ type: m.type, content: m.content }).slice(0, 40) : "" }) });
                }}
                className={`${SELECT_CLASS} !py-0.5 text-xs`}
              >
                {MATCH_MODES.map((mode) => <option key={mode} value={mode}>{mode}</option>)}
              </select>
            </li>
          ))}
          {!test.expect.messages.length && <li className="text-slate-400">Nothing</li>}
        </ol>
      </div>
      <div>
        <h4 className="mb-1 font-medium text-slate-500">At the end</h4>
        <button
          type="button"
          onClick={() => actions.showTestPath(shown ? null : { testId: test.id, nodes: path })}
          aria-pressed={shown}
          disabled={!path.length}
          className="float-right rounded px-1.5 py-0.5 text-[11px] font-medium text-violet-700 ring-1 ring-violet-200 hover:bg-violet-50 aria-pressed:bg-violet-100"
        >
          {shown ? "Hide path" : "Show path on canvas"}
        </button>
        <p className="text-slate-700">
          {test.expect.status ?? "any status"}
          {test.expect.outcome ? ` · outcome ${test.expect.outcome}` : ""}
          {test.expect.path && ` · through ${test.expect.path.length} steps`}
        </p>
        <ul className="mt-1 flex flex-wrap gap-1" aria-label="Expected variables">
          {Object.entries(test.expect.vars).map(([name, value]) => (
            <li key={name} className="flex items-center gap-1 rounded bg-slate-100 px-1.5 py-0.5 font-mono text-[11px] text-slate-700">
              vars.{name} = {JSON.stringify(value).slice(0, 40)}
              <button type="button" aria-label={`Stop checking vars.${name}`} onClick={() => onChange((t) => ({ ...t, expect: { ...t.expect, vars: Object.fromEntries(Object.entries(t.expect.vars).filter(([k]) => k !== name)) } }))} className="text-slate-400 hover:text-rose-600">
                <X className="size-3" />
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function Json({ label, value, tone }: { label: string; value: unknown; tone: "expected" | "actual" }) {
  return (
    <div className="min-w-0">
      <div className={`text-[10px] font-semibold uppercase ${tone === "expected" ? "text-emerald-700" : "text-rose-700"}`}>{label}</div>
      <pre className="mt-0.5 max-h-40 overflow-auto rounded bg-white p-1.5 font-mono text-[11px] whitespace-pre-wrap text-slate-800 ring-1 ring-slate-200">
        {value === undefined ? "—" : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}
