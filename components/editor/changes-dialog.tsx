"use client";

import { Dialog } from "@/components/ui/dialog";
import { describeDiff, type FieldChange, type JourneyDiff, type NamedEdge, type StepChange } from "@/lib/journey/diff-journeys";

/** What publishing the draft would change, against the live version: steps, fields, wiring. */
export function ChangesDialog({ diff, version, open, onClose, onPick }: { diff: JourneyDiff; version: number; open: boolean; onClose(): void; onPick(nodeId: string): void }) {
  const summary = describeDiff(diff);
  return (
    <Dialog open={open} onClose={onClose} title="Unpublished changes" wide description={summary ? `Against the live version ${version}: ${summary}.` : `The draft is the same as the live version ${version}.`}>
      <div className="max-h-[60vh] space-y-5 overflow-y-auto pr-1 text-sm">
        <StepList title="Added" tone="text-emerald-700" steps={diff.added} onPick={onPick} />
        <StepList title="Removed" tone="text-rose-700" steps={diff.removed} />
        <StepList title="Edited" tone="text-amber-700" steps={diff.edited} onPick={onPick} detailed />
        <Connections title="Connections added" edges={diff.connections.added} sign="+" />
        <Connections title="Connections removed" edges={diff.connections.removed} sign="−" />
        {diff.journey.length > 0 && (
          <section aria-label="Journey settings changed">
            <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Journey settings</h3>
            <Fields fields={diff.journey} />
          </section>
        )}
        {diff.moved.length > 0 && (
          <p className="text-xs text-slate-500">
            {diff.moved.length} {diff.moved.length === 1 ? "step was" : "steps were"} moved on the canvas; that changes nothing for customers.
          </p>
        )}
      </div>
    </Dialog>
  );
}

function StepList({ title, tone, steps, onPick, detailed }: { title: string; tone: string; steps: StepChange[]; onPick?(id: string): void; detailed?: boolean }) {
  if (!steps.length) return null;
  return (
    <section aria-label={`Steps ${title.toLowerCase()}`}>
      <h3 className={`text-xs font-semibold tracking-wide uppercase ${tone}`}>
        {title} ({steps.length})
      </h3>
      <ul className="mt-1.5 space-y-2">
        {steps.map((step) => (
          <li key={step.id} className="rounded-lg bg-slate-50 px-3 py-2 ring-1 ring-slate-200">
            {onPick ? (
              <button type="button" onClick={() => onPick(step.id)} className="font-medium text-slate-900 hover:text-emerald-700 hover:underline">
                {step.title ?? step.id}
              </button>
            ) : (
              <span className="font-medium text-slate-900">{step.title ?? step.id}</span>
            )}
            <span className="ml-2 font-mono text-[11px] text-slate-400">
              {step.type} · {step.id}
            </span>
            {detailed && <Fields fields={step.fields} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Fields({ fields }: { fields: FieldChange[] }) {
  return (
    <dl className="mt-1.5 space-y-1 text-xs">
      {fields.map((field) => (
        <div key={field.path} className="grid grid-cols-[7rem_minmax(0,1fr)] gap-2">
          <dt className="truncate font-mono text-slate-500" title={field.path}>
            {field.path}
          </dt>
          <dd className="min-w-0 space-y-0.5 font-mono">
            {field.before !== undefined && <div className="truncate rounded bg-rose-50 px-1 text-rose-800 line-through decoration-rose-300">{shown(field.before)}</div>}
            {field.after !== undefined && <div className="truncate rounded bg-emerald-50 px-1 text-emerald-800">{shown(field.after)}</div>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Connections({ title, edges, sign }: { title: string; edges: NamedEdge[]; sign: string }) {
  if (!edges.length) return null;
  return (
    <section aria-label={title}>
      <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">{title}</h3>
      <ul className="mt-1 space-y-0.5 text-xs text-slate-700">
        {edges.map((edge) => (
          <li key={`${edge.source}:${edge.sourceHandle}:${edge.target}`} className="break-words">
            {sign} {edge.names.source}: <span className="font-medium">{edge.names.output}</span> → {edge.names.target}{" "}
            <span className="font-mono text-[11px] text-slate-400">
              {edge.source} [{edge.sourceHandle}] → {edge.target}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function shown(value: unknown) {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}
