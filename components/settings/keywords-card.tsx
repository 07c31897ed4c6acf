"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { INPUT_CLASS, SELECT_CLASS } from "@/components/editor/fields/field-shell";
import { DurationInput } from "@/components/editor/fields/duration-input";
import { useApiAction } from "@/components/ui/use-api-action";
import { useViewer } from "@/components/viewer-context";
import type { KeywordSettings } from "@/lib/whatsapp/keyword-settings";
import { workspaceApi } from "@/lib/client/workspace-api";
import { ApiClientError } from "@/lib/client/journeys-api";
import { TriggerCollisions, useTriggerCollisions } from "./trigger-collisions";
import { SettingsCard } from "./settings-card";

const LISTS = [
  ["optOut", "Opt-out", "The contact's run ends, they get one confirmation, and no template or API-started journey reaches them."],
  ["optIn", "Opt-in", "Lifts an opt-out."],
  ["human", "Talk to a person", "Ends the run and puts the contact in the inbox's queue below; handed back, they get the restart journey."],
  ["restart", "Restart", "Ends the run and starts the journey below; with none, the message then starts the journey its trigger matches."],
] as const;

const split = (text: string) => text.split(",").map((w) => w.trim()).filter(Boolean);

/** Keywords a customer can type at any moment, whatever journey they are in. */
export function KeywordsCard({ keywords, journeys }: { keywords: KeywordSettings; journeys: Array<{ id: string; name: string }> }) {
  const { canManage } = useViewer();
  const action = useApiAction();
  const [draft, setDraft] = useState(() => ({ ...keywords, lists: Object.fromEntries(LISTS.map(([key]) => [key, keywords[key].join(", ")])) as Record<(typeof LISTS)[number][0], string> }));
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const change = (patch: Partial<typeof draft>) => (setDraft({ ...draft, ...patch }), setSaved(false), setConfirming(false));
  const { lists, ...rest } = draft;
  const body = { ...rest, ...Object.fromEntries(LISTS.map(([key]) => [key, split(lists[key])])) } as KeywordSettings;
  const collisions = useTriggerCollisions(body);
  const save = async (confirm: boolean) => {
    const result = await action.run(async () => {
      try {
        return await workspaceApi.setKeywords(body, confirm);
      } catch (error) {
        // Live journeys would stop starting: the card lists them and asks again.
        if (error instanceof ApiClientError && error.body.code === "triggers_disabled") setConfirming(true);
        throw error;
      }
    });
    if (result) setConfirming(false);
    setSaved(Boolean(result));
  };
  return (
    <SettingsCard title="Keywords" description="Typed as the whole message, in any case, they work in every journey. Button taps, list choices and Flow answers never count.">
      <div className="space-y-3 text-sm">
        {LISTS.map(([key, label, help]) => (
          <label key={key} className="block text-xs font-medium text-slate-600">
            {label}
            <input aria-label={`${label} keywords`} disabled={!canManage} value={draft.lists[key]} onChange={(e) => change({ lists: { ...draft.lists, [key]: e.target.value } })} className={`${INPUT_CLASS} mt-1 font-mono`} />
            <span className="mt-0.5 block font-normal text-slate-500">{help}</span>
            {Object.entries(action.issues)
              .filter(([path]) => path === key || path.startsWith(`${key}.`))
              .map(([path, message]) => (
                <span key={path} className="mt-0.5 block font-normal text-rose-600">{message}</span>
              ))}
          </label>
        ))}
        <div className="grid gap-3 sm:grid-cols-2">
          <label className="block text-xs font-medium text-slate-600">
            Opt-out confirmation
            <textarea rows={3} disabled={!canManage} value={draft.optOutReply} onChange={(e) => change({ optOutReply: e.target.value })} className={`${INPUT_CLASS} mt-1`} />
          </label>
          <label className="block text-xs font-medium text-slate-600">
            Opt-in confirmation
            <textarea rows={3} disabled={!canManage} value={draft.optInReply} onChange={(e) => change({ optInReply: e.target.value })} className={`${INPUT_CLASS} mt-1`} />
          </label>
          <label className="block text-xs font-medium text-slate-600">
            Queue for “talk to a person”
            <input disabled={!canManage} value={draft.humanQueue} onChange={(e) => change({ humanQueue: e.target.value })} className={`${INPUT_CLASS} mt-1`} />
          </label>
          <label className="block text-xs font-medium text-slate-600">
            Message when a person is asked for
            <textarea rows={2} disabled={!canManage} value={draft.humanMessage} placeholder="Nothing is sent" onChange={(e) => change({ humanMessage: e.target.value })} className={`${INPUT_CLASS} mt-1`} />
          </label>
          <div className="block text-xs font-medium text-slate-600">
            <label htmlFor="keywords-human-wait">Waiting time for a person</label>
            <div className="mt-1">
              <DurationInput id="keywords-human-wait" disabled={!canManage} value={draft.humanWaitSeconds} onChange={(v) => change({ humanWaitSeconds: v ?? 0 })} invalid={Boolean(action.issues.humanWaitSeconds)} />
            </div>
            <span className="mt-0.5 block font-normal text-slate-500">{action.issues.humanWaitSeconds ?? "If nobody takes the conversation by then, it closes and the customer gets the message beside."}</span>
          </div>
          <label className="block text-xs font-medium text-slate-600">
            Message when nobody answered
            <textarea rows={2} disabled={!canManage} value={draft.humanNoAnswerReply} placeholder="Nothing is sent" onChange={(e) => change({ humanNoAnswerReply: e.target.value })} className={`${INPUT_CLASS} mt-1`} />
          </label>
          <label className="block text-xs font-medium text-slate-600">
            Journey a restart starts
            <select disabled={!canManage} value={draft.restartJourneyId ?? ""} onChange={(e) => change({ restartJourneyId: e.target.value || null })} className={`${SELECT_CLASS} mt-1 !w-full`}>
              <option value="">None: only end the current run</option>
              {journeys.map((j) => (
                <option key={j.id} value={j.id}>
                  {j.name}
                </option>
              ))}
            </select>
          </label>
        </div>
        <TriggerCollisions collisions={collisions} />
        {canManage && (
          <div className="flex flex-wrap items-center gap-3">
            {confirming ? (
              <Button variant="danger" onClick={() => save(true)} disabled={action.pending}>Save anyway</Button>
            ) : (
              <Button onClick={() => save(false)} disabled={action.pending}>Save keywords</Button>
            )}
            {action.error && <span role="alert" className="min-w-0 text-sm break-words text-rose-600">{action.error}</span>}
            {saved && <span role="status" className="text-sm text-emerald-700">Saved</span>}
          </div>
        )}
      </div>
    </SettingsCard>
  );
}
