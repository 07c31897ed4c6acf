import { renderTemplate, TemplateError } from "../../templating/render-template";
import { messageKind, type AnyMessage } from "./message-kinds";
import type { SendContent } from "./message-kind";

export type RenderResult =
  | { ok: true; message: AnyMessage; send: SendContent }
  | { ok: false; path: string; error: string };

/**
 * A message as it goes out: every Liquid field rendered against the run's scope, dynamic
 * rows expanded, then WhatsApp's limits checked again on the result (a name that renders
 * past 20 characters is a step error, never a request 8x8 would reject). Paths are
 * relative to the message.
 */
export function renderMessage(message: AnyMessage, scope: Record<string, unknown>): RenderResult {
  const kind = messageKind(message.kind);
  try {
    let rendered = structuredClone(message);
    for (const field of kind.templateFields(message)) {
      if (field.path.startsWith("dynamic.")) continue;
      setPath(rendered, field.path, renderTemplate(field.value, scope, field.path));
    }
    if (kind.expand) {
      rendered = kind.expand(rendered, {
        lookup: (path) => lookup(scope, path),
        render: (template, path, extra) => renderTemplate(template, { ...scope, ...extra }, path),
      });
    }
    const checked = kind.schema.safeParse(rendered);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return { ok: false, path: issue.path.join("."), error: `After filling in the variables: ${issue.message}` };
    }
    const problem = kind.validate?.(checked.data).find((i) => i.severity === "error");
    if (problem) return { ok: false, path: problem.path, error: `After filling in the variables: ${problem.message}` };
    return { ok: true, message: checked.data, send: kind.toSend(checked.data) };
  } catch (error) {
    if (error instanceof TemplateError) return { ok: false, path: error.path, error: `Template error: ${error.reason}` };
    return { ok: false, path: message.kind === "list" ? "dynamic.from" : "", error: (error as Error).message };
  }
}

/** A value by dotted path (`vars.slots.body.slots`), undefined when any part is missing. */
export function lookup(scope: unknown, path: string): unknown {
  let value: unknown = scope;
  for (const key of path.split(".")) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function setPath(target: unknown, path: string, value: unknown) {
  const keys = path.split(".");
  let node = target as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
}
