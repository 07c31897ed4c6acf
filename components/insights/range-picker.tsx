"use client";

const HOUR = 3_600_000;
const PRESETS = [
  ["24h", "24 h", 24 * HOUR],
  ["7d", "7 days", 7 * 24 * HOUR],
  ["30d", "30 days", 30 * 24 * HOUR],
] as const;

export type RangeChoice = { preset: (typeof PRESETS)[number][0] } | { preset: "custom"; from: string; to: string };

/** The range a choice means now: the last N hours up to the end of this hour, or whole local days. */
export function rangeOf(choice: RangeChoice, now = Date.now()): { from: string; to: string } {
  if (choice.preset === "custom") {
    const from = new Date(`${choice.from}T00:00:00`);
    const to = new Date(`${choice.to}T00:00:00`);
    to.setDate(to.getDate() + 1);
    return { from: from.toISOString(), to: to.toISOString() };
  }
  const end = Math.ceil((now + 1) / HOUR) * HOUR;
  const length = PRESETS.find(([key]) => key === choice.preset)![2];
  return { from: new Date(end - length).toISOString(), to: new Date(end).toISOString() };
}

export function RangePicker({ value, onChange }: { value: RangeChoice; onChange(choice: RangeChoice): void }) {
  const today = new Date().toLocaleDateString("en-CA");
  return (
    <div className="flex items-center gap-2">
      <div role="radiogroup" aria-label="Date range" className="flex rounded-lg bg-slate-100 p-0.5">
        {[...PRESETS.map(([key, label]) => [key, label] as const), ["custom", "Custom"] as const].map(([key, label]) => (
          <button
            key={key}
            type="button"
            role="radio"
            aria-checked={value.preset === key}
            onClick={() => onChange(key === "custom" ? { preset: "custom", from: today, to: today } : { preset: key })}
            className={`rounded-md px-2.5 py-1 text-xs font-medium ${value.preset === key ? "bg-white text-slate-900 shadow-sm" : "text-slate-500 hover:text-slate-800"}`}
          >
            {label}
          </button>
        ))}
      </div>
      {value.preset === "custom" && (
        <span className="flex items-center gap-1 text-xs text-slate-600">
          <input type="date" aria-label="From" max={value.to} value={value.from} onChange={(e) => e.target.value && onChange({ ...value, from: e.target.value })} className="rounded-md border border-slate-300 px-1.5 py-0.5" />
          –
          <input type="date" aria-label="To" min={value.from} max={today} value={value.to} onChange={(e) => e.target.value && onChange({ ...value, to: e.target.value })} className="rounded-md border border-slate-300 px-1.5 py-0.5" />
        </span>
      )}
    </div>
  );
}
