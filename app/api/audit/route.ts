import { apiRoute, parseWith } from "@/lib/api/api-route";
import { listAudit } from "@/lib/workspace/audit-queries";
import { auditQuery } from "@/lib/workspace/api-schemas";

/** GET /api/audit?action=&actorId=&before=&limit= */
export const GET = apiRoute(
  async ({ request, db }) => listAudit(db, parseWith(auditQuery, Object.fromEntries(request.nextUrl.searchParams))),
  { permission: "workspace:manage" },
);
