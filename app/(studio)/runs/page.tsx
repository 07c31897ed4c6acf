import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { RunFiltersForm } from "@/components/runs/run-filters-form";
import { RunStatusBadge } from "@/components/runs/run-status-badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { pagePrincipal } from "@/lib/api/page-auth";
import { getDb } from "@/lib/db/client";
import { sqlOf } from "@/lib/db/sql-of";
import { describeNode } from "@/lib/journey/describe-node";
import { journeyStore } from "@/lib/journeys/journey-store";
import { countRuns, exploreRuns } from "@/lib/runs/explore-runs";
import { listRunsQuery } from "@/lib/runs/explorer-schemas";

export const metadata: Metadata = { title: "Runs" };

/** The run explorer: every production run, filtered by what the URL says. */
export default async function RunsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await pagePrincipal();
  const params = await searchParams;
  const parsed = listRunsQuery.safeParse(params);
  const query = parsed.success ? parsed.data : listRunsQuery.parse({});
  const db = await getDb();
  const sql = await sqlOf(db);
  const store = journeyStore(db);
  const [journeys, page, total] = await Promise.all([store.list(), exploreRuns(sql, query), countRuns(sql, query)]);
  const steps = query.journeyId ? await store.get(query.journeyId).then((j) => j.document.nodes.map((n) => ({ id: n.id, name: `${describeNode(n).name} (${n.id})` }))).catch(() => []) : [];
  const { cursor: _cursor, limit: _limit, ...filters } = query;
  const next = page.nextCursor && new URLSearchParams({ ...params, cursor: page.nextCursor });
  return (
    <>
      <PageHeader title="Runs" description="Every production run across journeys, newest first. Filters live in the address: share or bookmark a view." />
      <div className="space-y-4 px-8 py-6">
        <RunFiltersForm key={JSON.stringify(filters)} filters={filters} journeys={journeys.map((j) => ({ id: j.id, name: j.name }))} steps={steps} />
        {!parsed.success && (
          <p role="alert" className="rounded-lg bg-rose-50 px-4 py-2 text-sm text-rose-700 ring-1 ring-rose-200">
            Some filters were not understood: {parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}
          </p>
        )}
        <div className="overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          <p className="border-b border-slate-100 px-5 py-2.5 text-sm text-slate-600" aria-live="polite" data-testid="run-count">
            {total.capped ? `More than ${total.count.toLocaleString("en")} runs match` : `${total.count.toLocaleString("en")} run${total.count === 1 ? "" : "s"} match`}
          </p>
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-100 bg-slate-50 text-xs text-slate-500">
              <tr>
                <th className="px-5 py-2 font-medium">Started</th>
                <th className="py-2 font-medium">Journey</th>
                <th className="py-2 font-medium">Contact</th>
                <th className="py-2 font-medium">Status</th>
                <th className="px-5 py-2 font-medium">At step · outcome</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {page.runs.map((run) => (
                <tr key={run.id} className="hover:bg-slate-50">
                  <td className="px-5 py-2.5 whitespace-nowrap">
                    <Link href={`/runs/${run.id}`} className="font-medium text-slate-900 hover:underline"><RelativeTime iso={run.startedAt} /></Link>
                  </td>
                  <td className="py-2.5 text-slate-700">{run.journeyName} <span className="text-xs text-slate-400">v{run.version}</span></td>
                  <td className="py-2.5 text-slate-700">{run.contact.name ?? run.contact.msisdn ?? run.contact.channelUserId}</td>
                  <td className="py-2.5"><RunStatusBadge status={run.status} errorPath={run.errorPath} /></td>
                  <td className="max-w-80 truncate px-5 py-2.5 text-slate-600" title={run.error ?? undefined}>
                    {run.currentNode && <code className="font-mono text-xs">{run.currentNode}</code>}
                    {run.outcome && <span>{run.currentNode ? " · " : ""}{run.outcome}</span>}
                    {run.error && <span className="text-rose-600"> {run.error}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {page.runs.length === 0 && <p className="px-5 py-10 text-center text-sm text-slate-500">No run matches these filters.</p>}
          {next && (
            <div className="border-t border-slate-100 px-5 py-3">
              <Link href={`/runs?${next}`} className="text-sm font-medium text-emerald-700 hover:underline">Older runs</Link>
            </div>
          )}
        </div>
      </div>
    </>
  );
}
