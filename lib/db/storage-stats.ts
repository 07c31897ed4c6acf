import "server-only";
import { toDate, type RawConnection } from "./raw-connection";

export type StorageStats = { bytes: number; oldestStep: string | null; oldestMessage: string | null; oldestEvent: string | null };

/** How big the database is, and how far back its conversation detail goes. */
export async function storageStats(sql: RawConnection): Promise<StorageStats> {
  const [size] =
    sql.provider === "postgres"
      ? await sql.query<{ bytes: unknown }>(
          `SELECT COALESCE(SUM(pg_total_relation_size(c."oid")), 0) AS "bytes" FROM pg_class c JOIN pg_namespace n ON n."oid" = c."relnamespace" WHERE n."nspname" = current_schema() AND c."relkind" = 'r'`,
        )
      : await sql.query<{ bytes: unknown }>(`SELECT page_count * page_size AS "bytes" FROM pragma_page_count(), pragma_page_size()`);
  const [oldest] = await sql.query<{ step: unknown; message: unknown; event: unknown }>(
    `SELECT (SELECT MIN("startedAt") FROM "RunStep") AS "step", (SELECT MIN("createdAt") FROM "OutboxMessage") AS "message", (SELECT MIN("receivedAt") FROM "InboxEvent") AS "event"`,
  );
  const iso = (value: unknown) => (value === null || value === undefined ? null : toDate(value).toISOString());
  return { bytes: Number(size.bytes), oldestStep: iso(oldest.step), oldestMessage: iso(oldest.message), oldestEvent: iso(oldest.event) };
}
