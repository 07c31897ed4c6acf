import type { ReactNode } from "react";
import { Database } from "lucide-react";
import { AppShell } from "@/components/app-shell";
import { ViewerProvider } from "@/components/viewer-context";
import { pagePrincipal } from "@/lib/api/page-auth";
import { viewerOf } from "@/lib/auth/viewer";
import { databaseTarget } from "@/lib/db/database-target";

export default async function StudioLayout({ children }: { children: ReactNode }) {
  const viewer = viewerOf(await pagePrincipal());
  const provider = databaseTarget().provider === "sqlite" ? "SQLite (embedded)" : "PostgreSQL";
  return (
    <ViewerProvider viewer={viewer}>
      <AppShell
        footer={
          <span className="flex items-center gap-1.5">
            <Database className="size-3.5 text-slate-400" /> {provider}
          </span>
        }
      >
        {children}
      </AppShell>
    </ViewerProvider>
  );
}
