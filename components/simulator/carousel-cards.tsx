"use client";

import type { PreviewReply } from "@/lib/preview/preview-schemas";
import { MediaImage } from "./media-image";
import { TemplateButton } from "./template-bubble";

type Card = { cardIndex: number; components: Array<{ type: string; parameters?: Array<{ type: string; url?: string; text?: string; payload?: string }>; [key: string]: unknown }> };

/** A carousel's cards, side by side and scrolling sideways as on a phone. */
export function CarouselCards({ cards, onReply }: { cards: Card[]; onReply(reply: PreviewReply): void }) {
  return (
    <div className="-mx-3 flex snap-x gap-2 overflow-x-auto px-3 pb-1" role="list" aria-label="Carousel">
      {cards.map((card) => {
        const media = card.components.find((c) => c.type === "header")?.parameters?.[0];
        const buttons = card.components.filter((c) => c.type === "button");
        return (
          <div key={card.cardIndex} role="listitem" aria-label={`Card ${card.cardIndex + 1}`} className="w-52 shrink-0 snap-start rounded-lg bg-white p-1 shadow-[0_1px_0.5px_rgba(11,20,26,0.13)]">
            {media?.url && (
              <MediaImage src={media.url} className="block h-32 w-full rounded-md bg-[#d1d7db] object-cover" />
            )}
            <div className="mt-1 flex flex-col gap-0.5 [&>*]:shadow-none [&>*]:ring-1 [&>*]:ring-[#e9edef]">
              {buttons.map((button, i) => (
                <TemplateButton key={i} button={button} onReply={onReply} />
              ))}
            </div>
          </div>
        );
      })}
    </div>
  );
}
