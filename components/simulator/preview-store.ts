import { createStore } from "zustand/vanilla";
import type { PreviewSnapshot } from "@/lib/preview/preview-schemas";
import type { TestTurn } from "@/lib/test-format/test-schema";

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
  /** What the person did since the last restart, as a test's turns ("Save as test"). */
  turns: TestTurn[];
  /** Commands under way: a snapshot they cause is theirs, not time passing. */
  pending: number;
  /** The test being re-recorded from one of its turns: Save as test updates it. */
  rerecording: { testId: string; name: string } | null;
};

export type PreviewStore = ReturnType<typeof createPreviewStore>;

export const handleKey = (source: string, sourceHandle: string | null | undefined) => `${source}\u0000${sourceHandle ?? ""}`;

/** The simulator's state as the canvas and the pane read it; only newer snapshots land. */
export function createPreviewStore() {
  type Actions = {
    receive(snapshot: PreviewSnapshot): void;
    setOpen(open: boolean): void;
    setError(error: string | null): void;
    setStartVars(text: string): void;
    /** A command begins; when it ends, `turn` (if any) is what it adds to the recording, `reset` starts a new one. */
    beginCommand(): void;
    endCommand(outcome: { turn?: TestTurn; reset?: boolean }): void;
    setRerecording(test: { testId: string; name: string } | null): void;
  };
  return createStore<PreviewState & Actions>((set, get) => ({
    open: false,
    snapshot: null,
    error: null,
    current: null,
    latest: null,
    visited: new Set(),
    taken: new Set(),
    startVars: "{}",
    turns: [],
    pending: 0,
    rerecording: null,
    receive(snapshot) {
      const before = get().snapshot;
      if (before && before.id === snapshot.id && before.revision > snapshot.revision) return;
      // A timer that fired by itself (a delay or a reply timeout ran out) is time passing.
      const fired = before?.timer && before.id === snapshot.id && get().pending === 0 && snapshot.timer?.dueAt !== before.timer.dueAt && snapshot.steps.length > before.steps.length;
      if (fired) set({ turns: [...get().turns, { type: "wait" }] });
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
    setOpen: (open) => set(open ? { open } : { open, snapshot: null, error: null, current: null, latest: null, visited: new Set(), taken: new Set(), turns: [], rerecording: null }),
    beginCommand: () => set({ pending: get().pending + 1 }),
    setRerecording: (rerecording) => set({ rerecording }),
    endCommand: ({ turn, reset }) => set({ pending: Math.max(0, get().pending - 1), ...(reset ? { turns: [] } : turn && { turns: [...get().turns, turn] }) }),
    setError: (error) => set({ error }),
    setStartVars: (startVars) => set({ startVars }),
  }));
}
