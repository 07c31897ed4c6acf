import type { FormField } from "@/lib/steps/form-field";
import type { FieldIssue } from "./field-shell";

export type FormContext = {
  /** Problems by full path (inside the node's data). */
  issues: Map<string, FieldIssue[]>;
  /** Prefix of input ids, unique per node. */
  idPrefix: string;
};

export type FormFieldsProps = {
  fields: FormField[];
  /** The object the fields' paths are relative to. */
  value: unknown;
  /** Its full path inside the node's data ("" at the top). */
  base: string;
  /** A new version of `value`; `key` names the edited field, so typing coalesces. */
  onChange(next: unknown, key: string): void;
  context: FormContext;
};
