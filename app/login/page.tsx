import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthForm } from "@/components/auth/auth-form";
import { sameOriginPath } from "@/lib/api/same-origin-path";
import { getDb } from "@/lib/db/client";
import { accounts } from "@/lib/workspace/accounts";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (!(await accounts(await getDb()).isSetUp())) redirect("/setup");
  const { next } = await searchParams;
  return (
    <main className="grid min-h-screen place-items-center bg-slate-50 px-4">
      <AuthForm
        title="Sign in to Journey Studio"
        intro="With the email and password of your account in this workspace."
        fields={["email", "password"]}
        submitLabel="Sign in"
        endpoint="/api/session"
        next={sameOriginPath(next)}
        footer="No account? Ask the workspace's owner for an invitation link."
      />
    </main>
  );
}
