const UNITS: Array<[number, string]> = [
  [86_400, "day"],
  [3_600, "hour"],
  [60, "minute"],
  [1, "second"],
];

/** 90 → "1 minute 30 seconds"; 86400 → "1 day". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds <= 0) return "0 seconds";
  const parts: string[] = [];
  let rest = Math.round(seconds);
  for (const [size, name] of UNITS) {
    const count = Math.floor(rest / size);
    if (count) parts.push(`${count} ${name}${count === 1 ? "" : "s"}`);
    rest -= count * size;
    if (parts.length === 2) break;
  }
  return parts.join(" ");
}
