import { Lock } from "lucide-react";

/** What a member sees on a settings page their role does not open. */
export function NoAccess({ role }: { role: string }) {
  return (
    <div className="mx-8 my-6 flex max-w-xl items-start gap-3 rounded-xl bg-white p-6 text-sm text-slate-600 shadow-sm ring-1 ring-slate-200" role="alert">
      <Lock className="mt-0.5 size-4 shrink-0 text-slate-400" />
      <p>
        Only the workspace&apos;s owners manage this. You are signed in as <strong className="font-medium text-slate-800">{role}</strong>.
      </p>
    </div>
  );
}
