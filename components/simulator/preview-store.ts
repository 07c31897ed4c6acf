import { createStore } from "zustand/vanilla";
import type { PreviewSnapshot } from "@/lib/preview/preview-schemas";

export type PreviewState = {
  open: boolean;
  snapshot: PreviewSnapshot | null;
  error: string | null;
  /** The step the run is at, the steps it went through and the outputs it took. */
  current: string | null;
  /** The last step the run executed: where the canvas looks. */
  latest: string | null;
  visited: ReadonlySet<string>;
  taken: ReadonlySet<string>;
  /** The `vars` a start at the API trigger gets, as the person typed them (JSON). */
  startVars: string;
};

export type PreviewStore = ReturnType<typeof createPreviewStore>;

export const handleKey = (source: string, sourceHandle: string | null | undefined) => `${source}\u0000${sourceHandle ?? ""}`;

/** The simulator's state as the canvas and the pane read it; only newer snapshots land. */
export function createPreviewStore() {
  return createStore<PreviewState & { receive(snapshot: PreviewSnapshot): void; setOpen(open: boolean): void; setError(error: string | null): void; setStartVars(text: string): void }>((set, get) => ({
    open: false,
    snapshot: null,
    error: null,
    current: null,
    latest: null,
    visited: new Set(),
    taken: new Set(),
    startVars: "{}",
    receive(snapshot) {
      const before = get().snapshot;
      if (before && before.id === snapshot.id && before.revision > snapshot.revision) return;
      const active = snapshot.run && ["waiting", "sleeping", "running"].includes(snapshot.run.status);
      set({
        snapshot,
        error: null,
        current: active ? snapshot.run!.currentNode : null,
        latest: snapshot.steps.at(-1)?.nodeId ?? null,
        visited: new Set(snapshot.path.nodes),
        taken: new Set(snapshot.path.handles.map((h) => handleKey(h.source, h.sourceHandle))),
      });
    },
    setOpen: (open) => set(open ? { open } : { open, snapshot: null, error: null, current: null, latest: null, visited: new Set(), taken: new Set() }),
    setError: (error) => set({ error }),
    setStartVars: (startVars) => set({ startVars }),
  }));
}
