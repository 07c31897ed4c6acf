"use client";

import { ChevronsUpDown, Search } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import type { PickedTemplate } from "@/lib/steps/message/kinds/template";
import { fillTemplate } from "@/lib/templates/fill-template";
import type { WhatsAppTemplate } from "@/lib/whatsapp/whatsapp-template";
import { TemplateStatus } from "../../templates/template-status";
import { TemplateView } from "../../templates/template-view";
import { useTemplates } from "../../templates/use-templates";
import { INPUT_CLASS, type FieldIssue } from "./field-shell";

type Message = { name?: string; language?: string; components?: unknown[] };
type Props = {
  id: string;
  /** The field's path in the node's data: the problems panel focuses it. */
  path: string;
  label: string;
  help?: string;
  message: Message;
  /** Issues at the message's name, language and components: what the picker answers for. */
  issues: FieldIssue[];
  onPick(picked: PickedTemplate): void;
  onType(field: "name" | "language", value: string): void;
};

/**
 * The template of a message: searched and picked from the channels' synced templates
 * (name, language, status), then drawn as the customer will see it with the mapped
 * values in. With nothing synced, the name and language are typed.
 */
export function TemplatePicker({ id, path, label, help, message, issues, onPick, onType }: Props) {
  const { data } = useTemplates();
  const templates = dedupe(data?.templates ?? []);
  const current = templates.find((t) => t.name === message.name && t.language === message.language);
  return (
    <div data-field-path={path} className="space-y-2">
      <div className="text-xs font-medium text-slate-700">{label}</div>
      {templates.length ? (
        <Combobox id={id} templates={templates} current={current} message={message} onPick={onPick} />
      ) : (
        <div className="space-y-2">
          <div className="grid grid-cols-[1fr_6rem] gap-2">
            <input id={id} aria-label="Template name" value={message.name ?? ""} onChange={(e) => onType("name", e.target.value)} placeholder="order_update" className={`${INPUT_CLASS} font-mono`} />
            <input aria-label="Language" value={message.language ?? ""} onChange={(e) => onType("language", e.target.value)} placeholder="en_US" className={`${INPUT_CLASS} font-mono`} />
          </div>
          <p className="text-[11px] text-slate-400">No templates synced from 8x8 yet (Templates page): type the name and language exactly as approved.</p>
        </div>
      )}
      {issues.map((issue, i) => (
        <p key={i} className={`text-xs ${issue.severity === "error" ? "text-rose-600" : "text-amber-700"}`} role={issue.severity === "error" ? "alert" : undefined}>
          {issue.message}
        </p>
      ))}
      {current && (
        <div className="flex justify-center rounded-lg bg-[#efeae2] px-3 py-3" aria-label="How the customer sees it">
          <TemplateView template={fillTemplate(current.layout, message.components as never)} />
        </div>
      )}
      {help && !issues.length && !current && <p className="text-[11px] leading-snug text-slate-400">{help}</p>}
    </div>
  );
}

function Combobox({ id, templates, current, message, onPick }: { id: string; templates: WhatsAppTemplate[]; current?: WhatsAppTemplate; message: Message; onPick(picked: PickedTemplate): void }) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => !root.current?.contains(e.target as Node) && setOpen(false);
    document.addEventListener("pointerdown", close);
    return () => document.removeEventListener("pointerdown", close);
  }, [open]);
  const q = query.trim().toLowerCase();
  const shown = templates.filter((t) => !q || `${t.name} ${t.language} ${t.status} ${t.category}`.toLowerCase().includes(q));
  const pick = (t: WhatsAppTemplate) => {
    onPick({ name: t.name, language: t.language, layout: t.layout });
    setOpen(false);
    setQuery("");
  };
  return (
    <div ref={root} className="relative">
      <button
        id={id}
        type="button"
        aria-haspopup="listbox"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        className="flex w-full items-center justify-between gap-2 rounded-md bg-white px-2.5 py-1.5 text-left text-sm shadow-xs ring-1 ring-slate-300 ring-inset hover:bg-slate-50"
      >
        <span className="min-w-0 truncate font-mono text-[13px] text-slate-900">
          {message.name || "Pick a template"} <span className="text-slate-400">{message.language}</span>
        </span>
        <span className="flex items-center gap-1.5">
          {current && <TemplateStatus status={current.status} />}
          <ChevronsUpDown className="size-4 text-slate-400" />
        </span>
      </button>
      {open && (
        <div className="absolute z-30 mt-1 w-full overflow-hidden rounded-lg bg-white shadow-lg ring-1 ring-slate-200">
          <label className="flex items-center gap-2 border-b border-slate-100 px-2.5">
            <Search className="size-3.5 text-slate-400" />
            <input
              autoFocus
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                setActive(0);
              }}
              onKeyDown={(e) => {
                if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, shown.length - 1));
                else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0));
                else if (e.key === "Enter" && shown[active]) pick(shown[active]);
                else if (e.key === "Escape") setOpen(false);
                else return;
                e.preventDefault();
              }}
              placeholder="Search templates"
              aria-label="Search templates"
              className="h-9 flex-1 bg-transparent text-sm outline-none"
            />
          </label>
          <ul role="listbox" aria-label="Templates" className="max-h-72 overflow-y-auto py-1">
            {shown.map((t, i) => (
              <li
                key={`${t.name}:${t.language}`}
                role="option"
                aria-selected={t === current}
                onPointerEnter={() => setActive(i)}
                onClick={() => pick(t)}
                className={`flex cursor-pointer items-center justify-between gap-2 px-2.5 py-1.5 ${i === active ? "bg-slate-100" : ""}`}
              >
                <span className="min-w-0">
                  <span className="block truncate font-mono text-[13px] text-slate-900">{t.name}</span>
                  <span className="block text-[11px] text-slate-500">{t.language} · {t.category.toLowerCase()}</span>
                </span>
                <TemplateStatus status={t.status} />
              </li>
            ))}
            {!shown.length && <li className="px-2.5 py-2 text-xs text-slate-500">No template matches “{query}”.</li>}
          </ul>
        </div>
      )}
    </div>
  );
}

/** One row per name and language: the same template synced on two channels is one choice. */
function dedupe(templates: WhatsAppTemplate[]): WhatsAppTemplate[] {
  const seen = new Map<string, WhatsAppTemplate>();
  for (const t of templates) if (!seen.has(`${t.name}:${t.language}`)) seen.set(`${t.name}:${t.language}`, t);
  return [...seen.values()];
}
