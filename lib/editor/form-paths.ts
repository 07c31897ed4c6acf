import { bestEffortConfig } from "../journey/resolve-nodes";
import { stepDefinition } from "../steps/registry";
import type { FormField } from "../steps/form-field";
import { getPath } from "./config-path";

/**
 * The fields a node's inspector shows for its current config, safe on a config that does
 * not parse (a half-edited or imported draft): the form is built from the parsed config
 * where possible, values are always read from the raw one.
 */
export function nodeForm(kind: string, config: Record<string, unknown>): FormField[] | null {
  const definition = stepDefinition(kind);
  if (!definition) return null;
  const parsed = definition.configSchema.safeParse(config);
  try {
    return definition.form(parsed.success ? parsed.data : bestEffortConfig(definition, config));
  } catch {
    return null;
  }
}

/** Every full path the form shows a field for, list items expanded. */
export function formPaths(fields: FormField[], value: unknown, base = ""): string[] {
  return fields.flatMap((field) => {
    const path = base ? `${base}.${field.path}` : field.path;
    if (field.type !== "list") return [path];
    const items = getPath(value, field.path);
    if (!Array.isArray(items)) return [path];
    return [path, ...items.flatMap((item, i) => formPaths(safeFields(field, item, i), item, `${path}.${i}`))];
  });
}

export function safeFields(field: Extract<FormField, { type: "list" }>, item: unknown, index: number): FormField[] {
  try {
    return field.fields(item, index);
  } catch {
    return [];
  }
}

/** The field an issue belongs to: its own path, else the closest enclosing field. */
export function fieldForPath(paths: string[], issuePath: string): string | null {
  let best: string | null = null;
  for (const path of paths) {
    if (path === issuePath) return path;
    if (issuePath.startsWith(`${path}.`) && (!best || path.length > best.length)) best = path;
  }
  return best;
}
