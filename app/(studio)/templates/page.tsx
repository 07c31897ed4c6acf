import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { SyncTemplatesButton } from "@/components/templates/sync-templates-button";
import { TemplatesBrowser } from "@/components/templates/templates-browser";
import { pagePrincipal } from "@/lib/api/page-auth";
import { getDb } from "@/lib/db/client";
import { templateStore } from "@/lib/templates/template-store";

export const metadata: Metadata = { title: "Templates" };

/** The channels' WhatsApp templates from 8x8: status, quality, how they look, who sends them. */
export default async function TemplatesPage() {
  const principal = await pagePrincipal();
  const initial = await templateStore(await getDb()).list();
  return (
    <>
      <PageHeader
        title="Templates"
        description="Your approved WhatsApp messages from 8x8, as customers see them. Only these can open a conversation or reach someone after 24 hours; a paused one stops every journey step that sends it."
        actions={principal.can("journeys:write") && <SyncTemplatesButton />}
      />
      <div className="px-8 py-6">
        <TemplatesBrowser initial={initial} />
      </div>
    </>
  );
}
