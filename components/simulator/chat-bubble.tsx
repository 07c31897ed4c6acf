import type { ReactNode } from "react";
import { Check, CheckCheck } from "lucide-react";

export const clock = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

type Props = {
  at: string;
  children: ReactNode;
  /** The contact's own messages sit on the right, in green, with delivery ticks. */
  mine?: boolean;
  status?: "sent" | "read";
  /** Buttons under the bubble, as WhatsApp draws reply buttons and list or link actions. */
  actions?: ReactNode;
  /** Media fills the bubble up to a thin frame. */
  flush?: boolean;
};

/** One chat bubble with its tail, time and ticks. */
export function Bubble({ at, children, mine = false, status, actions, flush = false }: Props) {
  return (
    <div className={`flex flex-col ${mine ? "items-end" : "items-start"}`} data-from={mine ? "contact" : "business"}>
      <div className={`w-fit max-w-[85%] ${actions ? "min-w-[14rem]" : ""}`}>
        <div
          className={`relative rounded-lg text-[14px] leading-[19px] text-[#111b21] shadow-[0_1px_0.5px_rgba(11,20,26,0.13)] ${
            mine ? "rounded-tr-none bg-[#d9fdd3]" : "rounded-tl-none bg-white"
          } ${flush ? "p-1" : "px-2.5 pt-1.5 pb-1.5"}`}
        >
          <span
            aria-hidden
            className={`absolute top-0 size-2 ${mine ? "-right-2 bg-[#d9fdd3] [clip-path:polygon(0_0,100%_0,0_100%)]" : "-left-2 bg-white [clip-path:polygon(0_0,100%_0,100%_100%)]"}`}
          />
          <div>
            {children}
            {/* WhatsApp's trick: room for the time after the last line, which moves down when that line is full. */}
            {!flush && <span aria-hidden className={`inline-block h-3 ${mine ? "w-[4.5rem]" : "w-14"}`} />}
          </div>
          <span className={`flex items-center justify-end gap-0.5 text-[11px] text-[#667781] ${flush ? "px-1.5 pt-1" : "-mt-3.5 h-4"}`}>
            {clock(at)}
            {mine && (status === "read" ? <CheckCheck aria-label="Read" className="size-4 text-[#53bdeb]" /> : <Check aria-label="Sent" className="size-4" />)}
          </span>
        </div>
        {actions && <div className="mt-0.5 flex flex-col gap-0.5">{actions}</div>}
      </div>
    </div>
  );
}

/** A tappable part under a bubble: a reply button, a list opener, a link. */
export function BubbleAction({ children, onClick, href }: { children: ReactNode; onClick?(): void; href?: string }) {
  const className =
    "flex h-10 w-full items-center justify-center gap-2 rounded-lg bg-white text-[14px] font-medium text-[#00a884] shadow-[0_1px_0.5px_rgba(11,20,26,0.13)] hover:bg-[#f5f6f6]";
  return href ? (
    <a href={href} target="_blank" rel="noreferrer" className={className}>
      {children}
    </a>
  ) : (
    <button type="button" onClick={onClick} className={className}>
      {children}
    </button>
  );
}
