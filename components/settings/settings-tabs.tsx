"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useViewer } from "@/components/viewer-context";

const TABS = [
  { href: "/settings", label: "General", ownerOnly: false },
  { href: "/settings/account", label: "Your account", ownerOnly: false },
  { href: "/settings/members", label: "Members", ownerOnly: true },
  { href: "/settings/channels", label: "Channels", ownerOnly: true },
  { href: "/settings/secrets", label: "Secrets", ownerOnly: true },
  { href: "/settings/audit", label: "Audit log", ownerOnly: true },
];

/** The settings sections this member may open (the pages check again). */
export function SettingsTabs() {
  const pathname = usePathname();
  const viewer = useViewer();
  return (
    <nav aria-label="Settings" className="flex gap-1 border-b border-slate-200 bg-white px-8">
      {TABS.filter((tab) => !tab.ownerOnly || viewer.canManage).map((tab) => {
        const active = pathname === tab.href;
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={active ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2.5 text-sm font-medium transition-colors ${
              active ? "border-emerald-600 text-emerald-800" : "border-transparent text-slate-500 hover:border-slate-300 hover:text-slate-800"
            }`}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
