"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { Settings, Workflow } from "lucide-react";

const NAV = [
  { href: "/journeys", label: "Journeys", icon: Workflow },
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
              </Link>
            );
          })}
        </nav>
        <div className="mt-auto border-t border-slate-100 px-5 py-4 text-xs text-slate-500">{footer}</div>
      </aside>
      <main className="min-w-0 flex-1">{children}</main>
    </div>
  );
}
