import Link from "next/link";
import { ChevronRight } from "lucide-react";

/** The trail above a page title: each item links up, ending with a chevron before the title. */
export function Breadcrumb({ items }: { items: Array<{ href: string; label: string }> }) {
  return (
    <nav className="flex items-center gap-1" aria-label="Breadcrumb">
      {items.map((item) => (
        <span key={item.href} className="flex items-center gap-1">
          <Link href={item.href} className="hover:text-slate-800">{item.label}</Link>
          <ChevronRight className="size-3" />
        </span>
      ))}
    </nav>
  );
}
