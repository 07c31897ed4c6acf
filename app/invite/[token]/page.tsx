import type { Metadata } from "next";
import Link from "next/link";
import { AuthForm } from "@/components/auth/auth-form";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { invites } from "@/lib/workspace/invites";

export const metadata: Metadata = { title: "Join", referrer: "no-referrer" };

/** An invitation link: joins the workspace with the role the owner chose. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await invites(await getDb()).usable(token);
  return (
    <main className="grid min-h-screen place-items-center bg-slate-50 px-4">
      {invite ? (
        <AuthForm
          title="Join Journey Studio"
          intro={
            <>
              You are invited as <strong className="font-medium text-slate-700">{ROLE_LABELS[invite.role as Role].label.toLowerCase()}</strong>:{" "}
              {ROLE_LABELS[invite.role as Role].description.toLowerCase()}.
            </>
          }
          fields={["name", "email", "password"]}
          newPassword
          submitLabel="Join the workspace"
          endpoint="/api/invites/accept"
          extra={{ token }}
          next="/journeys"
        />
      ) : (
        <div className="w-full max-w-sm rounded-2xl bg-white p-8 text-sm text-slate-600 shadow-sm ring-1 ring-slate-200" role="alert">
          <h1 className="text-lg font-semibold text-slate-900">This invitation cannot be used</h1>
          <p className="mt-2">It has expired, was used already or was withdrawn. Ask the workspace&apos;s owner for a new link.</p>
          <Link href="/login" className="mt-4 inline-block font-medium text-emerald-700 hover:underline">
            Sign in instead
          </Link>
        </div>
      )}
    </main>
  );
}
