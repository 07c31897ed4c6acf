"use client";

import { ExternalLink, FileText, List, MapPin, Music, PlayCircle, Reply as ReplyIcon, SquarePen } from "lucide-react";
import type { PreviewReply } from "@/lib/preview/preview-schemas";
import type { SendContent } from "@/lib/steps/message/message-kind";
import { CarouselCards } from "./carousel-cards";
import { MediaImage } from "./media-image";
import { Bubble, BubbleAction, clock } from "./chat-bubble";
import { TemplateBubble } from "./template-bubble";
import { TemplateView } from "../templates/template-view";
import { useTemplates } from "../templates/use-templates";
import { fillTemplate } from "@/lib/templates/fill-template";
import { WhatsAppText } from "./whatsapp-text";

export type ListRow = { id: string; title: string; description?: string };
export type ListPicker = { title: string; sections: Array<{ title?: string; rows: ListRow[] }> };
export type FlowOpener = { cta: string; screen?: string; data?: Record<string, unknown> };

type Props = {
  send: SendContent;
  at: string;
  onReply(reply: PreviewReply): void;
  onOpenList(list: ListPicker): void;
  onOpenFlow(flow: FlowOpener): void;
};

type Frame = { header?: { text?: string }; body?: { text?: string }; footer?: { text?: string } };
type Interactive = Frame & { type: string; action?: Record<string, unknown> };

/** A message from the business, drawn from the 8x8 send body the runtime produced. */
export function BusinessMessage({ send, at, onReply, onOpenList, onOpenFlow }: Props) {
  const content = send.content as Record<string, unknown>;
  switch (send.type.toLowerCase()) {
    case "text":
      return (
        <Bubble at={at}>
          <WhatsAppText text={String(content.text ?? "")} />
        </Bubble>
      );
    case "image":
    case "video":
    case "audio":
    case "file":
      return <MediaBubble type={send.type.toLowerCase()} url={String(content.url ?? "")} caption={content.text as string | undefined} at={at} />;
    case "location":
      return <LocationBubble location={content.location as Location} at={at} />;
    case "template":
      return <TemplateMessage template={content.template as Template} at={at} onReply={onReply} />;
    case "interactive":
      return <InteractiveMessage interactive={content.interactive as Interactive} at={at} onReply={onReply} onOpenList={onOpenList} onOpenFlow={onOpenFlow} />;
    default:
      return <Bubble at={at}>Unsupported message type {send.type}</Bubble>;
  }
}

function InteractiveMessage({ interactive, at, onReply, onOpenList, onOpenFlow }: Omit<Props, "send"> & { interactive: Interactive }) {
  const action = interactive.action ?? {};
  const frame = <FrameText frame={interactive} />;
  switch (interactive.type) {
    case "button": {
      const buttons = (action.buttons as Array<{ reply: { id: string; title: string } }>) ?? [];
      return (
        <Bubble at={at} actions={buttons.map(({ reply }) => (
          <BubbleAction key={reply.id} onClick={() => onReply({ type: "button", id: reply.id, title: reply.title })}>
            <ReplyIcon className="size-4" /> {reply.title}
          </BubbleAction>
        ))}>
          {frame}
        </Bubble>
      );
    }
    case "list": {
      const title = String(action.button ?? "Choose");
      const sections = (action.sections as ListPicker["sections"]) ?? [];
      return (
        <Bubble at={at} actions={<BubbleAction onClick={() => onOpenList({ title, sections })}><List className="size-4" /> {title}</BubbleAction>}>
          {frame}
        </Bubble>
      );
    }
    case "cta_url": {
      const parameters = (action.parameters as { display_text: string; url: string }) ?? { display_text: "Open", url: "#" };
      return (
        <Bubble at={at} actions={<BubbleAction href={parameters.url}><ExternalLink className="size-4" /> {parameters.display_text}</BubbleAction>}>
          {frame}
        </Bubble>
      );
    }
    case "flow": {
      const parameters = (action.parameters as { flowCta: string; flowActionPayload?: { screen: string; data?: Record<string, unknown> } }) ?? { flowCta: "Open" };
      const open = () => onOpenFlow({ cta: parameters.flowCta, screen: parameters.flowActionPayload?.screen, data: parameters.flowActionPayload?.data });
      return (
        <Bubble at={at} actions={<BubbleAction onClick={open}><SquarePen className="size-4" /> {parameters.flowCta}</BubbleAction>}>
          {frame}
        </Bubble>
      );
    }
    default:
      return <Bubble at={at}>{frame}</Bubble>;
  }
}

