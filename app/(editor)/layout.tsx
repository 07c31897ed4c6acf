import type { ReactNode } from "react";
import { ViewerProvider } from "@/components/viewer-context";
import { pagePrincipal } from "@/lib/api/page-auth";
import { viewerOf } from "@/lib/auth/viewer";

/** The editor takes the whole window: no app sidebar beside the canvas. */
export default async function EditorLayout({ children }: { children: ReactNode }) {
  return <ViewerProvider viewer={viewerOf(await pagePrincipal())}>{children}</ViewerProvider>;
}
