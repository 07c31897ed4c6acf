import type { ReactNode } from "react";
import { Database } from "lucide-react";
import { AppShell } from "@/components/app-shell";
import { databaseTarget } from "@/lib/db/database-target";

export default function StudioLayout({ children }: { children: ReactNode }) {
  const provider = databaseTarget().provider === "sqlite" ? "SQLite (embedded)" : "PostgreSQL";
  return (
    <AppShell
      footer={
        <span className="flex items-center gap-1.5">
          <Database className="size-3.5 text-slate-400" /> {provider}
        </span>
      }
    >
      {children}
    </AppShell>
  );
}
