import type { Db } from "../db/client";
import { exactPercentile, type DropReason } from "../insights/insight-metrics";
import { ERROR_HANDLES } from "../steps/registry";

type Truth = {
  steps: Map<string, { entered: number; repeat: number; outcomes: Map<string, number>; dropped: Map<DropReason, number>; now: number; times: number[] }>;
  runs: Map<string, number>;
};

/**
 * Insights' figures computed the slow, obvious way from the step log and the runs: each
 * run's steps walked in order. Written without the roll-up's code (a terminal failure is
 * recognised by the run having failed at that very row, not by the step's handles), so the
 * two can check each other.
 */
export async function insightsGroundTruth(db: Db, versionId: string, from: Date, to: Date) {
  const runs = await db.run.findMany({ where: { versionId, preview: false }, include: { steps: { orderBy: { seq: "asc" } } } });
  const truth: Truth = { steps: new Map(), runs: new Map() };
  const inRange = (at: Date) => at >= from && at < to;
  const step = (nodeId: string) => {
    let s = truth.steps.get(nodeId);
    if (!s) truth.steps.set(nodeId, (s = { entered: 0, repeat: 0, outcomes: new Map(), dropped: new Map(), now: 0, times: [] }));
    return s;
  };
  const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const run of runs) {
    const seen = new Set<string>();
    let survivedFailure = false;
    let open: { nodeId: string; at: Date; waiting: boolean } | null = null;
    run.steps.forEach((row, i) => {
      const last = i === run.steps.length - 1;
      if (row.seq === 1 && inRange(row.startedAt)) bump(truth.runs, "started");
      if (!open && inRange(row.startedAt) && JSON.stringify(row.output ?? {}).includes('"fallback"')) bump(truth.runs, "fallback");
      const entry = open ?? { nodeId: row.nodeId, at: row.startedAt, waiting: false };
      if (!open) {
        if (inRange(entry.at)) {
          step(row.nodeId).entered++;
          if (seen.has(row.nodeId)) step(row.nodeId).repeat++;
        }
        seen.add(row.nodeId);
      }
      const outcome = row.outcome ?? "next";
      if (outcome === "waiting" || outcome === "sleeping") {
        open = { nodeId: row.nodeId, at: row.startedAt, waiting: outcome === "waiting" };
      } else {
        open = null;
        const drop: DropReason | null =
          outcome === "end" || (last && run.status === "completed") ? "ended" : outcome === "expired" || outcome === "cancelled" ? outcome : outcome === "failed" && last && run.status === "failed" ? "failed" : null;
        if (ERROR_HANDLES.includes(outcome) && drop !== "failed" && !survivedFailure) {
          survivedFailure = true;
          if (inRange(entry.at)) bump(truth.runs, "errorPath");
        }
        if (inRange(entry.at)) {
          const s = step(row.nodeId);
          if (drop) bump(s.dropped, drop);
          else {
            bump(s.outcomes, outcome);
            const byTimer = entry.waiting && (row.output as { timer?: string } | null)?.timer === "fired";
            if (!byTimer) s.times.push((row.finishedAt ?? row.startedAt).getTime() - entry.at.getTime());
          }
        }
      }
      if (last && ["completed", "failed", "expired", "cancelled"].includes(run.status) && inRange(row.finishedAt ?? row.startedAt)) bump(truth.runs, run.status);
    });
    const stillOpen = open as { nodeId: string; at: Date } | null;
    if (stillOpen && inRange(stillOpen.at)) step(stillOpen.nodeId).now++;
  }
  return {
    runs: Object.fromEntries(truth.runs),
    steps: Object.fromEntries(
      [...truth.steps].map(([nodeId, s]) => [
        nodeId,
        {
          entered: s.entered,
          repeat: s.repeat,
          outcomes: Object.fromEntries(s.outcomes),
          dropped: Object.fromEntries(s.dropped),
          now: s.now,
          p50: exactPercentile(s.times, 0.5),
          p90: exactPercentile(s.times, 0.9),
        },
      ]),
    ),
  };
}
