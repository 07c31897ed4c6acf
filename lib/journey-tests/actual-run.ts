import { messagePreview } from "../runs/message-preview";
import type { PreviewSnapshot } from "../preview/preview-schemas";
import type { ActualRun } from "./compare-run";

/** What a preview conversation did, in the terms a test compares: read off its snapshot. */
export function actualRun(snapshot: Pick<PreviewSnapshot, "messages" | "steps" | "run">): ActualRun {
  const messages = snapshot.messages.flatMap((m) =>
    m.from === "business" ? [{ nodeId: m.nodeId, type: m.send.type, content: m.send.content, text: messagePreview(m.send) }] : [],
  );
  const path: string[] = [];
  for (const step of snapshot.steps) if (path.at(-1) !== step.nodeId) path.push(step.nodeId);
  return {
    messages,
    path,
    taken: snapshot.steps.map((s) => ({ nodeId: s.nodeId, outcome: s.outcome })),
    vars: snapshot.run?.vars ?? {},
    status: snapshot.run?.status ?? null,
    outcome: snapshot.run?.outcome ?? null,
    at: snapshot.run && ["waiting", "sleeping"].includes(snapshot.run.status) ? snapshot.run.currentNode : null,
  };
}
