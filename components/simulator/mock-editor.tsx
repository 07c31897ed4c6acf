"use client";

import { useState } from "react";
import type { HttpMock } from "@/lib/preview/preview-schemas";
import type { MockableStep } from "@/lib/preview/simulator-steps";

type Mode = "saved" | "real" | "error";
type Saved = { status: number; body: unknown };
type Props = {
  step: MockableStep;
  /** The choice made in this preview; null follows the step: its saved response, else the real request. */
  choice: HttpMock | "real" | null;
  onChoose(choice: HttpMock | "real" | null): void;
  /** Saves the response into the step (an edit of the journey, undoable). */
  onSave(saved: Saved): void;
};

const NETWORK_ERROR = { error: "Connection refused (mocked in the preview)" };

/**
 * One HTTP step in the preview: answer with the response saved in the journey, make the
 * real request, or fail as the network would. The saved response is edited in place and
 * takes effect as it is typed, once it is valid: there is nothing to press.
 */
export function MockEditor({ step, choice, onChoose, onSave }: Props) {
  const mode: Mode = choice === "real" ? "real" : choice && "error" in choice ? "error" : choice || step.saved ? "saved" : "real";
  const shown = choice && choice !== "real" && "status" in choice ? choice : step.saved;
  const [status, setStatus] = useState(String(shown?.status ?? 200));
  const [body, setBody] = useState(JSON.stringify(shown?.body ?? {}, null, 2));
  const [problem, setProblem] = useState<string | null>(null);

  const save = (nextStatus: string, nextBody: string) => {
    const code = Number(nextStatus);
    if (!Number.isInteger(code) || code < 100 || code > 599) return setProblem("Status is a number from 100 to 599");
    try {
      const parsed: unknown = nextBody.trim() ? JSON.parse(nextBody) : null;
      setProblem(null);
      onSave({ status: code, body: parsed });
    } catch (error) {
      setProblem(`Not saved: the body is not JSON (${(error as Error).message})`);
    }
  };

  const choose = (next: Mode) => {
    if (next === "real") return onChoose("real");
    if (next === "error") return onChoose(NETWORK_ERROR);
    onChoose(null);
    if (!step.saved) save(status, body);
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
        {(["saved", "real", "error"] as const).map((m) => (
          <button
            key={m}
            type="button"
            role="radio"
            aria-checked={mode === m}
            onClick={() => choose(m)}
            className={`flex-1 rounded px-2 py-1 ${mode === m ? "bg-white font-medium text-slate-900 shadow-sm" : "text-slate-500"}`}
          >
            {m === "saved" ? "Saved response" : m === "real" ? "Real request" : "Network error"}
          </button>
        ))}
      </div>
      {mode === "saved" && (
        <div className="space-y-2">
          <p className="text-[11px] text-slate-500">Saved with the journey: the preview answers with it and sends nothing. Live runs always make the real request.</p>
          <label className="flex items-center gap-2 text-xs text-slate-600">
            Status
            <input
              className="h-7 w-20 rounded-md border border-slate-300 px-2 font-mono text-xs"
              value={status}
              onChange={(e) => (setStatus(e.target.value), save(e.target.value, body))}
              aria-label={`${step.id} status`}
            />
          </label>
          <textarea
            aria-label={`${step.id} response body`}
            aria-invalid={problem !== null || undefined}
            rows={5}
            spellCheck={false}
            className="w-full rounded-md border border-slate-300 px-2 py-1.5 font-mono text-[11px] aria-invalid:border-rose-400"
            value={body}
            onChange={(e) => (setBody(e.target.value), save(status, e.target.value))}
          />
          {problem && <p className="text-xs text-rose-600" role="alert">{problem}</p>}
        </div>
      )}
    </fieldset>
  );
}
