"use client";

import { Plus, X } from "lucide-react";
import type { StringsField as StringsFieldSpec } from "@/lib/steps/form-field";
import type { FormContext } from "./form-context";
import { TextInput } from "./text-input";
import { useFocusAdded } from "./use-focus-added";

/** A list of plain strings (keywords, template parameters). */
export function StringsField({ id, field, items, onChange, path, context }: { id: string; field: StringsFieldSpec; items: string[]; onChange(items: string[]): void; path: string; context: FormContext }) {
  const focus = useFocusAdded<HTMLDivElement>(items.length);
  return (
    <div ref={focus.container} className="space-y-1.5">
      {items.map((item, i) => (
        <div key={i} className="flex items-start gap-1.5" data-field-path={`${path}.${i}`} data-added-item>
          <div className="flex-1">
            <TextInput id={i === 0 ? id : `${id}-${i}`} value={item} template={field.template} placeholder={field.placeholder} onChange={(v) => onChange(items.map((x, j) => (j === i ? v : x)))} invalid={Boolean(context.issues.get(`${path}.${i}`)?.length)} />
            {context.issues.get(`${path}.${i}`)?.map((issue, n) => (
              <p key={n} className="mt-1 text-xs text-rose-600">
                {issue.message}
              </p>
            ))}
          </div>
          <button type="button" aria-label={`Remove ${field.itemLabel} ${i + 1}`} onClick={() => onChange(items.filter((_, j) => j !== i))} className="mt-1 rounded p-1 text-slate-400 hover:bg-slate-100 hover:text-rose-600">
            <X className="size-3.5" />
          </button>
        </div>
      ))}
      <button type="button" onClick={() => (focus.adding(), onChange([...items, ""]))} className="inline-flex items-center gap-1 text-xs font-medium text-emerald-700 hover:text-emerald-900">
        <Plus className="size-3.5" /> Add {field.itemLabel}
      </button>
    </div>
  );
}
