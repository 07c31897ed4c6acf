"use client";

import { FlaskConical } from "lucide-react";
import { useState } from "react";
import { nextTestId, withTest, withTestChanged } from "@/lib/editor/test-edits";
import { recordTest } from "@/lib/journey-tests/record-test";
import { useEditorStore } from "../editor/editor-context";
import { usePreview, usePreviewStore } from "../simulator/preview-context";
import { Button } from "../ui/button";
import { Dialog } from "../ui/dialog";
import { INPUT_CLASS } from "../editor/fields/field-shell";

/**
 * Saves the preview's conversation so far as a test of the journey: the customer's turns,
 * the mocks, the contact, and as expectations what the journey did.
 */
export function SaveTestButton({ onSaved }: { onSaved(): void }) {
  const editor = useEditorStore();
  const preview = usePreviewStore();
  const turns = usePreview((s) => s.turns.length);
  const rerecording = usePreview((s) => s.rerecording);
  const [name, setName] = useState<string | null>(null);
  const suggest = () => {
    if (rerecording) return setName(rerecording.name);
    const first = preview.getState().turns.find((t) => t.type === "send");
    const said = first?.type === "send" && first.reply.type === "text" ? `Says “${first.reply.text.slice(0, 40)}”` : `Test ${(editor.getState().meta.tests?.length ?? 0) + 1}`;
    setName(said);
  };
  const save = () => {
    const { snapshot, turns: recorded, rerecording: updating } = preview.getState();
    if (!snapshot || !name?.trim()) return;
    const meta = editor.getState().meta;
    const known = updating && meta.tests?.some((t) => t.id === updating.testId);
    const test = recordTest(snapshot, recorded, name.trim().slice(0, 120), known ? updating.testId : nextTestId(meta));
    if (known) editor.getState().actions.setMeta(withTestChanged(meta, test.id, () => test), undefined, `Re-record test ${test.name}`);
    else editor.getState().actions.setMeta(withTest(meta, test), undefined, `Save test ${test.name}`);
    preview.getState().setRerecording(null);
    setName(null);
    onSaved();
  };
  return (
    <>
      <Button size="sm" variant="ghost" onClick={suggest} disabled={!turns} title={turns ? "Keep this conversation as a test of the journey" : "Talk to the journey first"}>
        {/* A narrow pane keeps the icon only: the header must not spill over the side panel. */}
        <FlaskConical className="size-3.5" /> <span className="max-2xl:sr-only">{rerecording ? "Update test" : "Save as test"}</span>
      </Button>
      <Dialog
        open={name !== null}
        onClose={() => setName(null)}
        title={rerecording ? `Update “${rerecording.name}”` : "Save as test"}
        description="The customer's turns are replayed; what the journey sent, the steps it went through and its variables are expected again. Each message can be loosened to contains or any in the Tests tab."
        footer={
          <>
            <Button onClick={() => setName(null)}>Cancel</Button>
            <Button variant="primary" onClick={save} disabled={!name?.trim()}>{rerecording ? "Update test" : "Save test"}</Button>
          </>
        }
      >
        <label className="block text-xs font-medium text-slate-600">
          Test name
          <input value={name ?? ""} maxLength={120} onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.key === "Enter" && save()} className={`${INPUT_CLASS} mt-1`} />
        </label>
      </Dialog>
    </>
  );
}
