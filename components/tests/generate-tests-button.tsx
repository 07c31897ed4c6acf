"use client";

import { Sparkles } from "lucide-react";
import { useState } from "react";
import { editorDocument } from "@/lib/editor/editor-store";
import { journeyTestsApi } from "@/lib/client/journey-tests-api";
import type { JourneyTest } from "@/lib/test-format/test-schema";
import { ApiClientError } from "@/lib/client/journeys-api";
import { useEditorStore } from "../editor/editor-context";
import { Button } from "../ui/button";
import { Dialog } from "../ui/dialog";
import { describeTurn } from "@/lib/journey-tests/describe-turn";

/**
 * Walks the journey for conversations that take every output it can be driven to, and
 * offers them as drafts: the designer keeps the ones they want (their expectations are
 * what the journey does now).
 */
export function GenerateTestsButton({ journeyId }: { journeyId: string }) {
  const store = useEditorStore();
  const [drafts, setDrafts] = useState<JourneyTest[] | null>(null);
  const [keep, setKeep] = useState<Set<string>>(new Set());
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function generate() {
    setPending(true);
    setError(null);
    try {
      const { tests } = await journeyTestsApi.generate(journeyId, editorDocument(store.getState()));
      setDrafts(tests);
      setKeep(new Set(tests.map((t) => t.id)));
    } catch (caught) {
      setError(caught instanceof ApiClientError ? caught.body.message : "Tests could not be generated");
    } finally {
      setPending(false);
    }
  }

  function save() {
    const { meta, actions } = store.getState();
    const kept = (drafts ?? []).filter((t) => keep.has(t.id));
    actions.setMeta({ ...meta, tests: [...(meta.tests ?? []), ...kept] }, undefined, `Add ${kept.length} generated tests`);
    setDrafts(null);
  }

  return (
    <>
      <Button size="sm" onClick={generate} disabled={pending}>
        <Sparkles className="size-3.5" /> {pending ? "Generating…" : "Generate tests"}
      </Button>
      {error && <span role="alert" className="text-xs text-rose-600">{error}</span>}
      <Dialog
        open={drafts !== null}
        onClose={() => setDrafts(null)}
        wide
        title={drafts?.length ? `${drafts.length} conversations take every output they can reach` : "No conversation to add"}
        description="Each was run through the journey just now; what it did is what the test expects from now on. Keep the ones worth keeping."
        footer={
          <>
            <Button onClick={() => setDrafts(null)}>Cancel</Button>
            <Button variant="primary" onClick={save} disabled={!keep.size}>Keep {keep.size} test{keep.size === 1 ? "" : "s"}</Button>
          </>
        }
      >
        <ul className="max-h-[50vh] space-y-1 overflow-y-auto" aria-label="Generated tests">
          {(drafts ?? []).map((t) => (
            <li key={t.id}>
              <label className="flex items-start gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-slate-50">
                <input
                  type="checkbox"
                  checked={keep.has(t.id)}
                  onChange={(e) => setKeep((k) => { const next = new Set(k); if (e.target.checked) next.add(t.id); else next.delete(t.id); return next; })}
                  className="mt-1 accent-emerald-600"
                />
                <span className="min-w-0">
                  <span className="block font-medium text-slate-900">{t.name}</span>
                  <span className="block truncate text-xs text-slate-500">{t.turns.map((turn) => describeTurn(turn)).join(" → ")}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </Dialog>
    </>
  );
}
