"use client";

import Link from "next/link";
import { AlertTriangle } from "lucide-react";
import { statusLabel } from "@/lib/whatsapp/whatsapp-template";
import { useBlockedTemplates } from "./use-templates";

/**
 * A live journey sends a template WhatsApp refuses now (paused or disabled by 8x8's
 * webhook): those steps take their Failed path until it is approved again or replaced.
 */
export function BlockedTemplatesWarning({ journeyId, variant }: { journeyId: string; variant: "badge" | "banner" }) {
  const blocked = useBlockedTemplates(journeyId);
  if (!blocked.length) return null;
  const names = blocked.map((t) => `${t.name} (${statusLabel(t.status).toLowerCase()})`).join(", ");
  if (variant === "badge") {
    return (
      <Link href="/templates" title={`Live version sends ${names}`} className="inline-flex items-center gap-1 rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-800 ring-1 ring-amber-600/20 ring-inset hover:bg-amber-100">
        <AlertTriangle className="size-3" /> Template {statusLabel(blocked[0].status).toLowerCase()}
        {blocked.length > 1 && ` +${blocked.length - 1}`}
      </Link>
    );
  }
  return (
    <div role="alert" className="flex items-center gap-2 border-b border-amber-200 bg-amber-50 px-4 py-2 text-xs text-amber-900">
      <AlertTriangle className="size-4 shrink-0" />
      <span>
        The live version sends {names}: WhatsApp refuses {blocked.length === 1 ? "it" : "them"} now, so those steps take their Failed path. Pick another template and publish, or see{" "}
        <Link href="/templates" className="font-medium underline">Templates</Link>.
      </span>
    </div>
  );
}
