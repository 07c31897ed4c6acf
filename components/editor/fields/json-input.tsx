"use client";

import { useEffect, useState } from "react";
import { INPUT_CLASS } from "./field-shell";

/** JSON edited as text; only text that parses reaches the document. */
export function JsonInput({ id, value, onChange, optional }: { id: string; value: unknown; onChange(v: unknown): void; optional?: boolean }) {
  const pretty = value === undefined ? "" : JSON.stringify(value, null, 2);
  const [text, setText] = useState(pretty);
  const [error, setError] = useState<string | null>(null);
  // A change from elsewhere (undo, another field) replaces the text unless it means the same.
  useEffect(() => {
    setText((current) => (sameJson(current, value) ? current : pretty));
  }, [pretty, value]);

  const edit = (next: string) => {
    setText(next);
    if (!next.trim() && optional) {
      setError(null);
      return onChange(undefined);
    }
    try {
      const parsed = JSON.parse(next);
      setError(null);
      onChange(parsed);
    } catch (e) {
      setError(`Not valid JSON yet: ${(e as Error).message}`);
    }
  };

  return (
    <>
      <textarea id={id} rows={6} value={text} onChange={(e) => edit(e.target.value)} spellCheck={false} aria-invalid={Boolean(error) || undefined} className={`${INPUT_CLASS} resize-y font-mono text-[12px] leading-relaxed`} />
      {error && <p className="text-xs text-rose-600">{error}</p>}
    </>
  );
}

function sameJson(text: string, value: unknown) {
  try {
    return JSON.stringify(JSON.parse(text)) === JSON.stringify(value);
  } catch {
    return false;
  }
}
