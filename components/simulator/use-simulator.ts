"use client";

import type { JourneyTest, TestTurn } from "@/lib/test-format/test-schema";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { editorDocument, type EditorStore } from "@/lib/editor/editor-store";
import { ApiClientError } from "@/lib/client/journeys-api";
import { previewApi } from "@/lib/client/preview-api";
import type { HttpMock, PreviewContact, PreviewReply, PreviewSnapshot } from "@/lib/preview/preview-schemas";
import type { PreviewStore } from "./preview-store";

export type Simulator = ReturnType<typeof useSimulator>;

/**
 * The preview's lifecycle: opens a session on the server with the draft, follows its
 * snapshots over server-sent events, and sends the person's actions, each with the draft
 * as it is on screen at that moment.
 */
export function useSimulator(journeyId: string, editor: EditorStore, preview: PreviewStore) {
  const session = useRef<{ id: string; events: EventSource } | null>(null);
  const contact = useRef<PreviewContact | undefined>(undefined);

  const follow = useCallback(
    (snapshot: PreviewSnapshot) => {
      session.current?.events.close();
      const events = new EventSource(previewApi.streamUrl(snapshot.id));
      events.onmessage = (event) => preview.getState().receive(JSON.parse(event.data) as PreviewSnapshot);
      events.onerror = () => {
        // EventSource reconnects by itself; a preview the server no longer has cannot come back.
        if (events.readyState === EventSource.CLOSED) preview.getState().setError("The preview lost its connection. Restart it to go on.");
      };
      session.current = { id: snapshot.id, events };
      preview.getState().receive(snapshot);
    },
    [preview],
  );

  const begin = useCallback(async () => {
    const snapshot = await previewApi.open({ journeyId, document: editorDocument(editor.getState()), contact: contact.current });
    follow(snapshot);
    return snapshot;
  }, [editor, follow, journeyId]);

  const end = useCallback(() => {
    const current = session.current;
    session.current = null;
    if (!current) return;
    current.events.close();
    void previewApi.close(current.id).catch(() => undefined);
  }, []);

  /**
   * Runs a command; a preview the server lost (a restart) is opened again once. What it
   * did is recorded as a test's turn when it succeeded (`Save as test`).
   */
  const run = useCallback(
    async (command: Parameters<typeof previewApi.command>[1], recorded: { turn?: TestTurn; reset?: boolean } = {}) => {
      const state = preview.getState();
      state.beginCommand();
      let ok = false;
      try {
        if (!session.current) await begin();
        try {
          preview.getState().receive(await previewApi.command(session.current!.id, command));
        } catch (error) {
          if (!(error instanceof ApiClientError && error.status === 404 && error.body.code === "not_found")) throw error;
          await begin();
          preview.getState().receive(await previewApi.command(session.current!.id, command));
        }
        ok = true;
      } catch (error) {
        // A refused command names its field: "The number must be an E.164 phone number…".
        const issue = error instanceof ApiClientError ? error.body.issues?.[0]?.message : undefined;
        preview.getState().setError(issue ?? (error as Error).message);
      } finally {
        preview.getState().endCommand(ok ? recorded : {});
      }
    },
    [begin, preview],
  );

  const draft = useCallback(() => editorDocument(editor.getState()), [editor]);

  useEffect(() => end, [end]);

  return useMemo(
    () => ({
      async open() {
        preview.getState().setOpen(true);
        await begin().catch((error: Error) => preview.getState().setError(error.message));
      },
      close() {
        end();
        preview.getState().setOpen(false);
      },
      send: (reply: PreviewReply) => run({ type: "send", reply, document: draft() }, { turn: { type: "send", reply } }),
      /** Starts at a step, or at the API trigger with the variables typed in the Run tab. */
      start(nodeId?: string) {
        let vars: unknown;
        try {
          vars = JSON.parse(preview.getState().startVars || "{}");
        } catch {
          return preview.getState().setError("The start variables are not valid JSON");
        }
        if (!vars || typeof vars !== "object" || Array.isArray(vars)) return preview.getState().setError("The start variables must be a JSON object");
        const started = vars as Record<string, unknown>;
        return run({ type: "start", nodeId, vars: started, document: draft() }, { turn: { type: "start", ...(nodeId && { nodeId }), vars: started } });
      },
      restart: () => run({ type: "restart", document: draft() }, { reset: true }),
      skipWait: () => run({ type: "skipWait", document: draft() }, { turn: { type: "wait" } }),
      agentSay: (text: string) => run({ type: "agentSay", text }, { turn: { type: "agentSay", text } }),
      handBack: (vars: Record<string, unknown>) => run({ type: "handBack", vars, document: draft() }, { turn: { type: "handBack", vars } }),
      setWindow: (open: boolean) => run({ type: "setWindow", open }, { turn: { type: "setWindow", open } }),
      setContact: (next: PreviewContact) => {
        contact.current = next;
        return run({ type: "setContact", contact: next });
      },
      setMock: (nodeId: string, mock: HttpMock | "real" | null) => run({ type: "setMock", nodeId, mock }),
      /** Plays a test's first turns again, from a fresh start, with its contact and mocks: the designer goes on from there. */
      async replay(test: Pick<JourneyTest, "turns" | "mocks" | "contact">) {
        await run({ type: "restart", document: draft() }, { reset: true });
        if (test.contact) {
          contact.current = test.contact;
          await run({ type: "setContact", contact: test.contact });
        }
        for (const [nodeId, mock] of Object.entries(test.mocks)) await run({ type: "setMock", nodeId, mock });
        for (const turn of test.turns) {
          if (turn.type === "wait") await run({ type: "skipWait", document: draft() }, { turn });
          else if (turn.type === "send") await run({ type: "send", reply: turn.reply, document: draft() }, { turn });
          else if (turn.type === "start") await run({ type: "start", nodeId: turn.nodeId, vars: turn.vars ?? {}, document: draft() }, { turn });
          else if (turn.type === "handBack") await run({ type: "handBack", vars: turn.vars ?? {}, document: draft() }, { turn });
          else await run(turn, { turn });
        }
      },
    }),
    [begin, draft, end, preview, run],
  );
}
