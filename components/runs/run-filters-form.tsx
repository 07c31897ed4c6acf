"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Download, Filter, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { INPUT_CLASS, SELECT_CLASS } from "@/components/editor/fields/field-shell";
import { RUN_STATUSES } from "@/lib/runs/api-schemas";
import { VAR_OPS, type RunFilters } from "@/lib/runs/explorer-schemas";
import { BulkCancel } from "./bulk-cancel";

type Option = { id: string; name: string };
const OP_LABELS: Record<(typeof VAR_OPS)[number], string> = { eq: "=", ne: "≠", contains: "contains", exists: "exists" };

/** The explorer's filters, kept in the URL: applying one is a navigation, so views can be shared. */
export function RunFiltersForm({ filters, journeys, steps }: { filters: RunFilters; journeys: Option[]; steps: Option[] }) {
  const router = useRouter();
  const [draft, setDraft] = useState<Record<string, string>>(() => ({
    ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)])),
    from: filters.from?.slice(0, 10) ?? "",
    to: filters.to ? new Date(new Date(filters.to).getTime() - 86_400_000).toISOString().slice(0, 10) : "",
  }));
  const set = (key: string) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: event.target.value }));
  const query = new URLSearchParams(
    Object.entries({
      ...draft,
      // Whole days in UTC: "to" includes its day.
      from: draft.from ? `${draft.from}T00:00:00.000Z` : "",
      to: draft.to ? new Date(new Date(`${draft.to}T00:00:00.000Z`).getTime() + 86_400_000).toISOString() : "",
      op: draft.var ? (draft.op ?? "eq") : "",
    }).filter(([, v]) => v),
  );
  const field = (label: string, input: React.ReactNode, wide = false) => (
    <label className={`text-xs font-medium text-slate-600 ${wide ? "min-w-48 flex-1" : ""}`}>
      {label}
      <div className="mt-1">{input}</div>
    </label>
  );
  return (
    <form
      className="space-y-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200"
      aria-label="Filters"
      onSubmit={(event) => {
        event.preventDefault();
        router.push(`/runs?${query}`);
      }}
    >
      <div className="flex flex-wrap items-end gap-3">
        {field("Journey", (
          <select value={draft.journeyId ?? ""} onChange={(e) => setDraft((d) => ({ ...d, journeyId: e.target.value, reached: "", endedAt: "" }))} className={SELECT_CLASS}>
            <option value="">All journeys</option>
            {journeys.map((j) => <option key={j.id} value={j.id}>{j.name}</option>)}
          </select>
        ))}
        {field("Version", <input type="number" min={1} value={draft.version ?? ""} onChange={set("version")} className={`${INPUT_CLASS} !w-20`} />)}
        {field("Status", (
          <select value={draft.status ?? ""} onChange={set("status")} className={SELECT_CLASS}>
            <option value="">Any status</option>
            {RUN_STATUSES.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        ))}
        {field("Contact", <input value={draft.contact ?? ""} onChange={set("contact")} placeholder="Number, id or name" className={INPUT_CLASS} />, true)}
        {field("Started from", <input type="date" value={draft.from} onChange={set("from")} className={INPUT_CLASS} />)}
        {field("to", <input type="date" value={draft.to} onChange={set("to")} className={INPUT_CLASS} />)}
      </div>
      <div className="flex flex-wrap items-end gap-3">
        {field("Reached step", <StepInput steps={steps} value={draft.reached ?? ""} onChange={set("reached")} label="Reached step" />)}
        {field("Ended at step", <StepInput steps={steps} value={draft.endedAt ?? ""} onChange={set("endedAt")} label="Ended at step" />)}
        {field("Error code", <input value={draft.errorCode ?? ""} onChange={set("errorCode")} placeholder="1022" className={`${INPUT_CLASS} !w-28`} />)}
        {field("Variable", (
          <div className="flex gap-1.5">
            <input aria-label="Variable name" value={draft.var ?? ""} onChange={set("var")} placeholder="service" className={`${INPUT_CLASS} !w-32 font-mono`} />
            <select aria-label="Comparison" value={draft.op ?? "eq"} onChange={set("op")} className={SELECT_CLASS}>
              {VAR_OPS.map((op) => <option key={op} value={op}>{OP_LABELS[op]}</option>)}
            </select>
            {draft.op !== "exists" && <input aria-label="Variable value" value={draft.value ?? ""} onChange={set("value")} placeholder="checkup" className={`${INPUT_CLASS} !w-32`} />}
          </div>
        ))}
        <div className="ml-auto flex items-center gap-2">
          <Button type="button" variant="ghost" onClick={() => router.push("/runs")}><X className="size-4" /> Clear</Button>
          <a href={`/api/runs/export?${query}`} download className="inline-flex h-9 items-center gap-2 rounded-lg bg-white px-3.5 text-sm font-medium text-slate-700 shadow-sm ring-1 ring-slate-300 ring-inset hover:bg-slate-50">
            <Download className="size-4" /> Export CSV
          </a>
          <BulkCancel filters={Object.fromEntries(query)} />
          <Button type="submit" variant="primary"><Filter className="size-4" /> Apply</Button>
        </div>
      </div>
    </form>
  );
}

function StepInput({ steps, value, onChange, label }: { steps: Option[]; value: string; onChange: (event: { target: { value: string } }) => void; label: string }) {
  if (steps.length === 0) return <input aria-label={label} value={value} onChange={onChange} placeholder="step id" className={`${INPUT_CLASS} !w-40 font-mono`} />;
  return (
    <select aria-label={label} value={value} onChange={onChange} className={SELECT_CLASS}>
      <option value="">Any step</option>
      {steps.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
    </select>
  );
}
