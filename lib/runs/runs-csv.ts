import "server-only";
import type { RunRow } from "./explorer-schemas";

export const CSV_COLUMNS = ["run", "journey", "version", "status", "outcome", "step", "error", "started_at", "ended_at", "contact_name", "msisdn", "channel_user_id", "channel", "vars"];

/** One CSV line (CRLF, RFC 4180) for a run; `vars` holds its top-level values as JSON. */
export function csvLine(run: RunRow & { vars: Record<string, unknown> }): string {
  const scalars = Object.fromEntries(Object.entries(run.vars).filter(([, v]) => v === null || typeof v !== "object"));
  return [
    run.id, run.journeyName, run.version, run.status, run.outcome, run.currentNode, run.error, run.startedAt, run.endedAt,
    run.contact.name, run.contact.msisdn, run.contact.channelUserId, run.contact.channelId, JSON.stringify(scalars),
  ].map(csvField).join(",") + "\r\n";
}

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  // A cell starting with = + - @ is a formula to a spreadsheet: a contact's name must not run as one.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
