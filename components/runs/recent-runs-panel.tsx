import Link from "next/link";
import { Activity } from "lucide-react";
import { Panel } from "@/components/ui/panel";
import { RelativeTime } from "@/components/ui/relative-time";
import { RunStatusBadge } from "./run-status-badge";

export type RunListItem = {
  id: string;
  status: string;
  outcome: string | null;
  startedAt: string;
  version: number;
  errorPath?: boolean;
  contact: { msisdn: string | null; channelUserId: string | null; name: string | null };
};

/** The latest conversations of a journey, each opening its step log. */
export function RecentRunsPanel({ runs }: { runs: RunListItem[] }) {
  return (
    <Panel label="Recent runs" title="Recent runs" icon={<Activity className="size-4 text-slate-400" />}>
      {runs.length === 0 ? (
        <p className="mt-3 text-sm text-slate-500">No conversations yet. Once published, each one that starts shows up here.</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100">
          {runs.map((run) => (
            <li key={run.id}>
              <Link href={`/runs/${run.id}`} className="-mx-2 flex items-center justify-between gap-3 rounded-lg px-2 py-2 text-sm hover:bg-slate-50">
                <span className="min-w-0">
                  <span className="block truncate font-medium text-slate-900">{run.contact.name ?? run.contact.msisdn ?? run.contact.channelUserId}</span>
                  <span className="block text-xs text-slate-500">
                    <RelativeTime iso={run.startedAt} /> · v{run.version}
                    {run.outcome && ` · ${run.outcome}`}
                  </span>
                </span>
                <RunStatusBadge status={run.status} errorPath={run.errorPath} />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
