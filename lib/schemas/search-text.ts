import { z } from "zod";

/**
 * Text a person searches for, matched literally: at most `max` characters and no control
 * characters (a NUL ends a C string inside the database, and PostgreSQL refuses it in text).
 */
export function searchText(max = 100) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max)
    // eslint-disable-next-line no-control-regex
    .refine((text) => !/[\u0000-\u001f\u007f]/.test(text), { error: "The search cannot contain control characters" });
}

/** `text` as a LIKE pattern that matches it anywhere, literally: its `%`, `_` and `\` escaped (use with `ESCAPE '\'`). */
export function likeAnywhere(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
