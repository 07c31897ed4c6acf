"use client";

import { ExternalLink, Reply as ReplyIcon } from "lucide-react";
import type { PreviewReply } from "@/lib/preview/preview-schemas";
import { Bubble, BubbleAction } from "./chat-bubble";
import { MediaImage } from "./media-image";

type Parameter = { type: string; text?: string; url?: string; payload?: string };
type Component = { type: string; subType?: unknown; index?: unknown; parameters?: Parameter[]; [key: string]: unknown };
type Props = { template: { name: string; language: string; components?: Component[] }; at: string; onReply(reply: PreviewReply): void };

/**
 * A template as the preview can know it: the approved text lives in WhatsApp Manager,
 * so the bubble names the template and shows the parameters and buttons the run filled in.
 */
export function TemplateBubble({ template, at, onReply }: Props) {
  const components = template.components ?? [];
  const header = components.find((c) => c.type === "header")?.parameters?.[0];
  const body = components.find((c) => c.type === "body")?.parameters ?? [];
  const buttons = components.filter((c) => c.type === "button");
  return (
    <Bubble
      at={at}
      flush={Boolean(header?.url)}
      actions={buttons.length > 0 && buttons.map((button, i) => <TemplateButton key={i} button={button} onReply={onReply} />)}
    >
      {header?.url && (
        <MediaImage src={header.url} className="mb-1 block h-40 w-full rounded-md bg-[#d1d7db] object-cover" />
      )}
      <div className={header?.url ? "px-1.5" : ""}>
        <div className="mb-1 inline-flex items-center gap-1 rounded bg-[#f0f2f5] px-1.5 py-0.5 font-mono text-[11px] text-[#54656f]">
          Template · {template.name} · {template.language}
        </div>
        {header?.text && <div className="font-semibold">{header.text}</div>}
        {body.length > 0 ? (
          <ol className="space-y-0.5 text-[13px]">
            {body.map((p, i) => (
              <li key={i}>
                <span className="mr-1 font-mono text-[11px] text-[#667781]">{`{{${i + 1}}}`}</span>
                {p.text ?? p.payload ?? p.type}
              </li>
            ))}
          </ol>
        ) : (
          <div className="text-[13px] text-[#667781] italic">The approved text of the template</div>
        )}
      </div>
    </Bubble>
  );
}

/** A template button: quick replies answer with their payload, URL buttons open. */
export function TemplateButton({ button, onReply }: { button: Component; onReply(reply: PreviewReply): void }) {
  const parameter = button.parameters?.[0];
  if (button.subType === "url") {
    return (
      <BubbleAction href={parameter?.text?.startsWith("http") ? parameter.text : undefined}>
        <ExternalLink className="size-4" /> {parameter?.text ?? "Open link"}
      </BubbleAction>
    );
  }
  const payload = parameter?.payload ?? parameter?.text ?? `button ${String(button.index ?? "")}`;
  return (
    <BubbleAction onClick={() => onReply({ type: "button", id: payload, title: payload })}>
      <ReplyIcon className="size-4" /> {payload}
    </BubbleAction>
  );
}
