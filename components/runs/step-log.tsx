import { Icon } from "@/components/ui/icon";

export type StepLogEntry = {
  seq: number;
  nodeId: string;
  outcome: string | null;
  error: string | null;
  input: unknown;
  output: unknown;
  startedAt: string;
  label: string;
  icon: string;
  /** The output as the step names it ("Yes, book it" for `option:yes`), when it is one. */
  outcomeLabel?: string | null;
};

const time = (iso: string) => new Date(iso).toISOString().slice(11, 23);

/** What the run did, step by step: where it went next, what went wrong, what it saw. */
export function StepLog({ steps }: { steps: StepLogEntry[] }) {
  return (
    <ol className="relative space-y-2 before:absolute before:top-2 before:bottom-2 before:left-[17px] before:w-px before:bg-slate-200" aria-label="Step log">
      {steps.map((step) => (
        <li key={step.seq} className="relative flex gap-3" aria-label={`Step ${step.seq} ${step.nodeId}`}>
          <span className={`relative z-10 grid size-9 shrink-0 place-items-center rounded-full ring-4 ring-slate-50 ${step.error ? "bg-rose-100 text-rose-600" : "bg-white text-slate-500 ring-1"}`}>
            <Icon name={step.icon} className="size-4" />
          </span>
          <div className="min-w-0 flex-1 rounded-xl bg-white px-4 py-3 shadow-sm ring-1 ring-slate-200">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <span className="text-sm">
                <span className="font-semibold text-slate-900">{step.label}</span> <code className="font-mono text-xs text-slate-400">{step.nodeId}</code>
              </span>
              <span className="font-mono text-xs text-slate-400 tabular-nums">{time(step.startedAt)}</span>
            </div>
            {step.outcome && (
              <div className="mt-1 text-xs text-slate-600">
                →{" "}
                {step.outcomeLabel ? (
                  <span className="rounded bg-slate-100 px-1.5 py-0.5 font-medium text-slate-700" title={step.outcome}>
                    {step.outcomeLabel} <span className="font-mono font-normal text-slate-400">{step.outcome}</span>
                  </span>
                ) : (
                  <span className="rounded bg-slate-100 px-1.5 py-0.5 font-mono">{step.outcome}</span>
                )}
              </div>
            )}
            {step.error && <p className="mt-1.5 text-sm text-rose-600">{step.error}</p>}
            {(step.input !== null || step.output !== null) && (
              <details className="mt-2 text-xs">
                <summary className="cursor-pointer text-slate-500 hover:text-slate-800">Details</summary>
                <pre className="mt-2 max-h-64 overflow-auto rounded-lg bg-slate-50 p-3 font-mono text-[11px] leading-relaxed text-slate-700">
                  {JSON.stringify({ ...(step.input !== null && { input: step.input }), ...(step.output !== null && { output: step.output }) }, null, 2)}
                </pre>
              </details>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
