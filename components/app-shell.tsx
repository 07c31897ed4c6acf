"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { Activity, Inbox, LayoutTemplate, LogOut, Settings, Users, Workflow } from "lucide-react";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { workspaceApi } from "@/lib/client/workspace-api";
import { useViewer } from "./viewer-context";
import { useQuery } from "@tanstack/react-query";
import type { ConversationCounts } from "@/lib/conversations/api-schemas";
import { call } from "@/lib/client/journeys-api";

const NAV = [
  { href: "/journeys", label: "Journeys", icon: Workflow },
  { href: "/inbox", label: "Inbox", icon: Inbox },
  { href: "/runs", label: "Runs", icon: Activity },
  { href: "/contacts", label: "Contacts", icon: Users },
  { href: "/templates", label: "Templates", icon: LayoutTemplate },
  { href: "/settings", label: "Settings", icon: Settings },
];

export function AppShell({ children, footer }: { children: ReactNode; footer?: ReactNode }) {
  const pathname = usePathname();
  return (
    <div className="flex min-h-screen">
      <aside className="sticky top-0 flex h-screen w-60 shrink-0 flex-col border-r border-slate-200 bg-white">
        <Link href="/journeys" className="flex items-center gap-2.5 px-5 py-5">
          <span className="grid size-8 place-items-center rounded-lg bg-gradient-to-br from-emerald-500 to-emerald-700 text-white shadow-sm">
            <Workflow className="size-4.5" strokeWidth={2} />
          </span>
          <span className="text-[15px] font-semibold tracking-tight">Journey Studio</span>
        </Link>
        <nav className="flex flex-col gap-0.5 px-3" aria-label="Main">
          {NAV.map(({ href, label, icon: Glyph }) => {
            const active = pathname === href || pathname.startsWith(`${href}/`);
            return (
              <Link
                key={href}
                href={href}
                aria-current={active ? "page" : undefined}
                className={`flex items-center gap-2.5 rounded-lg px-2.5 py-2 text-sm font-medium transition-colors ${
                  active ? "bg-emerald-50 text-emerald-800" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900"
                }`}
              >
                <Glyph className={`size-4 ${active ? "text-emerald-600" : "text-slate-400"}`} strokeWidth={1.75} />
                {label}
                {href === "/inbox" && <InboxBadge />}
              </Link>
            );
          })}
        </nav>
        <div className="mt-auto border-t border-slate-100 px-3 py-3">
          <SignedIn />
        </div>
        <div className="border-t border-slate-100 px-5 py-4 text-xs text-slate-500">{footer}</div>
      </aside>
      <main className="min-w-0 flex-1">{children}</main>
    </div>
  );
}

/** How many conversations wait for someone: the inbox's reason to be looked at. */
function InboxBadge() {
  const { data } = useQuery({
    queryKey: ["conversations", "badge"],
    queryFn: () => call<{ counts: ConversationCounts }>("/api/conversations?counts=only"),
    refetchInterval: 15_000,
  });
  const waiting = data?.counts.waiting ?? 0;
  if (waiting === 0) return null;
  return (
    <span className="ml-auto rounded-full bg-amber-500 px-1.5 text-[11px] font-semibold text-white tabular-nums" aria-label={`${waiting} waiting`}>
      {waiting}
    </span>
  );
}

function SignedIn() {
  const viewer = useViewer();
  return (
    <div className="flex items-center gap-2.5 px-2">
      <span className="grid size-8 shrink-0 place-items-center rounded-full bg-emerald-50 text-xs font-semibold text-emerald-800" aria-hidden>
        {viewer.name.slice(0, 1).toUpperCase()}
      </span>
      <Link href="/settings/account" className="min-w-0 flex-1 leading-tight hover:underline">
        <span className="block truncate text-sm font-medium text-slate-800">{viewer.name}</span>
        <span className="block text-xs text-slate-500">{ROLE_LABELS[viewer.role].label}</span>
      </Link>
      <button
        type="button"
        title="Sign out"
        aria-label="Sign out"
        className="grid size-8 place-items-center rounded-lg text-slate-400 hover:bg-slate-100 hover:text-slate-700"
        onClick={async () => {
          await workspaceApi.signOut().catch(() => undefined);
          window.location.assign("/login");
        }}
      >
        <LogOut className="size-4" />
      </button>
    </div>
  );
}
