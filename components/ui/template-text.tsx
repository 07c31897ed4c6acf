import { Fragment } from "react";

const PART = /(\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\})/g;

/** Text with its Liquid `{{ … }}` parts shown as variable chips. */
export function TemplateText({ text }: { text: string }) {
  return (
    <>
      {text.split(PART).map((part, i) =>
        PART.test(part) ? (
          <code key={i} className="mx-px rounded bg-violet-50 px-1 py-px font-mono text-[0.85em] text-violet-700 ring-1 ring-inset ring-violet-200">
            {part.replace(/^\{\{\s*|\s*\}\}$/g, "")}
          </code>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}
