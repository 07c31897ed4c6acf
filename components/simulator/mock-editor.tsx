"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { HttpMock } from "@/lib/preview/preview-schemas";

type Mode = "real" | "mock" | "error";
type Props = { step: { id: string; summary: string }; mock: HttpMock | null; onChange(mock: HttpMock | null): void };

/** One HTTP step in the preview: call the real URL, answer with a canned response, or fail. */
export function MockEditor({ step, mock, onChange }: Props) {
  const [mode, setMode] = useState<Mode>(!mock ? "real" : "error" in mock ? "error" : "mock");
  const [status, setStatus] = useState(mock && "status" in mock ? String(mock.status) : "200");
  const [body, setBody] = useState(mock && "status" in mock ? JSON.stringify(mock.body, null, 2) : "{}");
  const [problem, setProblem] = useState<string | null>(null);

  const apply = (next: Mode) => {
    setProblem(null);
    if (next === "real") return onChange(null);
    if (next === "error") return onChange({ error: "Connection refused (mocked in the preview)" });
    const code = Number(status);
    if (!Number.isInteger(code) || code < 100 || code > 599) return setProblem("Status is a number from 100 to 599");
    try {
      onChange({ status: code, body: body.trim() ? JSON.parse(body) : null });
    } catch (error) {
      setProblem(`The body is not JSON: ${(error as Error).message}`);
    }
  };

  const label = `Mock for ${step.id}`;
  return (
    <fieldset className="min-w-0 space-y-2 rounded-lg p-3 ring-1 ring-slate-200" aria-label={label}>
      <legend className="sr-only">{label}</legend>
      <div className="flex items-baseline justify-between gap-2">
        <code className="font-mono text-xs font-medium text-slate-800">{step.id}</code>
        <span className="min-w-0 truncate text-[11px] text-slate-500" title={step.summary}>{step.summary}</span>
      </div>
      <div className="flex rounded-md bg-slate-100 p-0.5 text-xs" role="radiogroup" aria-label={`${step.id} answer`}>
        {(["real", "mock", "error"] as const).map((m) => (
          <button
            key={m}
            type="button"
            role="radio"
            aria-checked={mode === m}
            onClick={() => {
              setMode(m);
              if (m !== "mock") apply(m);
            }}
            className={`flex-1 rounded px-2 py-1 ${mode === m ? "bg-white font-medium text-slate-900 shadow-sm" : "text-slate-500"}`}
          >
            {m === "real" ? "Real request" : m === "mock" ? "Mock response" : "Network error"}
          </button>
        ))}
      </div>
      {mode === "mock" && (
        <div className="space-y-2">
          <label className="flex items-center gap-2 text-xs text-slate-600">
            Status
            <input className="h-7 w-20 rounded-md border border-slate-300 px-2 font-mono text-xs" value={status} onChange={(e) => setStatus(e.target.value)} aria-label={`${step.id} status`} />
          </label>
          <textarea
            aria-label={`${step.id} response body`}
            rows={4}
            spellCheck={false}
            className="w-full rounded-md border border-slate-300 px-2 py-1.5 font-mono text-[11px]"
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
          {problem && <p className="text-xs text-rose-600" role="alert">{problem}</p>}
          <div className="flex items-center gap-2">
            <Button size="sm" variant="secondary" onClick={() => apply("mock")}>
              Use mock
            </Button>
            {mock && "status" in mock && <span className="text-[11px] text-emerald-700">Mock active</span>}
          </div>
        </div>
      )}
    </fieldset>
  );
}
