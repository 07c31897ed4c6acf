"use client";

import { useEffect, useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Transcript } from "@/components/contacts/transcript";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { SELECT_CLASS } from "@/components/editor/fields/field-shell";
import { useViewer } from "@/components/viewer-context";
import type { TranscriptItem } from "@/lib/contacts/api-schemas";
import type { ConversationDetail } from "@/lib/conversations/api-schemas";
import { conversationsApi } from "@/lib/client/conversations-api";
import { Composer } from "./composer";
import { ConversationSide } from "./conversation-side";
import { useInboxEvents } from "./use-inbox-events";

type Props = {
  initial: ConversationDetail;
  transcript: { messages: TranscriptItem[]; nextBefore: string | null };
  members: Array<{ id: string; name: string }>;
};

/** One conversation: the transcript, live; what the person can do; what the journey knows. */
export function ConversationView({ initial, transcript, members }: Props) {
  const { contactId } = initial;
  const queries = useQueryClient();
  const revision = useInboxEvents();
  const { canOperate } = useViewer();
  const { data: conversation = initial } = useQuery({
    queryKey: ["conversations", "detail", contactId],
    queryFn: () => conversationsApi.get(contactId),
    initialData: initial,
  });
  // Open on the screen means read: the unread count goes to zero as messages arrive.
  const unread = conversation.status !== "closed" && conversation.unread > 0;
  useEffect(() => {
    if (unread && canOperate) void conversationsApi.read(contactId).then(() => queries.invalidateQueries({ queryKey: ["conversations"] }));
  }, [unread, canOperate, contactId, queries, revision]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      await queries.invalidateQueries({ queryKey: ["conversations"] });
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const open = conversation.status !== "closed";
  return (
    <div className="grid gap-6 px-8 py-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0 space-y-3">
        <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label="Conversation actions">
          {conversation.status === "waiting" && <Badge tone="warning">Waiting for someone</Badge>}
          {conversation.status === "assigned" && <Badge tone="success">With {conversation.assigneeName}</Badge>}
          {conversation.status === "closed" && <Badge>Closed · {conversation.resolution?.replaceAll("_", " ")}</Badge>}
          {open && canOperate && (
            <>
              {conversation.status === "waiting" && (
                <Button variant="primary" size="sm" disabled={busy} onClick={() => act(() => conversationsApi.take(contactId))}>
                  Take
                </Button>
              )}
              <select
                aria-label="Assign to"
                className={SELECT_CLASS}
                value=""
                disabled={busy}
                onChange={(e) => e.target.value && act(() => conversationsApi.assign(contactId, e.target.value))}
              >
                <option value="">Assign to…</option>
                {members.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
              <span className="flex-1" />
              <Button size="sm" disabled={busy} onClick={() => act(() => conversationsApi.close(contactId))} title="End the conversation and the run (outcome closed_by_agent)">
                Close without returning
              </Button>
            </>
          )}
        </div>
        {error && <p role="alert" className="text-sm text-rose-600">{error}</p>}
        <Transcript contactId={contactId} initial={transcript.messages} initialBefore={transcript.nextBefore} revision={revision} />
        {open && canOperate && <Composer contactId={contactId} windowOpen={Boolean(conversation.windowOpenUntil)} onSent={() => queries.invalidateQueries({ queryKey: ["conversations"] })} />}
      </div>
      <ConversationSide conversation={conversation} canAct={open && canOperate} onHandBack={(vars) => act(() => conversationsApi.handBack(contactId, vars))} busy={busy} />
    </div>
  );
}
