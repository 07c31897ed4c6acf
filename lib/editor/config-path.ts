/** The value at a dotted path (`message.buttons.0.title`), or undefined. */
export function getPath(value: unknown, path: string): unknown {
  if (!path) return value;
  let current = value;
  for (const key of path.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * A copy with the value at `path` replaced, sharing every untouched branch (the history
 * keeps old documents by reference). Setting undefined removes an object key, so an
 * emptied optional field disappears from the saved document instead of becoming "".
 */
export function setPath<T>(value: T, path: string, next: unknown): T {
  if (!path) return next as T;
  const [key, ...rest] = path.split(".");
  const restPath = rest.join(".");
  if (Array.isArray(value)) {
    const copy = value.slice();
    copy[Number(key)] = setPath(copy[Number(key)], restPath, next);
    return copy as T;
  }
  const record = value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};
  const child = setPath(record[key], restPath, next);
  if (child === undefined) {
    const { [key]: _removed, ...others } = record;
    return others as T;
  }
  return { ...record, [key]: child } as T;
}
