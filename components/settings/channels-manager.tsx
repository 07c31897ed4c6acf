"use client";

import { useState } from "react";
import { CheckCircle2, CircleDashed, KeyRound, LayoutTemplate, Plus, PlugZap, RefreshCw, Trash2 } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog } from "@/components/ui/dialog";
import { REGIONS, type ChannelSummary, type ConnectionCheck } from "@/lib/channels/channel-schemas";
import { workspaceApi } from "@/lib/client/workspace-api";
import { ChannelForm, type ChannelDraft } from "./channel-form";
import { ChannelTemplatesDialog } from "./channel-templates-dialog";
import { CopyField } from "./copy-field";
import { SettingsCard } from "./settings-card";
import { ShownOnce } from "./shown-once";
import { useApiAction } from "@/components/ui/use-api-action";

const EMPTY: ChannelDraft = { name: "", subAccountId: "", baseUrl: REGIONS[0].baseUrl, apiKey: "", accountId: "", templateChannel: "" };

/** Settings → Channels: each WhatsApp number, its webhook URL for 8x8 Connect, and a connection check. */
export function ChannelsManager({ channels, origin }: { channels: ChannelSummary[]; origin: string }) {
  const action = useApiAction();
  const [adding, setAdding] = useState(false);
  const [draft, setDraft] = useState<ChannelDraft>(EMPTY);
  const [issued, setIssued] = useState<{ channelId: string; webhookUrl?: string; webhookAuth: string } | null>(null);
  const [checks, setChecks] = useState<Record<string, ConnectionCheck | "checking">>({});
  const [deleting, setDeleting] = useState<ChannelSummary | null>(null);
  const [templates, setTemplates] = useState<ChannelSummary | null>(null);

  const add = async () => {
    const created = await action.run(() => workspaceApi.createChannel(draft));
    if (created) {
      setAdding(false);
      setDraft(EMPTY);
      setIssued({ channelId: created.id, webhookUrl: created.webhookUrl, webhookAuth: created.webhookAuth });
    }
  };
  const test = async (id: string) => {
    setChecks((c) => ({ ...c, [id]: "checking" }));
    const result = await workspaceApi.testChannel(id).catch((error: Error) => ({ ok: false, message: error.message }));
    setChecks((c) => ({ ...c, [id]: result }));
  };

  return (
    <div className="max-w-4xl space-y-6 px-8 py-6">
      {issued && (
        <SettingsCard title="Paste these into 8x8 Connect" description="Messaging Apps → Webhooks: the URL for inbound messages (MSG) and delivery receipts (CADR), and this exact value as the webhook's Authorization. The value is shown this once.">
          <div className="space-y-3">
            {issued.webhookUrl && <CopyField label="Webhook URL of the new channel" value={issued.webhookUrl} />}
            <ShownOnce label="Webhook authorization" value={issued.webhookAuth} hint="Copy the Authorization value now: only its hash is kept." />
          </div>
        </SettingsCard>
      )}
      <SettingsCard
        title="Channels"
        description="Each WhatsApp number of the business, through its 8x8 sub-account. Contacts and conversations belong to the number they write to, and replies leave from it."
        actions={
          <Button variant="primary" onClick={() => setAdding(true)}>
            <Plus className="size-4" /> Add channel
          </Button>
        }
        flush
      >
        <ul className="divide-y divide-slate-100 border-t border-slate-100">
          {channels.map((channel) => {
            const check = checks[channel.id];
            return (
              <li key={channel.id} className="space-y-3 px-6 py-4 text-sm" aria-label={`Channel ${channel.name}`}>
                <div className="flex flex-wrap items-center gap-3">
                  {channel.configured ? <CheckCircle2 className="size-4 text-emerald-600" /> : <CircleDashed className="size-4 text-slate-400" />}
                  <span className="font-medium text-slate-900">{channel.name}</span>
                  <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-600">{channel.id}</code>
                  {channel.source === "environment" && <Badge tone="info">EIGHTX8_* variables · read-only</Badge>}
                  {!channel.configured && <Badge tone="warning">Cannot send yet</Badge>}
                  <span className="ml-auto flex items-center gap-1">
                    <Button size="sm" onClick={() => test(channel.id)} disabled={!channel.configured || check === "checking"}>
                      <PlugZap className="size-3.5" /> Test connection
                    </Button>
                    {channel.generatedWebhookAuth && (
                      <Button size="sm" variant="ghost" title={channel.generatedWebhookAuth.unseen ? "Shown once, then only its hash is kept" : "Issue a new webhook Authorization value"} onClick={async () => {
                        const answer = await action.run(() => workspaceApi.defaultWebhookAuth(channel.generatedWebhookAuth!.unseen ? "reveal" : "renew"));
                        if (answer?.webhookAuth) setIssued({ channelId: channel.id, webhookAuth: answer.webhookAuth });
                      }}>
                        <KeyRound className="size-3.5" /> {channel.generatedWebhookAuth.unseen ? "Show webhook authorization" : "New webhook value"}
                      </Button>
                    )}
                    {channel.source === "stored" && (
                      <>
                        <Button size="sm" variant="ghost" onClick={() => setTemplates(channel)}>
                          <LayoutTemplate className="size-3.5" /> Templates
                        </Button>
                        <Button size="sm" variant="ghost" title="Issue a new webhook Authorization value" onClick={async () => {
                          const answer = await action.run(() => workspaceApi.updateChannel(channel.id, { newWebhookAuth: true }));
                          if (answer?.webhookAuth) setIssued({ channelId: channel.id, webhookAuth: answer.webhookAuth });
                        }}>
                          <RefreshCw className="size-3.5" /> New webhook value
                        </Button>
                        <Button size="sm" variant="ghost" aria-label={`Delete ${channel.name}`} onClick={() => setDeleting(channel)}>
                          <Trash2 className="size-3.5" />
                        </Button>
                      </>
                    )}
                  </span>
                </div>
                <p className="text-xs text-slate-500">
                  Sub-account <span className="font-mono text-slate-700">{channel.subAccountId ?? "not set"}</span> · {REGIONS.find((r) => r.baseUrl === channel.baseUrl)?.label ?? channel.baseUrl} ·{" "}
                  {channel.accountId && channel.templateChannel ? "templates synced" : "templates not synced (no account or WhatsApp channel id)"}
                </p>
                <CopyField label={`Webhook URL of ${channel.name}`} value={`${origin}${channel.webhookPath}`} />
                {channel.generatedWebhookAuth?.acceptsUnauthenticated && (
                  <div role="alert" className="flex flex-wrap items-center gap-3 rounded-lg bg-amber-50 px-3 py-2 text-xs text-amber-900 ring-1 ring-amber-600/20 ring-inset">
                    <span className="min-w-0 flex-1">
                      This channel still takes webhooks without authorization, as before this version: anyone who knows the URL can start runs. Paste its Authorization value into 8x8 Connect, then require it.
                    </span>
                    <Button size="sm" onClick={() => action.run(() => workspaceApi.defaultWebhookAuth("require"))}>Require authorization</Button>
                  </div>
                )}
                {check && check !== "checking" && (
                  <p role="status" className={`text-sm ${check.ok ? "text-emerald-700" : "text-rose-600"}`}>{check.message}</p>
                )}
              </li>
            );
          })}
        </ul>
        {action.error && !adding && <p className="px-6 pb-4 text-sm text-rose-600" role="alert">{action.error}</p>}
      </SettingsCard>

      <Dialog
        open={adding}
        onClose={() => setAdding(false)}
        title="Add a channel"
        description="A WhatsApp number on 8x8 Chat Apps. You get its webhook URL and Authorization value next."
        footer={
          <>
            <Button onClick={() => setAdding(false)}>Cancel</Button>
            <Button variant="primary" onClick={add} disabled={action.pending}>Add channel</Button>
          </>
        }
      >
        <ChannelForm draft={draft} onChange={setDraft} issues={action.issues} />
        {action.error && Object.keys(action.issues).length === 0 && <p className="mt-3 text-sm text-rose-600" role="alert">{action.error}</p>}
      </Dialog>

      <ChannelTemplatesDialog key={templates?.id ?? "none"} channel={templates} onClose={() => setTemplates(null)} />
      <ConfirmDialog
        subject={deleting}
        title={(channel) => `Delete ${channel.name}?`}
        description="Its webhook URL stops answering and its waiting messages are not sent. Its contacts and runs stay for the record."
        action="Delete"
        onClose={() => setDeleting(null)}
        onConfirm={(channel) => void action.run(() => workspaceApi.deleteChannel(channel.id))}
      />
    </div>
  );
}
