"use client";

import { useRef, useState, type ChangeEvent, type KeyboardEvent } from "react";
import { useEditorStore } from "../editor-context";
import { knownVariables, type VariableSuggestion } from "@/lib/editor/known-variables";
import { INPUT_CLASS } from "./field-shell";
import { RenderedValue } from "./rendered-value";

/** What is being typed after an unclosed `{{`, up to the caret. */
const OPEN_TAG = /\{\{\s*([\w.]*)$/;

type Props = {
  id: string;
  value: string;
  onChange(value: string): void;
  multiline?: boolean;
  template?: boolean;
  mono?: boolean;
  placeholder?: string;
  invalid?: boolean;
  /** Extra names in scope, e.g. `item` inside a dynamic list row. */
  scope?: VariableSuggestion[];
};

/** A text input; in a template, typing `{{` offers the variables the journey knows. */
export function TextInput({ id, value, onChange, multiline, template, mono, placeholder, invalid, scope }: Props) {
  const store = useEditorStore();
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [picker, setPicker] = useState<{ partial: string; options: VariableSuggestion[]; active: number } | null>(null);

  const update = (text: string, caret: number) => {
    onChange(text);
    if (!template) return;
    const open = OPEN_TAG.exec(text.slice(0, caret));
    if (!open) return setPicker(null);
    const partial = open[1].toLowerCase();
    const options = knownVariables(store.getState().nodes, scope).filter((v) => v.name.toLowerCase().includes(partial)).slice(0, 8);
    setPicker(options.length ? { partial: open[1], options, active: 0 } : null);
  };

  const choose = (name: string) => {
    const input = ref.current;
    if (!input) return;
    const caret = input.selectionStart ?? value.length;
    const before = value.slice(0, caret).replace(OPEN_TAG, `{{ ${name} }}`);
    const after = value.slice(caret).replace(/^\s*\}\}/, "");
    onChange(before + after);
    setPicker(null);
    requestAnimationFrame(() => {
      input.focus();
      input.setSelectionRange(before.length, before.length);
    });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!picker) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setPicker({ ...picker, active: (picker.active + step + picker.options.length) % picker.options.length });
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      choose(picker.options[picker.active].name);
    } else if (event.key === "Escape") {
      event.stopPropagation();
      setPicker(null);
    }
  };

  const common = {
    id,
    ref,
    value,
    placeholder,
    "aria-invalid": invalid || undefined,
    "aria-autocomplete": template ? ("list" as const) : undefined,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => update(e.target.value, e.target.selectionStart ?? e.target.value.length),
    onKeyDown,
    onBlur: () => setTimeout(() => setPicker(null), 150),
    className: `${INPUT_CLASS} ${mono ? "font-mono text-[13px]" : ""}`,
    spellCheck: !mono,
  };

  return (
    <div className="relative">
      {multiline ? <textarea rows={4} {...common} className={`${common.className} resize-y leading-relaxed`} /> : <input type="text" {...common} />}
      {template && <RenderedValue source={value} />}
      {picker && (
        <ul role="listbox" aria-label="Variables" className="absolute inset-x-0 top-full z-20 mt-1 max-h-64 overflow-auto rounded-lg bg-white py-1 text-sm shadow-lg ring-1 ring-slate-200">
          {picker.options.map((option, i) => (
            <li
              key={option.name}
              role="option"
              aria-selected={i === picker.active}
              onMouseDown={(e) => (e.preventDefault(), choose(option.name))}
              className={`flex cursor-pointer items-baseline justify-between gap-3 px-3 py-1.5 ${i === picker.active ? "bg-emerald-50" : ""}`}
            >
              <code className="font-mono text-[12px] text-emerald-800">{option.name}</code>
              <span className="truncate text-[11px] text-slate-400">{option.help}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
