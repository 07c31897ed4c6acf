import type { Metadata } from "next";
import { AuditTable } from "@/components/settings/audit-table";
import { NoAccess } from "@/components/settings/no-access";
import { pagePrincipal } from "@/lib/api/page-auth";
import { listAudit } from "@/lib/workspace/audit-queries";
import { getDb } from "@/lib/db/client";
import { auditQuery } from "@/lib/workspace/api-schemas";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const principal = await pagePrincipal();
  if (!principal.can("workspace:manage")) return <NoAccess role={principal.role} />;
  const query = auditQuery.safeParse(await searchParams);
  const { entries, nextBefore } = await listAudit(await getDb(), query.success ? query.data : auditQuery.parse({}));
  return <AuditTable entries={entries} nextBefore={nextBefore} />;
}
