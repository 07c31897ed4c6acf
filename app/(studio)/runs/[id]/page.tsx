import type { Metadata } from "next";
import { pagePrincipal } from "@/lib/api/page-auth";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Panel } from "@/components/ui/panel";
import { PageHeader } from "@/components/page-header";
import { MessageStatusBadge, RunStatusBadge } from "@/components/runs/run-status-badge";
import { messagePreview, sentTemplate } from "@/lib/runs/message-preview";
import { TemplateView } from "@/components/templates/template-view";
import { fillTemplate } from "@/lib/templates/fill-template";
import { templateStore } from "@/lib/templates/template-store";
import type { WhatsAppTemplate } from "@/lib/whatsapp/whatsapp-template";
import { StepLog } from "@/components/runs/step-log";
import { CancelRunButton } from "@/components/runs/cancel-run-button";
import { orNotFound } from "@/lib/api/or-not-found";
import { getDb } from "@/lib/db/client";
import { describeNode } from "@/lib/journey/describe-node";
import { journeyDocumentSchema } from "@/lib/journey/document-schema";
import { getRun } from "@/lib/runs/run-queries";
import { formatDateTime } from "@/lib/format/format-date";
import { ERROR_HANDLES } from "@/lib/steps/registry";

export const metadata: Metadata = { title: "Run" };
export const dynamic = "force-dynamic";

export default async function RunPage({ params }: { params: Promise<{ id: string }> }) {
  await pagePrincipal();
  const { id } = await params;
  const db = await getDb();
  const run = await orNotFound(getRun(db, id));
  // Label steps from the version the run is pinned to, not today's draft.
  const pinned = await db.run.findUniqueOrThrow({ where: { id }, select: { journey: { select: { name: true } }, version: { select: { document: true } } } });
  const nodes = new Map(journeyDocumentSchema.parse(pinned.version.document).nodes.map((n) => [n.id, describeNode(n)]));
  const who = run.contact.name ?? run.contact.msisdn ?? run.contact.channelUserId;
  const { templates } = await templateStore(db).catalog();

  return (
    <>
      <PageHeader
        eyebrow={
          <Breadcrumb
            items={[
              { href: "/journeys", label: "Journeys" },
              { href: `/journeys/${run.journeyId}`, label: pinned.journey.name },
            ]}
          />
        }
        title={`Run with ${who}`}
        badge={<RunStatusBadge status={run.status} errorPath={run.steps.some((s) => s.outcome !== null && ERROR_HANDLES.includes(s.outcome))} />}
        actions={(run.status === "waiting" || run.status === "sleeping") && <CancelRunButton runId={run.id} />}
        description={
          <>
            Started {formatDateTime(run.startedAt)} on version {run.version}
            {run.contact.msisdn && ` · ${run.contact.msisdn}`}
            {` · channel ${run.contact.channelName}`}
            {run.outcome && ` · outcome: ${run.outcome}`}
          </>
        }
      />
      <div className="grid gap-6 px-8 py-6 xl:grid-cols-[minmax(0,1fr)_380px]">
        <section aria-label="Steps">
          {run.error && <p className="mb-4 rounded-xl bg-rose-50 px-4 py-3 text-sm text-rose-700 ring-1 ring-rose-200" role="alert">{run.error}</p>}
          <StepLog
            steps={run.steps.map((s) => ({
              ...s,
              startedAt: s.startedAt.toISOString(),
              label: nodes.get(s.nodeId)?.name ?? s.nodeType,
              icon: nodes.get(s.nodeId)?.icon ?? "journey",
              outcomeLabel: nodes.get(s.nodeId)?.outputs.find((o) => o.id === s.outcome)?.label ?? null,
            }))}
          />
        </section>
        <aside className="space-y-6">
          <Panel label="Messages" title="Messages sent">
            {run.messages.length === 0 ? (
              <p className="mt-3 text-sm text-slate-500">None.</p>
            ) : (
              <ul className="mt-3 space-y-3">
                {run.messages.map((m) => (
                  <li key={m.clientMessageId} className="rounded-lg bg-slate-50 px-3 py-2 text-sm">
                    <div className="flex items-center justify-between gap-2">
                      <span className="line-clamp-2 text-slate-800">{messagePreview(m.body)}</span>
                      <MessageStatusBadge status={m.status} />
                    </div>
                    <SentTemplate body={m.body} templates={templates} />
                    <div className="mt-1 font-mono text-[11px] text-slate-400">
                      {m.clientMessageId}
                      {m.attempts > 1 && ` · ${m.attempts} attempts`}
                    </div>
                    {m.notSent && <p role="status" className="mt-1 text-xs text-amber-700">{m.notSent}</p>}
                    {m.errorMessage && (
                      <p className="mt-1 text-xs text-rose-600">
                        {m.errorCode && `${m.errorCode}: `}
                        {m.errorMessage}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Panel>
          <Panel label="Variables" title="Variables">
            <pre className="mt-3 max-h-80 overflow-auto rounded-lg bg-slate-50 p-3 font-mono text-[11px] leading-relaxed text-slate-700">{JSON.stringify(run.vars, null, 2)}</pre>
          </Panel>
        </aside>
      </div>
    </>
  );
}

/** A template message as the customer saw it, when its template is synced here. */
function SentTemplate({ body, templates }: { body: unknown; templates: WhatsAppTemplate[] }) {
  const sent = sentTemplate(body);
  const known = sent && templates.find((t) => t.name === sent.name && t.language === sent.language);
  if (!sent || !known) return null;
  return (
    <div className="mt-2 rounded-md bg-[#efeae2] px-3 py-3">
      <TemplateView template={fillTemplate(known.layout, sent.components as never)} />
    </div>
  );
}
