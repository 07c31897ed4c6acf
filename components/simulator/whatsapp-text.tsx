import { Fragment } from "react";
import { formatWhatsApp, type FormattedSpan } from "@/lib/preview/whatsapp-format";

const STYLE = {
  bold: "font-semibold",
  italic: "italic",
  strike: "line-through",
  mono: "font-mono text-[12.5px]",
  code: "rounded bg-black/5 px-1 font-mono text-[12.5px]",
} as const;

/** Message text as WhatsApp shows it: its formatting markers applied, line breaks kept. */
export function WhatsAppText({ text, className = "" }: { text: string; className?: string }) {
  return <span className={`whitespace-pre-wrap break-words ${className}`}>{render(formatWhatsApp(text))}</span>;
}

function render(spans: FormattedSpan[]) {
  return spans.map((span, index) =>
    typeof span === "string" ? (
      <Fragment key={index}>{span}</Fragment>
    ) : (
      <span key={index} className={STYLE[span.style]} data-format={span.style}>
        {render(span.children)}
      </span>
    ),
  );
}
