"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { Viewer } from "@/lib/auth/viewer";

const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in member, for showing only the actions their role allows (the server enforces them). */
export function ViewerProvider({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}

export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error("useViewer outside ViewerProvider");
  return viewer;
}
