import { Badge } from "@/components/ui/badge";

const TONE = {
  running: "info",
  waiting: "info",
  sleeping: "info",
  completed: "success",
  failed: "danger",
  expired: "warning",
  cancelled: "neutral",
} as const;

const LABEL: Record<string, string> = { waiting: "Waiting for reply", sleeping: "Delayed" };

export function RunStatusBadge({ status }: { status: string }) {
  return <Badge tone={TONE[status as keyof typeof TONE] ?? "neutral"}>{LABEL[status] ?? status[0].toUpperCase() + status.slice(1)}</Badge>;
}

const MESSAGE_TONE: Record<string, "success" | "info" | "danger" | "neutral" | "warning"> = {
  pending: "neutral", sending: "info", queued: "info", sent: "info", delivered: "success", read: "success", undelivered: "danger", rejected: "danger", failed: "danger",
};

export function MessageStatusBadge({ status }: { status: string }) {
  return <Badge tone={MESSAGE_TONE[status] ?? "neutral"}>{status}</Badge>;
}
