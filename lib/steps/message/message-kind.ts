import type { z } from "zod";
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
};

export function defineMessageKind<M extends { kind: string }>(definition: MessageKindDefinition<M>) {
  return definition;
}

/** Template fields from optional strings, skipping the absent ones. */
export function fields(entries: Array<[string, string | undefined]>): TemplateField[] {
  return entries.flatMap(([path, value]) => (value ? [{ path, value }] : []));
}
