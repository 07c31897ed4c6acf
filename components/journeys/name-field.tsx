"use client";

export function NameField({ value, onChange, error }: { value: string; onChange: (value: string) => void; error?: string }) {
  return (
    <label className="block">
      <span className="text-sm font-medium text-slate-700">Name</span>
      <input
        autoFocus
        value={value}
        maxLength={120}
        onChange={(event) => onChange(event.target.value)}
        className="mt-1.5 block w-full rounded-lg border-0 px-3 py-2 text-sm shadow-sm ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-emerald-600"
        placeholder="e.g. Appointment booking"
        aria-invalid={Boolean(error)}
      />
      {error && <span className="mt-1.5 block text-sm text-rose-600" role="alert">{error}</span>}
    </label>
  );
}
