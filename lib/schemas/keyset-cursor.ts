import { z } from "zod";

const SHAPE = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|([\w-]{1,64})$/;

/**
 * A keyset page's cursor, `<ISO instant>|<id>` as the previous page's `nextCursor` gave it.
 * The instant must be a real one that prints back the same: "2024-13-45T25:61:61.000Z"
 * has the shape but is no date, and would reach the database as an invalid Date.
 */
export function keysetCursor() {
  return z
    .string()
    .regex(SHAPE, { error: "cursor is the nextCursor of the previous page" })
    .refine((cursor) => {
      const at = cursor.slice(0, cursor.indexOf("|"));
      const date = new Date(at);
      return !Number.isNaN(date.getTime()) && date.toISOString() === at;
    }, { error: "cursor names an instant that does not exist: pass the nextCursor of the previous page" })
    .transform((cursor) => {
      const [, at, id] = SHAPE.exec(cursor)!;
      return { at: new Date(at), id, raw: cursor };
    });
}

export type KeysetCursor = z.output<ReturnType<typeof keysetCursor>>;
