"use client";

import { INPUT_CLASS } from "./field-shell";

const UNITS = [
  { label: "days", seconds: 86_400 },
  { label: "hours", seconds: 3_600 },
  { label: "minutes", seconds: 60 },
  { label: "seconds", seconds: 1 },
];

/** Seconds, edited as an amount of the largest unit that divides them. */
export function DurationInput({ id, value, onChange, invalid, disabled }: { id: string; value: number | undefined; onChange(v: number | undefined): void; invalid?: boolean; disabled?: boolean }) {
  const unit = UNITS.find((u) => value !== undefined && value > 0 && value % u.seconds === 0) ?? UNITS[UNITS.length - 1];
  const amount = value === undefined ? "" : String(value / unit.seconds);
  return (
    <div className="flex gap-2">
      <input
        id={id}
        type="number"
        min={1}
        disabled={disabled}
        value={amount}
        aria-invalid={invalid || undefined}
        onChange={(e) => onChange(e.target.value === "" ? undefined : Math.round(Number(e.target.value) * unit.seconds))}
        className={`${INPUT_CLASS} w-24 tabular-nums`}
      />
      <select
        aria-label="Unit"
        disabled={disabled}
        value={unit.seconds}
        onChange={(e) => value !== undefined && onChange(Math.round((value / unit.seconds) * Number(e.target.value)))}
        className={`${INPUT_CLASS} w-auto`}
      >
        {UNITS.map((u) => (
          <option key={u.label} value={u.seconds}>
            {u.label}
          </option>
        ))}
      </select>
    </div>
  );
}
