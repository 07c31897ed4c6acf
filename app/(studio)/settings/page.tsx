import type { Metadata } from "next";
import { pagePrincipal } from "@/lib/api/page-auth";
import { headers } from "next/headers";
import Link from "next/link";
import { CheckCircle2, CircleDashed } from "lucide-react";
import { CopyField } from "@/components/settings/copy-field";
import { appEnv, configurationStatus } from "@/lib/config/env";
import { publicOrigin } from "@/lib/config/public-origin";
import { RetentionCard } from "@/components/settings/retention-card";
import { KeywordsCard } from "@/components/settings/keywords-card";
import { QueueWebhooksCard } from "@/components/settings/queue-webhooks-card";
import { queueWebhooks } from "@/lib/conversations/queue-webhook-store";
import { keywordSettings } from "@/lib/keywords/keyword-store";
import { getDb } from "@/lib/db/client";
import { sqlOf } from "@/lib/db/sql-of";
import { storageStats } from "@/lib/db/storage-stats";
import { retentionDays } from "@/lib/engine/prune-detail";

export const metadata: Metadata = { title: "Settings" };
export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  const principal = await pagePrincipal();
  const env = appEnv();
  const url = new URL("/api/webhooks/8x8", publicOrigin(await headers())).toString();
  const status = configurationStatus(env);
  const sql = await sqlOf(await getDb());
  const db = await getDb();
  const [days, stats, keywords, journeys, webhooks] = await Promise.all([
    retentionDays(sql), storageStats(sql), keywordSettings(db), db.journey.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }), queueWebhooks(db),
  ]);
  return (
    <>
      <div className="max-w-3xl space-y-6 px-8 py-6">
        <section className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200" aria-labelledby="webhook-title">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0">
              <h2 id="webhook-title" className="text-sm font-semibold text-slate-900">Connect WhatsApp</h2>
              <p className="mt-1 text-sm text-slate-500">Each WhatsApp number is a channel: its 8x8 sub-account and API key, its own webhook URL and Authorization value.</p>
            </div>
            <Link href="/settings/channels" className="inline-flex h-9 shrink-0 items-center gap-2 rounded-lg bg-emerald-600 px-3.5 text-sm font-medium text-white shadow-sm hover:bg-emerald-700">
              Open Channels
            </Link>
          </div>
          <ol className="mt-5 list-decimal space-y-1.5 pl-5 text-sm text-slate-600">
            <li>In <Link href="/settings/channels" className="font-medium text-emerald-700 hover:underline">Settings → Channels</Link>, add your number (or use the default channel below) and test its connection.</li>
            <li>In 8x8 Connect, open <strong className="font-medium text-slate-800">Messaging Apps → Webhooks</strong> and add the channel&apos;s URL for <code className="rounded bg-slate-100 px-1 font-mono text-xs">inbound_message_received</code> (MSG) and delivery receipts (CADR), with its Authorization value, so only 8x8 can post.</li>
            <li>Publish a journey: from then on, matching messages start it.</li>
          </ol>
          <div className="mt-5">
            <CopyField value={url} label="Webhook URL" />
            <p className="mt-1 text-xs text-slate-500">The default channel&apos;s URL. Its Authorization value is shown once in Settings → Channels (or set by EIGHTX8_WEBHOOK_AUTH).</p>
          </div>
          {url.startsWith("http://") && (
            <p className="mt-2 text-xs text-amber-700">8x8 only calls HTTPS URLs: set PUBLIC_URL to the public https:// address of this app.</p>
          )}
        </section>
        <section className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200" aria-labelledby="config-title">
          <div className="px-6 pt-6">
            <h2 id="config-title" className="text-sm font-semibold text-slate-900">Configuration</h2>
            <p className="mt-1 text-sm text-slate-500">What the environment set when the app started (the default channel among it). Secrets are never shown; channels are easier to manage in Settings → Channels.</p>
          </div>
          <dl className="mt-4 divide-y divide-slate-100 border-t border-slate-100">
            {status.map((item) => (
              <div key={item.name} className="flex items-center justify-between gap-4 px-6 py-3 text-sm" data-testid={`config-${item.name}`}>
                <dt className="font-mono text-xs text-slate-700">{item.name}</dt>
                <dd className="flex min-w-0 items-center gap-1.5 text-right text-slate-600">
                  {item.set ? <CheckCircle2 className="size-4 shrink-0 text-emerald-600" /> : <CircleDashed className="size-4 shrink-0 text-slate-400" />}
                  <span className="truncate">{item.value ?? (item.set ? "set" : "not set")}</span>
                </dd>
              </div>
            ))}
          </dl>
        </section>
        <KeywordsCard keywords={keywords} journeys={journeys} />
        {principal.can("workspace:manage") && <QueueWebhooksCard webhooks={webhooks} />}
        <RetentionCard days={days} stats={stats} />
      </div>
    </>
  );
}
