import type { Metadata } from "next";
import { NoAccess } from "@/components/settings/no-access";
import { SecretsManager } from "@/components/settings/secrets-manager";
import { pagePrincipal } from "@/lib/api/page-auth";
import { getDb } from "@/lib/db/client";
import { secretStore } from "@/lib/secrets/secret-store";

export const metadata: Metadata = { title: "Secrets" };

export default async function SecretsPage() {
  const principal = await pagePrincipal();
  if (!principal.can("workspace:manage")) return <NoAccess role={principal.role} />;
  return <SecretsManager secrets={await secretStore(await getDb()).list()} />;
}
