import Link from "next/link";
import { MessageCircle, PlugZap } from "lucide-react";

/**
 * What to do next while no channel can send (a fresh install): connect the business's
 * WhatsApp number, or try a sample in the preview, which needs no channel at all.
 */
export function GettingStarted({ sample }: { sample: { id: string; name: string } | null }) {
  return (
    <section aria-labelledby="getting-started" className="mb-5 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="getting-started" className="text-sm font-semibold text-slate-900">Next: connect WhatsApp, or try a journey first</h2>
      <p className="mt-0.5 text-sm text-slate-500">No channel can send yet, so live journeys cannot answer anyone.</p>
      <div className="mt-4 grid gap-3 md:grid-cols-2">
        <Link href="/settings/channels" className="group flex items-start gap-3 rounded-lg p-3 ring-1 ring-slate-200 hover:bg-emerald-50/50 hover:ring-emerald-300">
          <PlugZap className="mt-0.5 size-5 shrink-0 text-emerald-600" />
          <span className="min-w-0">
            <span className="block text-sm font-medium text-slate-900 group-hover:text-emerald-800">Connect your number</span>
            <span className="block text-sm text-slate-500">Add your 8x8 sub-account and API key in Settings → Channels, then paste its webhook URL into 8x8 Connect.</span>
          </span>
        </Link>
        {sample && (
          <Link href={`/journeys/${sample.id}?preview=1`} className="group flex items-start gap-3 rounded-lg p-3 ring-1 ring-slate-200 hover:bg-emerald-50/50 hover:ring-emerald-300">
            <MessageCircle className="mt-0.5 size-5 shrink-0 text-emerald-600" />
            <span className="min-w-0">
              <span className="block text-sm font-medium text-slate-900 group-hover:text-emerald-800">Chat with “{sample.name}” in the preview</span>
              <span className="block text-sm text-slate-500">The preview plays the customer beside the canvas: nothing is sent, no channel needed.</span>
            </span>
          </Link>
        )}
      </div>
    </section>
  );
}
