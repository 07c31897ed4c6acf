"use client";

import { useQueryClient } from "@tanstack/react-query";
import { RefreshCw } from "lucide-react";
import { useState } from "react";
import { templatesApi } from "@/lib/client/templates-api";
import { ApiClientError } from "@/lib/client/journeys-api";
import { Button } from "../ui/button";
import { TEMPLATES_KEY } from "./use-templates";

/** Lists every channel's templates from 8x8 now, instead of at the next 15-minute sync. */
export function SyncTemplatesButton() {
  const queryClient = useQueryClient();
  const [state, setState] = useState<{ pending: boolean; message: string | null; failed: boolean }>({ pending: false, message: null, failed: false });
  async function sync() {
    setState({ pending: true, message: null, failed: false });
    try {
      const { results } = await templatesApi.sync();
      const failed = results.filter((r) => !r.ok);
      const message = !results.length ? "No channel is set up to list its templates" : failed.length ? failed.map((f) => f.message).join("; ") : `Synced ${results.length} channel${results.length === 1 ? "" : "s"}`;
      setState({ pending: false, message, failed: failed.length > 0 || !results.length });
    } catch (error) {
      setState({ pending: false, message: error instanceof ApiClientError ? error.body.message : "The server could not be reached", failed: true });
    }
    await queryClient.invalidateQueries({ queryKey: TEMPLATES_KEY });
  }
  return (
    <div className="flex items-center gap-3">
      {state.message && <span role="status" className={`text-xs ${state.failed ? "text-rose-600" : "text-slate-500"}`}>{state.message}</span>}
      <Button onClick={sync} disabled={state.pending}>
        <RefreshCw className={`size-4 ${state.pending ? "animate-spin" : ""}`} /> {state.pending ? "Syncing…" : "Sync from 8x8"}
      </Button>
    </div>
  );
}
