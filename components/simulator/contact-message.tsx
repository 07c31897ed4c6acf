import { ClipboardCheck, MapPin } from "lucide-react";
import type { Reply } from "@/lib/whatsapp/normalize-reply";
import { Bubble } from "./chat-bubble";
import { WhatsAppText } from "./whatsapp-text";

/** What the simulated contact sent: typed text, a tapped option, a submitted form. */
export function ContactMessage({ reply, at, status }: { reply: Reply; at: string; status: "sent" | "read" }) {
  return (
    <Bubble at={at} mine status={status}>
      <ReplyBody reply={reply} />
    </Bubble>
  );
}

function ReplyBody({ reply }: { reply: Reply }) {
  switch (reply.type) {
    case "list":
      return (
        <>
          <div>{reply.title}</div>
          {reply.description && <div className="text-[12px] text-[#667781]">{reply.description}</div>}
        </>
      );
    case "flow":
      return (
        <div className="min-w-44">
          <div className="flex items-center gap-1.5 font-medium"><ClipboardCheck className="size-4 text-[#00a884]" /> Form submitted</div>
          <dl className="mt-1 space-y-0.5 text-[12px]">
            {Object.entries(reply.flow ?? {}).map(([key, value]) => (
              <div key={key} className="flex gap-2">
                <dt className="text-[#667781]">{key}</dt>
                <dd className="min-w-0 truncate">{typeof value === "string" ? value : JSON.stringify(value)}</dd>
              </div>
            ))}
          </dl>
        </div>
      );
    case "location":
      return (
        <span className="flex items-center gap-1.5">
          <MapPin className="size-4 text-rose-600" /> {reply.location?.latitude.toFixed(4)}, {reply.location?.longitude.toFixed(4)}
        </span>
      );
    default:
      return <WhatsAppText text={reply.text ?? reply.title ?? `(${reply.type})`} />;
  }
}
