"use client";

import { useMemo, useRef, useState } from "react";
import { ArrowLeft } from "lucide-react";
import { flowScreens, resolveRefs, validateScreen, type FlowAction, type FlowValues } from "@/lib/whatsapp/flow-form";
import type { PreviewReply } from "@/lib/preview/preview-schemas";
import type { FlowOpener } from "./business-message";
import { FlowField } from "./flow-field";
import { Sheet } from "./list-sheet";

type Props = { flow: FlowOpener; flowJson: unknown; onClose(): void; onReply(reply: PreviewReply): void };
type Visit = { screenId: string; data: FlowValues };

/**
 * A WhatsApp Flow form drawn from the step's Flow JSON: screens, inputs, checks before
 * the Footer acts, `navigate` to the next screen with its payload as that screen's data,
 * and `complete` sending the payload back into the run as the Flow reply.
 */
export function FlowSheet({ flow, flowJson, onClose, onReply }: Props) {
  const screens = useMemo(() => flowScreens(flowJson), [flowJson]);
  const first = screens.find((s) => s.id === flow.screen) ?? screens[0];
  const [stack, setStack] = useState<Visit[]>(() => (first ? [{ screenId: first.id, data: { ...first.data, ...flow.data } }] : []));
  const [forms, setForms] = useState<Record<string, FlowValues>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const visit = stack.at(-1);
  const screen = screens.find((s) => s.id === visit?.screenId);
  if (!screen || !visit) {
    return (
      <Sheet label={flow.cta} onClose={onClose} tall>
        <p className="p-6 text-[14px] text-[#54656f]">
          This step has no Flow JSON, so the preview cannot draw the form. Paste the Flow&apos;s JSON into the step&apos;s <b>Flow JSON</b> field.
        </p>
      </Sheet>
    );
  }
  const form = forms[screen.id] ?? {};
  const visible = screen.children.filter((c) => c.type !== "Footer" && resolveRefs(c.visible ?? true, { form, data: visit.data }) !== false);
  const footer = screen.children.find((c) => c.type === "Footer");

  const change = (name: string, value: unknown) => {
    setForms((all) => ({ ...all, [screen.id]: { ...all[screen.id], [name]: value } }));
    setErrors(({ [name]: _, ...rest }) => rest);
  };

  const act = () => {
    const problems = validateScreen(visible, form);
    setErrors(problems);
    if (Object.keys(problems).length) {
      // Refused: the first field that needs attention takes focus, as WhatsApp's own form does.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const action = (footer?.["on-click-action"] ?? {}) as FlowAction;
    const payload = resolveRefs(action.payload ?? {}, { form, data: visit.data }) as FlowValues;
    if (action.name === "navigate") {
      const next = screens.find((s) => s.id === action.next?.name);
      if (!next) return setNotice(`The Flow has no screen "${action.next?.name}"`);
      setStack((s) => [...s, { screenId: next.id, data: { ...next.data, ...payload } }]);
    } else if (action.name === "complete") {
      onReply({ type: "flow", flow: payload });
      onClose();
    } else setNotice(`"${action.name ?? "?"}" asks the Flow's endpoint for the next screen; the preview cannot call it.`);
  };

  return (
    <Sheet label={screen.title ?? flow.cta} onClose={onClose} tall>
      <form
        ref={formRef}
        className="flex min-h-0 flex-1 flex-col"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          act();
        }}
      >
        <div className="min-h-0 flex-1 space-y-5 overflow-y-auto px-5 py-5">
          {stack.length > 1 && (
            <button type="button" onClick={() => (setStack((s) => s.slice(0, -1)), setErrors({}))} className="-mt-2 flex items-center gap-1 text-[13px] text-[#54656f] hover:text-[#111b21]">
              <ArrowLeft className="size-4" /> Back
            </button>
          )}
          {visible.map((component, i) => (
            <FlowField key={`${screen.id}-${component.name ?? i}`} component={component} form={form} data={visit.data} error={component.name ? errors[component.name] : undefined} onChange={change} />
          ))}
          {notice && <p className="rounded-md bg-amber-50 px-3 py-2 text-[13px] text-amber-800" role="alert">{notice}</p>}
        </div>
        {footer && (
          <div className="shrink-0 border-t border-[#e9edef] px-5 pt-3 pb-4">
            <button type="submit" className="h-11 w-full rounded-full bg-[#00a884] text-[15px] font-medium text-white hover:bg-[#008f6f]">
              {String(resolveRefs(footer.label, { form, data: visit.data }) ?? "Continue")}
            </button>
            <p className="mt-2 text-center text-[11px] text-[#8696a0]">Managed by the business · preview</p>
          </div>
        )}
      </form>
    </Sheet>
  );
}
