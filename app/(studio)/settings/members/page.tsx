import type { Metadata } from "next";
import { MembersManager } from "@/components/settings/members-manager";
import { NoAccess } from "@/components/settings/no-access";
import { pagePrincipal } from "@/lib/api/page-auth";
import { getDb } from "@/lib/db/client";
import { accounts } from "@/lib/workspace/accounts";
import { invites } from "@/lib/workspace/invites";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage() {
  const principal = await pagePrincipal();
  if (!principal.can("workspace:manage")) return <NoAccess role={principal.role} />;
  const db = await getDb();
  const [members, pending] = await Promise.all([accounts(db).list(principal.userId), invites(db).pending()]);
  return <MembersManager members={members} invites={pending} />;
}
