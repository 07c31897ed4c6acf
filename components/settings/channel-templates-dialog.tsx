"use client";

import { useState } from "react";
import { INPUT_CLASS } from "@/components/editor/fields/field-shell";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useApiAction } from "@/components/ui/use-api-action";
import type { ChannelSummary } from "@/lib/channels/channel-schemas";
import { workspaceApi } from "@/lib/client/workspace-api";

/**
 * Where a stored channel's WhatsApp templates are listed in 8x8: its account id and the
 * number's channel id. With both, the Templates page syncs them and journeys are checked
 * against them; empty, the channel sends but its templates go unchecked.
 */
export function ChannelTemplatesDialog({ channel, onClose }: { channel: ChannelSummary | null; onClose: () => void }) {
  const action = useApiAction();
  const [ids, setIds] = useState({ accountId: channel?.accountId ?? "", templateChannel: channel?.templateChannel ?? "" });
  if (!channel) return null;
  const save = async () => {
    if (await action.run(() => workspaceApi.updateChannel(channel.id, ids))) onClose();
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={`Templates of ${channel.name}`}
      description="8x8 lists a WhatsApp number's templates under its account and channel. Both are in 8x8 Connect: the account id in Account settings, the channel id under Chat Apps → WhatsApp."
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" onClick={save} disabled={action.pending}>Save</Button>
        </>
      }
    >
      <div className="space-y-3">
        {(["accountId", "templateChannel"] as const).map((key) => (
          <label key={key} className="block text-xs font-medium text-slate-600">
            {key === "accountId" ? "Account id" : "WhatsApp channel id"}
            <input value={ids[key]} onChange={(e) => setIds({ ...ids, [key]: e.target.value })} className={`${INPUT_CLASS} mt-1 font-mono`} aria-invalid={action.issues[key] ? true : undefined} />
            {action.issues[key] && <span className="mt-1 block font-normal text-rose-600">{action.issues[key]}</span>}
          </label>
        ))}
        {action.error && <p role="alert" className="text-xs text-rose-600">{action.error}</p>}
      </div>
    </Dialog>
  );
}
