import "server-only";
import type { z } from "zod";
import type { Db } from "../db/client";
import type { auditQuery, AuditEntry } from "./api-schemas";

/** Newest first, a page at a time: `before` is the id of the last entry already shown. */
export async function listAudit(db: Db, query: z.infer<typeof auditQuery>): Promise<{ entries: AuditEntry[]; nextBefore: number | null }> {
  const rows = await db.auditEvent.findMany({
    where: {
      ...(query.action && { action: query.action }),
      ...(query.actorId && { actorId: query.actorId }),
      ...(query.before && { id: { lt: query.before } }),
    },
    orderBy: { id: "desc" },
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  return {
    entries: page.map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      actorName: row.actorName,
      action: row.action,
      target: row.target,
      detail: (row.detail as Record<string, unknown> | null) ?? null,
      ip: row.ip,
    })),
    nextBefore: rows.length > query.limit ? page[page.length - 1].id : null,
  };
}
