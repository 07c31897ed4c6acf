import { toDate, type RawConnection } from "../../lib/db/raw-connection";
import type { Received } from "../../lib/channels/8x8/fake/fake-8x8-server";

/** The text the bench journey sends when a delay is over. */
export const WOKE = "Woke up";

export type Lateness = {
  /** Timers of these contacts found armed. */
  armed: number;
  /** Timer claimed (firedAt) minus when it was due, ms. */
  fired: number[];
  /** "Woke up" received by 8x8 minus when the timer was due, ms: what the customer sees. */
  sent: number[];
};

/**
 * How late the delay timers of the given deliveries went off, read from the timer rows
 * themselves (dueAt is when the delay step armed it), so the figure holds whatever the
 * webhook's or the first step's latency was.
 */
export async function timerLateness(sql: RawConnection, delivered: Received[]): Promise<Lateness> {
  const woke = delivered.filter((m) => (m.content as { text?: string }).text === WOKE);
  const contacts = new Set(woke.map((m) => m.user.msisdn));
  const rows = await sql.query<{ msisdn: string; dueAt: unknown; firedAt: unknown }>(
    `SELECT c."msisdn", t."dueAt", t."firedAt" FROM "Timer" t JOIN "Run" r ON r."id" = t."runId" JOIN "Contact" c ON c."id" = r."contactId" WHERE t."kind" = 'delay'`,
  );
  const timers = new Map(rows.filter((r) => contacts.has(r.msisdn)).map((r) => [r.msisdn, { due: toDate(r.dueAt).getTime(), fired: r.firedAt === null ? null : toDate(r.firedAt).getTime() }]));
  return {
    armed: timers.size,
    fired: [...timers.values()].flatMap((t) => (t.fired === null ? [] : [t.fired - t.due])),
    sent: woke.flatMap((m) => {
      const timer = timers.get(m.user.msisdn!);
      return timer ? [m.at - timer.due] : [];
    }),
  };
}
