import { Badge } from "../ui/badge";
import { statusLabel } from "@/lib/whatsapp/whatsapp-template";

const TONES: Record<string, "success" | "info" | "warning" | "danger"> = { APPROVED: "success", PENDING: "info", IN_APPEAL: "info", PAUSED: "warning", REJECTED: "danger", DISABLED: "danger" };
const QUALITY: Record<string, { dot: string; label: string }> = {
  GREEN: { dot: "bg-emerald-500", label: "High quality" },
  YELLOW: { dot: "bg-amber-400", label: "Medium quality" },
  RED: { dot: "bg-rose-500", label: "Low quality" },
};

/** A template's status as a badge, and its quality rating (WhatsApp's green, yellow, red). */
export function TemplateStatus({ status, quality }: { status: string; quality?: string | null }) {
  const rating = quality ? QUALITY[quality] : undefined;
  return (
    <span className="inline-flex items-center gap-2">
      <Badge tone={TONES[status] ?? "neutral"}>{statusLabel(status)}</Badge>
      {rating && (
        <span className="inline-flex items-center gap-1 text-xs text-slate-500" title={`WhatsApp rates it ${quality}`}>
          <span className={`size-2 rounded-full ${rating.dot}`} /> {rating.label}
        </span>
      )}
    </span>
  );
}
