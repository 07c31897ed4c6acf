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

/** A run's status; a completed run that went on along a step's Failed output says so (it is not a clean success). */
export function RunStatusBadge({ status, errorPath = false }: { status: string; errorPath?: boolean }) {
  if (status === "completed" && errorPath) {
    return (
      <span title="A step failed and the run went on along its Failed output">
        <Badge tone="warning">Completed · error path</Badge>
      </span>
    );
  }
  return <Badge tone={TONE[status as keyof typeof TONE] ?? "neutral"}>{LABEL[status] ?? status[0].toUpperCase() + status.slice(1)}</Badge>;
}

const MESSAGE_TONE: Record<string, "success" | "info" | "danger" | "neutral" | "warning"> = {
  pending: "neutral", sending: "info", queued: "info", sent: "info", delivered: "success", read: "success", undelivered: "danger", rejected: "danger", failed: "danger",
};

export function MessageStatusBadge({ status }: { status: string }) {
  return <Badge tone={MESSAGE_TONE[status] ?? "neutral"}>{status}</Badge>;
}
