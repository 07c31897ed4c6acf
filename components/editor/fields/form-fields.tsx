"use client";

import { getPath, setPath } from "@/lib/editor/config-path";
import type { FormField } from "@/lib/steps/form-field";
import { ChannelsPicker } from "./channels-picker";
import { DurationInput } from "./duration-input";
import { FieldShell, INPUT_CLASS, type FieldIssue } from "./field-shell";
import { JsonInput } from "./json-input";
import { ListField } from "./list-field";
import { StringsField } from "./strings-field";
import { TextInput } from "./text-input";
import { TemplatePicker } from "./template-picker";
import type { FormContext, FormFieldsProps as Props } from "./form-context";


/** Renders a kind's field descriptions; one generic form for every step kind. */
export function FormFields({ fields, value, base, onChange, context }: Props) {
  return (
    <div className="space-y-4">
      {fields.map((field) => (
        <Field key={field.path} field={field} value={value} base={base} onChange={onChange} context={context} />
      ))}
    </div>
  );
}

function Field({ field, value, base, onChange, context }: Omit<Props, "fields"> & { field: FormField }) {
  const path = base ? `${base}.${field.path}` : field.path;
  const id = `${context.idPrefix}-${path}`.replace(/[^\w-]/g, "-");
  const current = field.read ? field.read(value) : getPath(value, field.path);
  const set = (next: unknown) => onChange(field.apply ? field.apply(value, next) : setPath(value, field.path, next), path);
  const issues = context.issues.get(path) ?? [];
  const invalid = issues.some((i) => i.severity === "error");
  const shell = { id, path, label: field.label, help: field.help, issues };

  switch (field.type) {
    case "text": {
      const text = typeof current === "string" ? current : current === undefined ? "" : String(current);
      return (
        <FieldShell {...shell} counter={field.max !== undefined && (field.max <= 4096 || text.length > field.max) ? { length: text.length, max: field.max } : undefined}>
          <TextInput
            id={id}
            value={text}
            onChange={(v) => set(v === "" && field.optional ? undefined : v)}
            multiline={field.multiline}
            template={field.template}
            mono={field.mono}
            placeholder={field.placeholder}
            invalid={invalid}
            scope={base.includes("dynamic") || path.includes("dynamic") ? ITEM_SCOPE : undefined}
          />
        </FieldShell>
      );
    }
    case "number":
      return (
        <FieldShell {...shell}>
          <div className="flex items-center gap-2">
            <input
              id={id}
              type="number"
              min={field.min}
              max={field.max}
              step={field.step ?? 1}
              value={typeof current === "number" ? current : ""}
              aria-invalid={invalid || undefined}
              onChange={(e) => set(e.target.value === "" ? undefined : Number(e.target.value))}
              className={`${INPUT_CLASS} tabular-nums`}
            />
            {field.unit && <span className="text-xs text-slate-500">{field.unit}</span>}
          </div>
        </FieldShell>
      );
    case "duration":
      return (
        <FieldShell {...shell}>
          <DurationInput id={id} value={typeof current === "number" ? current : undefined} onChange={set} invalid={invalid} />
        </FieldShell>
      );
    case "select":
      return (
        <FieldShell {...shell}>
          <select id={id} value={String(current ?? "")} aria-invalid={invalid || undefined} onChange={(e) => set(e.target.value)} className={INPUT_CLASS}>
            {current === undefined && <option value="">Choose…</option>}
            {field.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </FieldShell>
      );
    case "toggle":
      return (
        <div data-field-path={path}>
          <label htmlFor={id} className="flex cursor-pointer items-center justify-between gap-3 text-xs font-medium text-slate-700">
            {field.label}
            <input id={id} type="checkbox" role="switch" checked={current === true} onChange={(e) => set(e.target.checked)} className="peer sr-only" />
            <span aria-hidden className="relative h-5 w-9 shrink-0 rounded-full bg-slate-300 transition-colors peer-checked:bg-emerald-600 peer-focus-visible:ring-2 peer-focus-visible:ring-emerald-500 after:absolute after:top-0.5 after:left-0.5 after:size-4 after:rounded-full after:bg-white after:shadow after:transition-transform peer-checked:after:translate-x-4" />
          </label>
          {field.help && <p className="mt-1 text-[11px] text-slate-400">{field.help}</p>}
          {issues.map((i, n) => (
            <p key={n} className="mt-1 text-xs text-rose-600">
              {i.message}
            </p>
          ))}
        </div>
      );
    case "strings":
      return (
        <FieldShell {...shell}>
          <StringsField id={id} field={field} items={Array.isArray(current) ? current.map(String) : []} onChange={set} path={path} context={context} />
        </FieldShell>
      );
    case "channels":
      return (
        <FieldShell {...shell}>
          <ChannelsPicker id={id} selected={Array.isArray(current) ? current.map(String) : []} onChange={set} />
        </FieldShell>
      );
    case "json": {
      const input = (
        <FieldShell {...shell}>
          <JsonInput id={id} value={current} onChange={set} optional={field.optional} />
        </FieldShell>
      );
      if (!field.advanced) return input;
      return (
        <details open={invalid || undefined} className="group rounded-md">
          <summary className="cursor-pointer text-xs font-medium text-slate-500 select-none hover:text-slate-700">{field.label}</summary>
          <div className="mt-2">{input}</div>
        </details>
      );
    }
    case "template": {
      // The field sits at the message's `name`; its siblings are the message's other fields.
      const parent = field.path.split(".").slice(0, -1).join(".");
      const sibling = (name: string) => (parent ? `${parent}.${name}` : name);
      const full = (name: string) => (base ? `${base}.${sibling(name)}` : sibling(name));
      return (
        <TemplatePicker
          id={id}
          path={path}
          label={field.label}
          help={field.help}
          message={((parent ? getPath(value, parent) : value) ?? {}) as never}
          issues={[...issues, ...(context.issues.get(full("language")) ?? []), ...(context.issues.get(full("components")) ?? [])]}
          onPick={set}
          onType={(name, text) => onChange(setPath(value, sibling(name), text), full(name))}
        />
      );
    }
    case "list":
      return (
        <ListField
          field={field}
          items={Array.isArray(current) ? current : []}
          path={path}
          issues={issues}
          onItems={(items, key) => onChange(setPath(value, field.path, items), key ?? path)}
          context={context}
          Fields={FormFields}
        />
      );
  }
}

const ITEM_SCOPE = [
  { name: "item", help: "The current element of the list" },
  { name: "index", help: "Its position, from 0" },
];
