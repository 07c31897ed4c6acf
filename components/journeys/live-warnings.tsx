import { AlertTriangle } from "lucide-react";
import type { LiveWarning } from "@/lib/journeys/api-schemas";

/** What keeps a live journey from working as built: a badge per problem, its title saying why. */
export function LiveWarnings({ warnings }: { warnings: LiveWarning[] }) {
  return warnings.map((warning) => (
    <span
      key={warning.label}
      role="img"
      aria-label={`${warning.label}: ${warning.detail}`}
      title={warning.detail}
      className="inline-flex max-w-64 shrink-0 items-center gap-1 truncate rounded-full bg-rose-50 px-2 py-0.5 text-xs font-medium text-rose-700 ring-1 ring-rose-600/20 ring-inset"
    >
      <AlertTriangle className="size-3 shrink-0" /> <span className="truncate">{warning.label}</span>
    </span>
  ));
}
