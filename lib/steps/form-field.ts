/**
 * The inspector form of a step kind, as data: each kind describes its fields (n8n's
 * "node properties"), and one generic inspector renders them. Paths are dotted, relative
 * to the node's `data` (or, inside a list, to the list item), exactly like issue paths,
 * so an issue lands on the field that caused it.
 */
export type FormField =
  | TextField
  | NumberField
  | DurationField
  | SelectField
  | ToggleField
  | StringsField
  | ListField
  | JsonField
  | ChannelsField
  | TemplatePickerField;

type BaseField = {
  path: string;
  label: string;
  help?: string;
  /**
   * Replaces the default "set the value at path": for fields whose change reshapes the
   * config (switching a message's kind). Receives the whole config the path is relative to.
   */
  apply?(config: unknown, value: unknown): unknown;
  /** The shown value when it is derived rather than stored at `path` (a mode switch). */
  read?(config: unknown): unknown;
};

export type TextField = BaseField & {
  type: "text";
  /** WhatsApp's limit, shown as a live counter. */
  max?: number;
  multiline?: boolean;
  /** A Liquid template: `{{` offers the journey's variables. */
  template?: boolean;
  /** An empty value removes the key instead of storing "". */
  optional?: boolean;
  placeholder?: string;
  mono?: boolean;
};

export type NumberField = BaseField & { type: "number"; min?: number; max?: number; step?: number; optional?: boolean; unit?: string };

/** A number of seconds, edited as an amount and a unit. */
export type DurationField = BaseField & { type: "duration"; optional?: boolean };

export type SelectField = BaseField & { type: "select"; options: Array<{ value: string; label: string }>; optional?: boolean };

export type ToggleField = BaseField & { type: "toggle" };

/** A list of plain strings (keywords, template parameters). */
export type StringsField = BaseField & { type: "strings"; itemLabel: string; max?: number; template?: boolean; placeholder?: string };

/** A list of objects (buttons, rows, conditions) with add, remove and reorder. */
export type ListField = BaseField & {
  type: "list";
  itemLabel: string;
  min?: number;
  max?: number;
  /** A fresh item; sees the current items so ids stay unique. */
  newItem(items: unknown[]): unknown;
  /** The item's fields, paths relative to the item. */
  fields(item: unknown, index: number): FormField[];
  /** A short title for a collapsed item. */
  title?(item: unknown, index: number): string;
};

/** Channel ids picked from the workspace's channels (Settings → Channels); none picked: all. */
export type ChannelsField = BaseField & { type: "channels" };

/** Free-form JSON (Flow data, template components); `advanced` ones start folded away. */
export type JsonField = BaseField & { type: "json"; optional?: boolean; advanced?: boolean };

/**
 * A WhatsApp template picked from the channels' synced templates; its `apply` receives
 * the picked template's name, language and layout (lib/steps/message/kinds/template.ts).
 */
export type TemplatePickerField = BaseField & { type: "template" };

/** The same fields, nested one level down (a message's fields under `message`). */
export function prefixFields(prefix: string, fields: FormField[]): FormField[] {
  return fields.map((field) => ({
    ...field,
    path: `${prefix}.${field.path}`,
    ...(field.read && { read: (config: unknown) => field.read!((config as Record<string, unknown>)[prefix]) }),
    ...(field.apply && {
      apply: (config: unknown, value: unknown) => {
        const record = config as Record<string, unknown>;
        return { ...record, [prefix]: field.apply!(record[prefix], value) };
      },
    }),
  }));
}

/** The next id like `btn_3` that none of the items uses yet. */
export function nextId(prefix: string, taken: Iterable<string>) {
  const used = new Set(taken);
  for (let n = 1; ; n++) if (!used.has(`${prefix}_${n}`)) return `${prefix}_${n}`;
}
