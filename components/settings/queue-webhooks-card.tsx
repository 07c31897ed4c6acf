"use client";

import { useState } from "react";
import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { INPUT_CLASS } from "@/components/editor/fields/field-shell";
import { useApiAction } from "@/components/ui/use-api-action";
import type { QueueWebhook } from "@/lib/conversations/queue-webhooks";
import { workspaceApi } from "@/lib/client/workspace-api";
import { SettingsCard } from "./settings-card";

/** For helpdesks with their own tool: each queue's new conversations and customer messages, POSTed to a URL. */
export function QueueWebhooksCard({ webhooks }: { webhooks: QueueWebhook[] }) {
  const action = useApiAction();
  const [rows, setRows] = useState(webhooks);
  const [saved, setSaved] = useState(false);
  const edit = (next: QueueWebhook[]) => (setRows(next), setSaved(false));
  return (
    <SettingsCard
      title="Inbox webhooks"
      description="A queue's new conversations (conversation.created) and its customers' messages (conversation.message) are POSTed as JSON to its URL, retried for a while if it fails."
    >
      <div className="space-y-2">
        {rows.map((row, i) => (
          <div key={i} className="flex items-center gap-2">
            <input aria-label={`Queue ${i + 1}`} value={row.queue} onChange={(e) => edit(rows.map((r, j) => (j === i ? { ...r, queue: e.target.value } : r)))} placeholder="Billing" className={`${INPUT_CLASS} !w-40`} />
            <input aria-label={`URL ${i + 1}`} value={row.url} onChange={(e) => edit(rows.map((r, j) => (j === i ? { ...r, url: e.target.value } : r)))} placeholder="https://helpdesk.example.com/hooks/whatsapp" className={`${INPUT_CLASS} font-mono`} />
            <Button variant="ghost" size="sm" aria-label={`Remove queue ${i + 1}`} onClick={() => edit(rows.filter((_, j) => j !== i))}>
              <Trash2 className="size-4" />
            </Button>
            {Object.entries(action.issues).filter(([path]) => path.startsWith(`webhooks.${i}.`)).map(([path, message]) => (
              <span key={path} className="text-xs text-rose-600">{message}</span>
            ))}
          </div>
        ))}
        <div className="flex items-center gap-3">
          <Button size="sm" onClick={() => edit([...rows, { queue: "", url: "" }])}>
            <Plus className="size-4" /> Add a queue
          </Button>
          <Button size="sm" onClick={async () => setSaved(Boolean(await action.run(() => workspaceApi.setQueueWebhooks(rows))))} disabled={action.pending}>
            Save webhooks
          </Button>
          {action.error && <span role="alert" className="text-sm text-rose-600">{action.error}</span>}
          {saved && <span role="status" className="text-sm text-emerald-700">Saved</span>}
        </div>
      </div>
    </SettingsCard>
  );
}
