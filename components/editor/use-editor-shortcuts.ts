"use client";

import { useEffect } from "react";
import { useReactFlow } from "@xyflow/react";
import { CANVAS_SEARCH_ID } from "@/components/canvas/canvas-search";
import { fitAll } from "@/components/canvas/viewport";
import { useEditorStore } from "./editor-context";
import { useClipboardActions } from "./use-clipboard-actions";

/** Keys the shortcuts popover lists; the handler below is the single place they act. */
export const SHORTCUTS = [
  { keys: ["Ctrl/⌘", "Z"], action: "Undo" },
  { keys: ["Ctrl/⌘", "Shift", "Z"], action: "Redo" },
  { keys: ["Ctrl/⌘", "C"], action: "Copy selected steps" },
  { keys: ["Ctrl/⌘", "V"], action: "Paste steps (from any journey)" },
  { keys: ["Ctrl/⌘", "D"], action: "Duplicate selected steps" },
  { keys: ["Ctrl/⌘", "A"], action: "Select all" },
  { keys: ["Del"], action: "Delete selection" },
  { keys: ["Shift", "drag"], action: "Select an area" },
  { keys: ["Shift", "L"], action: "Auto-layout" },
  { keys: ["F"], action: "Fit the journey in view" },
  { keys: ["Ctrl/⌘", "F"], action: "Find a step" },
  { keys: ["P"], action: "Open or close the preview" },
  { keys: ["I"], action: "Show or hide Insights (how the live version performs)" },
  { keys: ["Esc"], action: "Clear selection" },
  { keys: ["?"], action: "Show shortcuts" },
];

/** Editor keyboard shortcuts; typing in a field keeps the browser's own behaviour. */
export function useEditorShortcuts({ onHelp, onLayout, onPreview, onInsights, insights }: { onHelp(): void; onLayout(): void; onPreview(): void; onInsights(): void; insights: boolean }) {
  const store = useEditorStore();
  const flow = useReactFlow();
  const clipboard = useClipboardActions();

  useEffect(() => {
    const actions = () => store.getState().actions;
    const onKeyDown = (event: KeyboardEvent) => {
      // React Flow marks keys on a focused node as handled (defaultPrevented), ours included.
      // An open modal dialog owns the keyboard: Delete must not delete a step behind it,
      // and Escape must reach the dialog (preventing it here would keep the dialog open).
      if (modalOpen()) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      // Find means the canvas search here, from anywhere in the editor, not the page's text.
      if (mod && key === "f" && !event.shiftKey) {
        event.preventDefault();
        const search = document.getElementById(CANVAS_SEARCH_ID) as HTMLInputElement | null;
        search?.focus();
        search?.select();
        return;
      }
      if (isEditable(event.target)) {
        // In a field of the document, undo is the editor's, for the whole edit: the
        // browser's own would undo one character, or half of a variable the picker inserted,
        // and the next autosave would keep that.
        const undoKey = mod && (key === "z" || key === "y");
        if (!undoKey || !(event.target as HTMLElement).closest("[data-document-fields]")) return;
        event.preventDefault();
        if (key === "y" || event.shiftKey) actions().redo();
        else actions().undo();
        return;
      }
      // A key on a button of the step's form (Add, Remove, a toggle) is the form's: a letter
      // typed there must not open Insights or the preview.
      if (!mod && key.length === 1 && (event.target as HTMLElement | null)?.closest?.("[data-document-fields]")) return;
      const handled = (() => {
        if (!mod && key === "i") return onInsights(), true;
        if (!mod && event.key === "?") return onHelp(), true;
        // Insights draw a published version: the draft behind them is not edited blind.
        if (insights) return false;
        if (mod && key === "z") return event.shiftKey ? actions().redo() : actions().undo(), true;
        if (mod && key === "y") return actions().redo(), true;
        if (mod && key === "d") return clipboard.duplicate(), true;
        if (mod && key === "a") return actions().selectAll(), true;
        if (mod) return false;
        if (key === "delete" || key === "backspace") return actions().deleteSelection(), true;
        if (key === "escape") return actions().select(null), true;
        if (key === "l" && event.shiftKey) return onLayout(), true;
        if (key === "f") return fitAll(flow, { duration: 200 }), true;
        if (key === "p") return onPreview(), true;
        if (event.key === "?") return onHelp(), true;
        return false;
      })();
      if (handled) event.preventDefault();
    };
    // The copy and paste events carry clipboard data without asking for permission.
    const onCopy = (event: ClipboardEvent) => {
      if (isEditable(event.target) || modalOpen()) return;
      const text = clipboard.copyText();
      if (!text) return;
      event.clipboardData?.setData("text/plain", text);
      event.preventDefault();
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isEditable(event.target) || modalOpen()) return;
      if (clipboard.pasteText(event.clipboardData?.getData("text/plain") ?? "")) event.preventDefault();
    };
    window.addEventListener("keydown", onKeyDown);
    document.addEventListener("copy", onCopy);
    document.addEventListener("paste", onPaste);
    return () => {
      window.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("copy", onCopy);
      document.removeEventListener("paste", onPaste);
    };
  }, [clipboard, flow, insights, onHelp, onInsights, onLayout, onPreview, store]);
}

/** An open modal dialog owns the keyboard and the clipboard: nothing acts behind it. */
function modalOpen() {
  return document.querySelector("dialog[open]") !== null;
}

function isEditable(target: EventTarget | null) {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}
