import { stepDefinition } from "../steps/registry";
import type { EditorNode } from "./editor-graph";

const BUILT_IN = [
  { name: "contact.name", help: "WhatsApp profile name" },
  { name: "contact.msisdn", help: "Phone number" },
  { name: "contact.channelUserId", help: "WhatsApp user id" },
  { name: "reply.text", help: "Text of the last reply" },
  { name: "reply.id", help: "Id of the tapped button or row" },
  { name: "reply.title", help: "Title of the tapped button or row" },
  { name: "reply.type", help: "text, button, list, media, location, flow…" },
  { name: "reply.flow", help: "Submitted Flow form" },
  { name: "trigger.text", help: "Message that started the run" },
  { name: "run.id", help: "This run's id" },
  { name: "run.startedAt", help: "When the run started" },
];

export type VariableSuggestion = { name: string; help: string };

/**
 * What a template can name: the built-in scope plus every `vars.*` some step writes
 * (set variables, saveAs). `item`/`index` exist inside dynamic list rows only.
 */
export function knownVariables(nodes: EditorNode[], extra: VariableSuggestion[] = []): VariableSuggestion[] {
  const vars = new Map<string, string>();
  for (const node of nodes) {
    const definition = stepDefinition(node.data.kind);
    let names: string[] = [];
    try {
      names = definition?.writesVars?.(node.data.config as never) ?? [];
    } catch {
      // A half-edited config names nothing yet.
    }
    for (const name of names) if (name && !vars.has(name)) vars.set(name, `Set by ${node.data.title || node.id}`);
  }
  return [...extra, ...[...vars].map(([name, help]) => ({ name: `vars.${name}`, help })), ...BUILT_IN];
}
