"use client";

import { Copy, ExternalLink, FileText, ImageIcon, MapPin, Phone, PlayCircle, Reply as ReplyIcon, SquareArrowOutUpRight } from "lucide-react";
import type { ReactNode } from "react";
import type { FilledButton, FilledTemplate } from "@/lib/templates/fill-template";
import type { HeaderFormat } from "@/lib/whatsapp/whatsapp-template";
import { MediaImage } from "../simulator/media-image";
import { WhatsAppText } from "../simulator/whatsapp-text";

type Props = {
  template: FilledTemplate;
  /** A quick reply was tapped (the preview answers with its payload); absent, buttons are drawn only. */
  onQuickReply?(button: FilledButton): void;
  /** The bubble's time, bottom right. */
  time?: string;
};

/**
 * A template drawn as WhatsApp draws it: media or text header, body with its formatting,
 * grey footer, buttons under the bubble, carousel cards beside each other. Placeholders
 * still without a value, and Liquid the run will fill, are marked.
 */
export function TemplateView({ template, onQuickReply, time }: Props) {
  return (
    <div className="w-full max-w-[20rem]" data-testid="template-view">
      <div className="relative rounded-lg rounded-tl-none bg-white p-1 text-[14px] leading-[19px] text-[#111b21] shadow-[0_1px_0.5px_rgba(11,20,26,0.13)]">
        <span aria-hidden className="absolute top-0 -left-2 size-2 bg-white [clip-path:polygon(0_0,100%_0,100%_100%)]" />
        {template.header && template.header.format !== "text" && <HeaderMedia format={template.header.format} url={template.header.url} />}
        <div className="px-1.5 pt-1 pb-0.5">
          {template.header?.text && <div className="mb-1 font-semibold"><Marked text={template.header.text} /></div>}
          <Marked text={template.body} />
          {template.footer && <div className="mt-1 text-[12px] text-[#667781]">{template.footer}</div>}
          <div className="-mb-0.5 text-right text-[11px] text-[#667781]">{time ?? "10:24"}</div>
        </div>
        {template.buttons.length > 0 && (
          <div className="mt-1 divide-y divide-[#e9edef] border-t border-[#e9edef]">
            {template.buttons.map((b, i) => <TemplateButtonRow key={i} button={b} onQuickReply={onQuickReply} />)}
          </div>
        )}
      </div>
      {template.cards && (
        <div className="mt-1 flex gap-2 overflow-x-auto pb-1">
          {template.cards.map((card, k) => (
            <div key={k} className="w-52 shrink-0 rounded-lg bg-white p-1 shadow-[0_1px_0.5px_rgba(11,20,26,0.13)]" data-testid="carousel-card">
              <HeaderMedia format={card.format} url={card.url} compact />
              {card.body && <div className="px-1.5 py-1 text-[13px]"><Marked text={card.body} /></div>}
              <div className="divide-y divide-[#e9edef] border-t border-[#e9edef]">
                {card.buttons.map((b, i) => <TemplateButtonRow key={i} button={b} onQuickReply={onQuickReply} />)}
              </div>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

const BUTTON_ICON = { quick_reply: ReplyIcon, url: ExternalLink, phone: Phone, flow: SquareArrowOutUpRight, copy_code: Copy, otp: Copy, voice_call: Phone } as const;

function TemplateButtonRow({ button, onQuickReply }: { button: FilledButton; onQuickReply?(button: FilledButton): void }) {
  const Icon = BUTTON_ICON[button.type];
  const content = (
    <>
      <Icon className="size-4" /> {button.text}
    </>
  );
  const className = "flex h-9 w-full items-center justify-center gap-2 text-[14px] font-medium text-[#00a884]";
  if (button.type === "quick_reply" && onQuickReply) {
    return <button type="button" className={`${className} hover:bg-[#f5f6f6]`} onClick={() => onQuickReply(button)}>{content}</button>;
  }
  return <div className={className} title={button.url ?? button.phone ?? button.payload}>{content}</div>;
}

const MEDIA_ICON: Record<Exclude<HeaderFormat, "text">, typeof ImageIcon> = { image: ImageIcon, video: PlayCircle, document: FileText, location: MapPin };

function HeaderMedia({ format, url, compact = false }: { format: HeaderFormat; url?: string; compact?: boolean }) {
  const height = compact ? "h-28" : "h-36";
  if (format === "image" && url && /^https?:\/\//.test(url)) return <MediaImage src={url} className={`block ${height} w-full rounded-md bg-[#d1d7db] object-cover`} />;
  const Icon = MEDIA_ICON[format as Exclude<HeaderFormat, "text">] ?? ImageIcon;
  return (
    <div className={`flex ${height} w-full flex-col items-center justify-center gap-1 rounded-md bg-[#d1d7db]/60 text-[#54656f]`}>
      <Icon className="size-7" />
      <span className="max-w-[90%] truncate font-mono text-[11px]">{url || `${format} header`}</span>
    </div>
  );
}

/** Text with `{{1}}` (no value yet) and `{{ vars.x }}` (filled by the run) marked. */
function Marked({ text }: { text: string }): ReactNode {
  const parts = text.split(/(\{\{[^}]*\}\})/g);
  return parts.map((part, i) =>
    /^\{\{[^}]*\}\}$/.test(part) ? (
      <span key={i} className={`rounded px-1 font-mono text-[12px] ${/^\{\{\s*\d+\s*\}\}$/.test(part) ? "bg-amber-100 text-amber-800" : "bg-sky-100 text-sky-800"}`} data-placeholder>
        {part}
      </span>
    ) : (
      <WhatsAppText key={i} text={part} />
    ),
  );
}
