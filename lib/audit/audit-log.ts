import "server-only";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/sqlite/client";
import type { AuditAction } from "./audit-actions";

export type AuditActor = { userId: string | null; name: string; ip: string | null };


export async function recordAudit(db: Db, actor: AuditActor, action: AuditAction, target?: string | null, detail?: Record<string, unknown>) {
  await db.auditEvent.create({
    data: {
      actorId: actor.userId,
      actorName: actor.name.slice(0, 200),
      action,
      target: target ?? null,
      detail: (detail ?? undefined) as Prisma.InputJsonValue | undefined,
      ip: actor.ip,
    },
  });
}