function FrameText({ frame }: { frame: Frame }) {
  return (
    <>
      {frame.header?.text && <div className="mb-1 font-semibold text-[#111b21]"><WhatsAppText text={frame.header.text} /></div>}
      {frame.body?.text && <WhatsAppText text={frame.body.text} />}
      {frame.footer?.text && <div className="mt-1 text-[12px] text-[#667781]"><WhatsAppText text={frame.footer.text} /></div>}
    </>
  );
}

type Template = { name: string; language: string; components?: Array<{ type: string; [key: string]: unknown }> };

function TemplateMessage({ template, at, onReply }: { template: Template; at: string; onReply(reply: PreviewReply): void }) {
  const { data } = useTemplates();
  const known = data?.templates.find((t) => t.name === template.name && t.language === template.language);
  if (known) {
    return (
      <div className="flex flex-col items-start" data-from="business">
        <TemplateView
          template={fillTemplate(known.layout, template.components as never)}
          time={clock(at)}
          onQuickReply={(b) => onReply({ type: "button", id: b.payload ?? b.text, title: b.text })}
        />
      </div>
    );
  }
  const carousel = template.components?.find((c) => c.type === "carousel") as { cards?: unknown[] } | undefined;
  return (
    <>
      <TemplateBubble template={template} at={at} onReply={onReply} />
      {carousel?.cards && <CarouselCards cards={carousel.cards as never} onReply={onReply} />}
    </>
  );
}

const MEDIA_ICON = { video: PlayCircle, audio: Music, file: FileText } as const;

function MediaBubble({ type, url, caption, at }: { type: string; url: string; caption?: string; at: string }) {
  const name = decodeURIComponent(url.split("/").pop()?.split("?")[0] ?? url);
  const Icon = MEDIA_ICON[type as keyof typeof MEDIA_ICON];
  return (
    <Bubble at={at} flush>
      {type === "image" ? (
        <MediaImage src={url} alt={caption ?? name} className="block h-48 w-64 max-w-full rounded-md bg-[#d1d7db] object-cover" />
      ) : (
        <a href={url} target="_blank" rel="noreferrer" className="flex items-center gap-3 rounded-md bg-[#f0f2f5] px-3 py-3 text-[13px] text-[#111b21]">
          <Icon className="size-8 shrink-0 text-[#8696a0]" />
          <span className="min-w-0 truncate">{name}</span>
        </a>
      )}
      {caption && <div className="px-1.5 pt-1.5"><WhatsAppText text={caption} /></div>}
    </Bubble>
  );
}

type Location = { latitude: number; longitude: number; name?: string; address?: string };

function LocationBubble({ location, at }: { location: Location; at: string }) {
  const href = `https://www.openstreetmap.org/?mlat=${location.latitude}&mlon=${location.longitude}#map=16/${location.latitude}/${location.longitude}`;
  return (
    <Bubble at={at} flush>
      <a href={href} target="_blank" rel="noreferrer" className="block">
        <div className="relative grid h-28 place-items-center overflow-hidden rounded-md bg-[linear-gradient(135deg,#dfe9d8_25%,#e8efe2_25%,#e8efe2_50%,#dfe9d8_50%,#dfe9d8_75%,#e8efe2_75%)] bg-[length:24px_24px]">
          <MapPin className="size-9 fill-rose-500 text-rose-700" />
        </div>
        <div className="px-1.5 pt-1.5">
          {location.name && <div className="font-medium text-[#111b21]">{location.name}</div>}
          {location.address && <div className="text-[12px] text-[#667781]">{location.address}</div>}
          {!location.name && !location.address && <div className="font-mono text-[12px] text-[#667781]">{location.latitude}, {location.longitude}</div>}
        </div>
      </a>
    </Bubble>
  );
}
