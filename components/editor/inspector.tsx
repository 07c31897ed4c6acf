"use client";

import { useEffect, useMemo, useRef } from "react";
import { Copy, Trash2 } from "lucide-react";
import { Icon } from "@/components/ui/icon";
import { Button } from "@/components/ui/button";
import { CATEGORY_STYLE } from "@/components/canvas/category-style";
import { describeEditorNode } from "@/lib/editor/accessible-names";
import { STEP_TITLE_MAX } from "@/lib/journey/document-schema";
import { settingsForm } from "@/lib/journey/settings-form";
import { fieldForPath, formPaths, nodeForm } from "@/lib/editor/form-paths";
import type { ValidationIssue } from "@/lib/schemas/validation-issue";
import type { FormField } from "@/lib/steps/form-field";
import { stepDefinition } from "@/lib/steps/registry";
import { useEditor, useEditorActions } from "./editor-context";
import type { FieldIssue } from "./fields/field-shell";
import { FormFields } from "./fields/form-fields";
import { OutputConnections } from "./output-connections";
import { useClipboardActions } from "./use-clipboard-actions";

/** The selected step's form; with nothing selected, the journey's own settings. */
export function Inspector() {
  const selectedId = useEditor((s) => singleSelected(s.nodes));
  const count = useEditor((s) => s.nodes.reduce((n, node) => n + (node.selected ? 1 : 0), 0));
  if (count > 1) return <MultiSelection count={count} />;
  return selectedId ? <StepInspector key={selectedId} nodeId={selectedId} /> : <JourneySettingsForm />;
}

function StepInspector({ nodeId }: { nodeId: string }) {
  const data = useEditor((s) => s.nodes.find((n) => n.id === nodeId)?.data);
  const allIssues = useEditor((s) => s.issues);
  const actions = useEditorActions();
  const clipboard = useClipboardActions();
  const issues = useMemo(() => allIssues.filter((i) => i.nodeId === nodeId), [allIssues, nodeId]);
  if (!data) return null;
  const definition = stepDefinition(data.kind)!;
  const step = describeEditorNode({ id: nodeId, data });
  const fields = nodeForm(data.kind, data.config);

  return (
    <div className="flex min-h-0 flex-1 flex-col" aria-label="Inspector" role="region">
      <header className="flex items-start gap-3 border-b border-slate-100 px-4 py-3">
        <span className={`grid size-9 shrink-0 place-items-center rounded-lg ring-1 ${CATEGORY_STYLE[step.category]}`}>
          <Icon name={step.icon} className="size-4.5" />
        </span>
        <div className="min-w-0 flex-1" data-document-fields>
          <h2 className="sr-only">{step.name}</h2>
          <input
            aria-label="Step title"
            value={data.title ?? ""}
            placeholder={step.subtitle ?? step.title}
            maxLength={STEP_TITLE_MAX}
            onChange={(e) => actions.setTitle(nodeId, e.target.value)}
            className="-mx-1 w-full truncate rounded-md bg-transparent px-1 text-sm font-semibold text-slate-900 outline-none placeholder:text-slate-900 hover:bg-slate-50 focus:bg-white focus:ring-2 focus:ring-emerald-500 focus:placeholder:text-slate-400"
          />
          <p className="truncate text-[11px] text-slate-400">
            {data.title && `${step.subtitle ?? step.title} · `}
            <span className="font-mono">{nodeId}</span>
          </p>
        </div>
        <Button size="sm" variant="ghost" aria-label="Duplicate step" title="Duplicate (Ctrl+D)" onClick={clipboard.duplicate}>
          <Copy className="size-3.5" />
        </Button>
        <Button size="sm" variant="ghost" aria-label="Delete step" title="Delete (Del)" onClick={() => actions.deleteSelection()}>
          <Trash2 className="size-3.5" />
        </Button>
      </header>
      <p className="px-4 pt-3 text-xs text-slate-500">{definition.description}</p>
      <div className="min-h-0 flex-1 overflow-y-auto px-4 pt-3 pb-8">
        {fields ? (
          <InspectorForm
            nodeId={nodeId}
            fields={fields}
            value={data.config}
            issues={issues}
            onChange={(next, key) => actions.setConfig(nodeId, next as Record<string, unknown>, key)}
          />
        ) : (
          <p className="text-sm text-rose-600">This step&apos;s settings cannot be shown as a form; fix them in the exported JSON.</p>
        )}
        <OutputConnections nodeId={nodeId} />
      </div>
    </div>
  );
}

