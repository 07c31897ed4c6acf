import type { JourneyDocumentInput } from "./document-schema";

/**
 * A large, realistic, valid journey for benchmarks: a trigger, then repeating blocks of
 * buttons question → branch → text / HTTP request → wait, chained, laid out in a grid.
 */
export function generateJourney(nodeCount: number): JourneyDocumentInput {
  const nodes: JourneyDocumentInput["nodes"] = [];
  const edges: JourneyDocumentInput["edges"] = [];
  const at = (i: number) => ({ x: (i % 20) * 320, y: Math.floor(i / 20) * 220 });
  const add = (id: string, type: string, data: Record<string, unknown>) => {
    nodes.push({ id, type: type as never, position: at(nodes.length), data });
    return id;
  };
  const link = (source: string, sourceHandle: string, target: string) =>
    edges.push({ id: `e${edges.length}`, source, sourceHandle, target });

  let previous = add("trigger", "trigger.inbound", { match: "contains", keywords: ["start"], caseSensitive: false });
  let handle = "next";
  const end = add("end", "end", { outcome: "Done" });
  for (let block = 0; nodes.length + 5 <= nodeCount; block++) {
    const ask = add(`ask_${block}`, "message", {
      message: {
        kind: "buttons",
        body: `Question ${block} for {{ contact.name | default: "you" }}?`,
        buttons: [
          { id: "yes", title: "Yes" },
          { id: "no", title: "No" },
        ],
      },
      wait: { enabled: true, timeoutSeconds: 3600 },
    });
    const decide = add(`branch_${block}`, "branch", {
      conditions: [{ id: "vip", all: [{ left: "{{ vars.tier }}", op: "equals", right: "vip" }] }],
    });
    const say = add(`say_${block}`, "message", { message: { kind: "text", text: `Thanks {{ contact.name }}, step ${block} done.` } });
    const call = add(`call_${block}`, "httpRequest", {
      method: "POST",
      url: `https://api.example.com/step/${block}`,
      body: '{ "answer": "{{ reply.id }}" }',
      saveAs: `r${block}`,
    });
    const wait = add(`wait_${block}`, "waitForReply", { timeoutSeconds: 600, saveAs: `w${block}` });
    link(previous, handle, ask);
    link(ask, "option:yes", decide);
    link(ask, "option:no", say);
    link(ask, "other", say);
    link(ask, "timeout", end);
    link(ask, "failed", end);
    link(decide, "vip", call);
    link(decide, "else", say);
    link(say, "next", call);
    link(say, "failed", end);
    link(call, "success", wait);
    link(call, "error", end);
    link(wait, "timeout", end);
    previous = wait;
    handle = "reply";
  }
  link(previous, handle, end);
  while (nodes.length < nodeCount) add(`note_${nodes.length}`, "note", { text: "A note" });
  return { schema: "journey/v1", name: `Generated ${nodeCount}`, nodes, edges };
}
