import type { ReactNode } from "react";

/** The editor takes the whole window: no app sidebar beside the canvas. */
export default function EditorLayout({ children }: { children: ReactNode }) {
  return children;
}
