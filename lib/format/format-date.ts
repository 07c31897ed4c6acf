/**
 * Dates as every page writes them, one format across the app: "6 Dec 2026", and with the
 * time "6 Dec 2026, 09:05 UTC". UTC, like the run and step logs, so two people (and the
 * server's first render and the browser's) read the same moment the same way.
 */
export function formatDate(at: Date | string): string {
  return new Date(at).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

export function formatDateTime(at: Date | string): string {
  const time = new Date(at).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
  return `${formatDate(at)}, ${time} UTC`;
}
