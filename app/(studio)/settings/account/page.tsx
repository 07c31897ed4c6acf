import type { Metadata } from "next";
import { AccountManager } from "@/components/settings/account-manager";
import { pagePrincipal } from "@/lib/api/page-auth";
import { getDb } from "@/lib/db/client";
import { accounts } from "@/lib/workspace/accounts";
import { apiTokens } from "@/lib/workspace/api-tokens";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const principal = await pagePrincipal();
  const db = await getDb();
  const [user, tokens] = await Promise.all([accounts(db).get(principal.userId!), apiTokens(db).list(principal.userId!)]);
  return <AccountManager tokens={tokens} email={user.email} />;
}