function JourneySettingsForm() {
  const meta = useEditor((s) => s.meta);
  const allIssues = useEditor((s) => s.issues);
  const actions = useEditorActions();
  const issues = useMemo(() => allIssues.filter((i) => !i.nodeId), [allIssues]);
  return (
    <div className="flex min-h-0 flex-1 flex-col" aria-label="Journey settings" role="region">
      <header className="border-b border-slate-100 px-4 py-3">
        <h2 className="text-sm font-semibold text-slate-900">Journey settings</h2>
        <p className="text-xs text-slate-500">Select a step to edit it.</p>
      </header>
      <div className="min-h-0 flex-1 overflow-y-auto px-4 pt-3 pb-8">
        <InspectorForm nodeId={null} fields={settingsForm(meta.settings)} value={meta} issues={issues} onChange={(next, key) => actions.setMeta(next as typeof meta, key)} />
      </div>
    </div>
  );
}

/** A form plus the problems that belong to it, and focusing a field the problems panel asks for. */
function InspectorForm({ nodeId, fields, value, issues, onChange }: { nodeId: string | null; fields: FormField[]; value: unknown; issues: ValidationIssue[]; onChange(next: unknown, key: string): void }) {
  const focus = useEditor((s) => s.focus);
  const root = useRef<HTMLDivElement>(null);
  const paths = useMemo(() => formPaths(fields, value), [fields, value]);
  const { byPath, unplaced } = useMemo(() => {
    const byPath = new Map<string, FieldIssue[]>();
    const unplaced: ValidationIssue[] = [];
    for (const issue of issues) {
      const path = fieldForPath(paths, issue.path);
      if (!path) unplaced.push(issue);
      else byPath.set(path, [...(byPath.get(path) ?? []), issue]);
    }
    return { byPath, unplaced };
  }, [issues, paths]);

  useEffect(() => {
    if (!focus || focus.nodeId !== nodeId || !root.current) return;
    const path = fieldForPath(paths, focus.path);
    const field = path ? root.current.querySelector(`[data-field-path="${CSS.escape(path)}"]`) : null;
    const input = field?.querySelector<HTMLElement>("input, textarea, select") ?? null;
    // Only the inspector scrolls: scrollIntoView and a plain focus() scroll every
    // ancestor, the window too, pushing the header and the tabs off the screen.
    if (field instanceof HTMLElement) centreInScroller(field);
    input?.focus({ preventScroll: true });
    // Only a new focus request moves the caret, not every edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus?.seq]);

  return (
    // Fields of the journey document: their Ctrl+Z is the editor's undo (use-editor-shortcuts).
    <div ref={root} data-document-fields>
      {unplaced.length > 0 && (
        <ul className="mb-4 space-y-1.5" aria-label="Step problems">
          {unplaced.map((issue, i) => (
            <li
              key={i}
              className={`rounded-lg px-2.5 py-1.5 text-xs ring-1 ${issue.severity === "error" ? "bg-rose-50 text-rose-700 ring-rose-200" : "bg-amber-50 text-amber-800 ring-amber-200"}`}
            >
              {issue.message}
            </li>
          ))}
        </ul>
      )}
      <FormFields fields={fields} value={value} base="" onChange={onChange} context={{ issues: byPath, idPrefix: nodeId ?? "journey" }} />
    </div>
  );
}

function MultiSelection({ count }: { count: number }) {
  const actions = useEditorActions();
  const clipboard = useClipboardActions();
  return (
    <div className="space-y-3 p-4" aria-label="Inspector" role="region">
      <h2 className="text-sm font-semibold text-slate-900">{count} steps selected</h2>
      <p className="text-xs text-slate-500">Drag them together, copy them into another journey, or delete them.</p>
      <div className="flex gap-2">
        <Button size="sm" onClick={clipboard.duplicate}>
          <Copy className="size-3.5" /> Duplicate
        </Button>
        <Button size="sm" onClick={clipboard.copy}>
          Copy
        </Button>
        <Button size="sm" variant="danger" onClick={() => actions.deleteSelection()}>
          <Trash2 className="size-3.5" /> Delete
        </Button>
      </div>
    </div>
  );
}

function singleSelected(nodes: Array<{ id: string; selected?: boolean }>): string | null {
  let found: string | null = null;
  for (const node of nodes) {
    if (!node.selected) continue;
    if (found) return null;
    found = node.id;
  }
  return found;
}

/** Scrolls the nearest scrollable ancestor, and nothing else, so that `element` is in its middle. */
function centreInScroller(element: HTMLElement) {
  let scroller = element.parentElement;
  while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement;
  if (!scroller) return;
  const box = element.getBoundingClientRect();
  const frame = scroller.getBoundingClientRect();
  scroller.scrollTop += box.top - frame.top - (frame.height - box.height) / 2;
}
