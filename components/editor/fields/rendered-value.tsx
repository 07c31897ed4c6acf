"use client";

import { useDeferredValue, useMemo } from "react";
import { usePreview } from "@/components/simulator/preview-context";
import { hasTemplateSyntax } from "@/lib/templating/liquid-engine";
import { renderTemplate, TemplateError } from "@/lib/templating/render-template";
import { templatePreviewScope } from "@/lib/journey/sample-scope";

/**
 * What a template field renders to, under it as it is typed: with the preview's current
 * variables when a preview run exists, else with sample values (and it says which).
 */
export function RenderedValue({ source }: { source: string }) {
  const run = usePreview((s) => s.snapshot?.run ?? null);
  const contact = usePreview((s) => s.snapshot?.contact);
  // Rendering waits for a pause in typing, never slows the keystroke itself.
  const text = useDeferredValue(source);
  const result = useMemo(() => {
    const { scope, source: from } = templatePreviewScope(run, contact);
    try {
      return { ok: true as const, value: renderTemplate(text, scope, "field"), from };
    } catch (error) {
      return { ok: false as const, value: error instanceof TemplateError ? error.reason : String(error), from };
    }
  }, [text, run, contact]);
  if (!hasTemplateSyntax(source)) return null;
  return (
    <p className="mt-1 rounded-md bg-slate-50 px-2 py-1 text-[11px] leading-relaxed text-slate-500 ring-1 ring-slate-100 [overflow-wrap:anywhere]" aria-live="polite" data-testid="rendered-value">
      <span className="font-medium">{result.from === "preview" ? "With the preview's values:" : "With sample values:"}</span>{" "}
      {result.ok ? (
        <span className="whitespace-pre-wrap text-slate-800">{result.value || <em className="text-slate-400">(empty)</em>}</span>
      ) : (
        <span className="text-rose-600">{result.value}</span>
      )}
    </p>
  );
}
