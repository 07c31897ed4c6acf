"use client";

import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import { safeFields } from "@/lib/editor/form-paths";
import type { ListField as ListFieldSpec } from "@/lib/steps/form-field";
import type { FieldIssue } from "./field-shell";
import type { ComponentType } from "react";
import type { FormContext, FormFieldsProps } from "./form-context";
import { useFocusAdded } from "./use-focus-added";

type Props = {
  field: ListFieldSpec;
  items: unknown[];
  path: string;
  issues: FieldIssue[];
  onItems(items: unknown[], key?: string): void;
  context: FormContext;
  /** The form of each item: the generic form itself, handed down so the two files need not import each other. */
  Fields: ComponentType<FormFieldsProps>;
};

/** Buttons, rows, sections, conditions, headers: add, remove, reorder, each with its form. */
export function ListField({ field, items, path, issues, onItems, context, Fields }: Props) {
  const full = field.max !== undefined && items.length >= field.max;
  const focus = useFocusAdded<HTMLOListElement>(items.length);
  const move = (from: number, to: number) => {
    const next = items.slice();
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item);
    onItems(next);
  };
  return (
    // A fieldset is at least as wide as its content by default (min-width: min-content): a long
    // value would widen the whole inspector.
    <fieldset data-field-path={path} className="min-w-0 space-y-2">
      <legend className="flex w-full items-baseline justify-between text-xs font-medium text-slate-700">
        {field.label}
        {field.max !== undefined && (
          <span className={`font-mono text-[10px] ${items.length > field.max ? "text-rose-600" : "text-slate-400"}`}>
            {items.length}/{field.max}
          </span>
        )}
      </legend>
      {issues.map((issue, i) => (
        <p key={i} className="text-xs text-rose-600" role="alert">
          {issue.message}
        </p>
      ))}
      {field.help && <p className="text-[11px] text-slate-400">{field.help}</p>}
      <ol ref={focus.container} className="space-y-2">
        {items.map((item, i) => {
          const name = `${field.itemLabel} ${i + 1}`;
          const title = field.title?.(item, i) || name;
          return (
            <li key={i} aria-label={name} data-added-item className="rounded-lg bg-slate-50 p-2.5 ring-1 ring-slate-200">
              <div className="mb-2 flex items-center gap-1">
                <span className="min-w-0 flex-1 truncate text-xs font-semibold text-slate-800">{title}</span>
                <IconButton label={`Move ${name} up`} disabled={i === 0} onClick={() => move(i, i - 1)}>
                  <ArrowUp className="size-3.5" />
                </IconButton>
                <IconButton label={`Move ${name} down`} disabled={i === items.length - 1} onClick={() => move(i, i + 1)}>
                  <ArrowDown className="size-3.5" />
                </IconButton>
                <IconButton label={`Remove ${name}`} disabled={field.min !== undefined && items.length <= field.min} onClick={() => onItems(items.filter((_, j) => j !== i))} danger>
                  <Trash2 className="size-3.5" />
                </IconButton>
              </div>
              <Fields
                fields={safeFields(field, item, i)}
                value={item}
                base={`${path}.${i}`}
                onChange={(next, key) => onItems(items.map((x, j) => (j === i ? next : x)), key)}
                context={context}
              />
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        disabled={full}
        onClick={() => (focus.adding(), onItems([...items, field.newItem(items)]))}
        className="inline-flex items-center gap-1 text-xs font-medium text-emerald-700 hover:text-emerald-900 disabled:text-slate-400"
        title={full ? `WhatsApp allows at most ${field.max}` : undefined}
      >
        <Plus className="size-3.5" /> Add {field.itemLabel}
      </button>
    </fieldset>
  );
}

function IconButton({ label, onClick, disabled, danger, children }: { label: string; onClick(): void; disabled?: boolean; danger?: boolean; children: React.ReactNode }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
      className={`rounded p-1 text-slate-400 hover:bg-white disabled:opacity-30 ${danger ? "hover:text-rose-600" : "hover:text-slate-700"}`}
    >
      {children}
    </button>
  );
}
