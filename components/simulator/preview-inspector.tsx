"use client";

import { useEffect, useState } from "react";
import { StepLog } from "@/components/runs/step-log";
import { useEditor, useEditorStore } from "@/components/editor/editor-context";
import { Button } from "@/components/ui/button";
import { stepDefinition } from "@/lib/steps/registry";
import type { EditorNode } from "@/lib/editor/editor-graph";
import { isStartable, mockableStep } from "@/lib/preview/simulator-steps";
import { MockEditor } from "./mock-editor";
import { usePreview, usePreviewStore } from "./preview-context";
import type { Simulator } from "./use-simulator";

const section = "space-y-2 border-b border-slate-100 px-4 py-4";
const heading = "text-[11px] font-semibold tracking-wide text-slate-500 uppercase";

/** Inside the preview run: the simulated contact and channel, live variables, HTTP mocks and the step log. */
export function PreviewInspector({ simulator }: { simulator: Simulator }) {
  const snapshot = usePreview((s) => s.snapshot);
  const nodes = useEditor((s) => s.nodes);
  const hasApiTrigger = useEditor((s) => s.nodes.some((n) => isStartable(n.data.kind)));
  const startVars = usePreview((s) => s.startVars);
  const setStartVars = usePreviewStore().getState().setStartVars;
  const editor = useEditorStore();
  // A saved response is part of the step's config: one undoable edit per field being typed in.
  const saveResponse = (nodeId: string, sampleResponse: { status: number; body: unknown }) => {
    const node = editor.getState().nodes.find((n) => n.id === nodeId);
    if (node?.type === "step") editor.getState().actions.setConfig(nodeId, { ...(node.data.config as Record<string, unknown>), sampleResponse }, "sampleResponse");
  };
  const mockable = nodes.flatMap((n) => {
    const step = n.type === "step" ? mockableOf(n) : null;
    return step ? [step] : [];
  });
  if (!snapshot) return <p className="p-4 text-sm text-slate-500">Opening the preview…</p>;
  const run = snapshot.run;
  const scopes = [
    { name: "vars", value: run?.vars ?? {} },
    { name: "reply", value: run?.reply ?? null },
    { name: "contact", value: { name: snapshot.contact.name, msisdn: snapshot.contact.msisdn } },
    { name: "trigger", value: run?.trigger ?? null },
  ];
  return (
    <div className="min-h-0 flex-1 overflow-y-auto" role="region" aria-label="Preview run">
      <ContactForm key={`${snapshot.contact.name}|${snapshot.contact.msisdn}`} contact={snapshot.contact} onSave={simulator.setContact} />
      {hasApiTrigger && (
        <div className={section}>
          <h3 className={heading}>API start</h3>
          <textarea
            aria-label="Start variables"
            rows={3}
            spellCheck={false}
            className="w-full rounded-md border border-slate-300 px-2 py-1.5 font-mono text-[11px]"
            value={startVars}
            onChange={(e) => setStartVars(e.target.value)}
          />
          <Button size="sm" variant="secondary" onClick={() => void simulator.start()}>
            Start as an API call
          </Button>
        </div>
      )}
      <div className={section}>
        <h3 className={heading}>Channel</h3>
        <label className="flex items-start gap-2 text-sm text-slate-700">
          <WindowToggle forcedClosed={snapshot.windowForcedClosed} onChange={simulator.setWindow} />
          <span>
            24-hour window open when the contact has written
            <span className="block text-xs text-slate-500">
              {snapshot.windowOpen ? "Open now: free-form messages are delivered." : "Closed now: only templates go out; others use the fallback template or fail."}
            </span>
          </span>
        </label>
      </div>
      <div className={section}>
        <h3 className={heading}>Variables</h3>
        {scopes.map((scope) => (
          <details key={scope.name} open={scope.name === "vars"} className="rounded-lg ring-1 ring-slate-200">
            <summary className="cursor-pointer px-3 py-1.5 font-mono text-xs text-slate-700">{scope.name}</summary>
            <pre className="max-h-56 overflow-auto border-t border-slate-100 bg-slate-50 px-3 py-2 font-mono text-[11px] leading-relaxed text-slate-700" data-testid={`preview-scope-${scope.name}`}>
              {JSON.stringify(scope.value, null, 2)}
            </pre>
          </details>
        ))}
      </div>
      {mockable.length > 0 && (
        <div className={section}>
          <h3 className={heading}>HTTP requests</h3>
          {mockable.map((step) => (
            <MockEditor
              key={step.id}
              step={step}
              choice={snapshot.mocks[step.id] ?? null}
              onChoose={(choice) => simulator.setMock(step.id, choice)}
              onSave={(saved) => saveResponse(step.id, saved)}
            />
          ))}
        </div>
      )}
      <div className="space-y-2 px-4 py-4">
        <h3 className={heading}>Step log</h3>
        {snapshot.steps.length === 0 ? (
          <p className="text-sm text-slate-500">No steps yet.</p>
        ) : (
          <StepLog
            steps={[...snapshot.steps].reverse().map((s) => {
              const definition = stepDefinition(s.nodeType);
              return { seq: s.seq, nodeId: s.nodeId, outcome: s.outcome, error: s.error ?? null, input: s.input ?? null, output: s.output ?? null, startedAt: s.startedAt, label: definition?.label ?? s.nodeType, icon: definition?.icon ?? "journey" };
            })}
          />
        )}
      </div>
    </div>
  );
}

// Dragging changes positions only: a node's config object, and so its answer, is reused.
const mockables = new WeakMap<object, ReturnType<typeof mockableStep>>();
function mockableOf(node: EditorNode) {
  if (!mockables.has(node.data)) mockables.set(node.data, mockableStep({ id: node.id, type: node.data.kind, position: node.position, data: node.data.config as Record<string, unknown> }));
  return mockables.get(node.data)!;
}

/** Flips at once; the server's answer follows. */
function WindowToggle({ forcedClosed, onChange }: { forcedClosed: boolean; onChange(open: boolean): void }) {
  const [open, setOpen] = useState(!forcedClosed);
  useEffect(() => setOpen(!forcedClosed), [forcedClosed]);
  return (
    <input
      type="checkbox"
      className="mt-0.5 size-4 accent-emerald-600"
      checked={open}
      onChange={(e) => {
        setOpen(e.target.checked);
        onChange(e.target.checked);
      }}
    />
  );
}

function ContactForm({ contact, onSave }: { contact: { name: string; msisdn: string }; onSave(contact: { name: string; msisdn: string }): void }) {
  const [name, setName] = useState(contact.name);
  const [msisdn, setMsisdn] = useState(contact.msisdn);
  const changed = name !== contact.name || msisdn !== contact.msisdn;
  const input = "h-8 w-full rounded-md border border-slate-300 px-2 text-sm focus:border-emerald-500 focus:outline-none";
  return (
    <form
      className={section}
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ name, msisdn });
      }}
    >
      <h3 className={heading}>Contact</h3>
      <div className="grid grid-cols-2 gap-2">
        <label className="text-xs text-slate-600">
          Name
          <input className={input} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="text-xs text-slate-600">
          Number
          <input className={`${input} font-mono`} value={msisdn} onChange={(e) => setMsisdn(e.target.value)} />
        </label>
      </div>
      {changed && (
        <Button type="submit" size="sm" variant="secondary">
          Use this contact
        </Button>
      )}
    </form>
  );
}
