/**
 * JSON with a nesting limit. V8's JSON.parse accepts any depth, but JSON.stringify, zod,
 * structuredClone and Liquid all recurse: a body nested 10,000 levels parses fine and
 * then throws "Maximum call stack size exceeded" wherever it is used next (a 500, a run
 * that cannot commit, a preview that cannot answer). Every JSON the app accepts from
 * outside goes through here first. Journey documents nest about 15 levels (Flow JSON
 * included); 64 leaves room and stays far from any stack limit.
 */
export const MAX_JSON_DEPTH = 64;

export class JsonTooDeepError extends Error {
  constructor(readonly maxDepth: number) {
    super(`JSON is nested deeper than ${maxDepth} levels`);
  }
}

/** JSON.parse, refusing text nested deeper than `maxDepth` before parsing it. */
export function parseBoundedJson(text: string, maxDepth = MAX_JSON_DEPTH): unknown {
  if (jsonDepth(text, maxDepth) > maxDepth) throw new JsonTooDeepError(maxDepth);
  return JSON.parse(text);
}

/**
 * The deepest nesting of arrays and objects in JSON text, counting stops once it passes
 * `stopAbove`. A scan of the text, not of a parsed value, so it never recurses itself;
 * brackets inside strings do not count. Invalid JSON is left to JSON.parse to report.
 */
export function jsonDepth(text: string, stopAbove = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > deepest) {
        deepest = depth;
        if (deepest > stopAbove) return deepest;
      }
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return deepest;
}

/**
 * Whether an already-parsed value nests deeper than `maxDepth`: for values that did not
 * come through parseBoundedJson. Iterative, so a deep value cannot overflow the check.
 */
export function valueTooDeep(value: unknown, maxDepth = MAX_JSON_DEPTH): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== "object") continue;
    if (depth + 1 > maxDepth) return true;
    for (const child of Object.values(item)) if (child !== null && typeof child === "object") stack.push([child, depth + 1]);
  }
  return false;
}
