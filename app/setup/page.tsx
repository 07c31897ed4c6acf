import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthForm } from "@/components/auth/auth-form";
import { getDb } from "@/lib/db/client";
import { accounts } from "@/lib/workspace/accounts";

export const metadata: Metadata = { title: "Set up" };

/** First start: the owner account. Once it exists, this page only leads to sign-in. */
export default async function SetupPage() {
  if (await accounts(await getDb()).isSetUp()) redirect("/login");
  return (
    <main className="grid min-h-screen place-items-center bg-slate-50 px-4">
      <AuthForm
        title="Welcome to Journey Studio"
        intro="Create the owner account of this workspace. You can invite your team next."
        fields={["name", "email", "password"]}
        newPassword
        submitLabel="Create owner account"
        endpoint="/api/setup"
        next="/journeys"
        footer="Until this account exists, nothing but this page and the 8x8 webhooks answers."
      />
    </main>
  );
}
