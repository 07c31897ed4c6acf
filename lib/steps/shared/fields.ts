import { z } from "zod";

/**
 * Field builders whose errors read as a user would say them ("Button title is 24
 * characters; WhatsApp allows 20"), so the validator can show zod's message as is.
 */
export function text(label: string, max?: number, options: { required?: boolean } = {}) {
  let schema = z.string({ error: `${label} must be text` });
  if (options.required) schema = schema.min(1, { error: `${label} is required` });
  if (max !== undefined) {
    schema = schema.max(max, {
      error: (issue) =>
        `${label} is ${String(issue.input ?? "").length} characters; WhatsApp allows ${max}`,
    });
  }
  return schema;
}

export function requiredText(label: string, max?: number) {
  return text(label, max, { required: true });
}

export function optionalText(label: string, max?: number) {
  return text(label, max).optional();
}

export function integer(label: string, min: number, max: number) {
  return z
    .number({ error: `${label} must be a number` })
    .int({ error: `${label} must be a whole number` })
    .min(min, { error: `${label} must be at least ${min}` })
    .max(max, { error: `${label} must be at most ${max}` });
}

export const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function variableName(label = "Variable name") {
  return z
    .string()
    .min(1, { error: `${label} is required` })
    .max(64, { error: `${label} is at most 64 characters` })
    .regex(VARIABLE_NAME, { error: `${label} must start with a letter and use letters, digits and _` });
}

/** Ids of options (buttons, rows, conditions) become handle ids, so they are kept simple. */
export function optionId(label: string, max: number) {
  return z
    .string()
    .min(1, { error: `${label} is required` })
    .max(max, { error: `${label} is at most ${max} characters` })
    .regex(/^[^\s:]+$/, { error: `${label} cannot contain spaces or ":"` });
}

/** Keys that repeat in `items` at the given field, for "must be unique" rules. */
export function duplicates<T>(items: T[], key: (item: T) => string): number[] {
  const seen = new Map<string, number>();
  const repeated: number[] = [];
  items.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value)) repeated.push(index);
    else seen.set(value, index);
  });
  return repeated;
}

export const SECONDS_PER_DAY = 86_400;
