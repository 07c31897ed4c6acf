import type { z } from "zod";
import type { FormField } from "../form-field";
import type { StepIssue, TemplateField } from "../step-definition";

/** One selectable answer of an interactive message: becomes the handle `option:<id>`. */
export type MessageOption = { id: string; label: string };

/**
 * A kind of WhatsApp message (text, buttons, list, ...). The `message` step delegates
 * everything kind-specific here; paths in issues and template fields are relative to
 * the message object.
 */
export type MessageKindDefinition<M extends { kind: string } = { kind: string }> = {
  kind: M["kind"];
  label: string;
  description: string;
  icon: string;
  schema: z.ZodType<M>;
  defaults(): M;
  /** Anything but an approved template needs the 24-hour window to be open. */
  freeForm: boolean;
  /** Buttons, lists and Flows can wait for the answer on the same node. */
  canWait: boolean;
  options?(message: M): MessageOption[];
  /** Answers that are not known options up front: a dynamic list row, a Flow submission. */
  selects?(message: M): boolean;
  summary(message: M): string;
  validate?(message: M): StepIssue[];
  templateFields(message: M): TemplateField[];
  /** The inspector's fields, paths relative to the message. */
  form(message: M): FormField[];
  /** Rows or parts built from run data (a dynamic list), before limits are re-checked. */
  expand?(message: M, context: ExpandContext): M;
  /** The Flow JSON of the form this message opens, for the preview. */
  flowJson?(message: M): unknown;
  /**
   * Where an issue found in its template send (a path like `components.1.parameters.0`)
   * lands on this message; absent: on `name`. Only kinds sent as templates need it.
   */
  templateIssuePath?(sendPath: string): string;
  /** The rendered message as an 8x8 send body's `type` and `content` (8x8-chatapps.md §3.6). */
  toSend(message: M): SendContent;
};

export type SendContent = { type: string; content: Record<string, unknown> };

export type ExpandContext = {
  /** A value of the run's scope by dotted path, e.g. `vars.slots.body.slots`. */
  lookup(path: string): unknown;
  /** Renders a template with extra names in scope (`item`, `index`). */
  render(template: string, path: string, extra: Record<string, unknown>): string;
};

export function defineMessageKind<M extends { kind: string }>(definition: MessageKindDefinition<M>) {
  return definition;
}

/** Template fields from optional strings, skipping the absent ones. */
export function fields(entries: Array<[string, string | undefined]>): TemplateField[] {
  return entries.flatMap(([path, value]) => (value ? [{ path, value }] : []));
}
