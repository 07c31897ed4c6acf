import type { Metadata } from "next";
import { LoginForm } from "@/components/login-form";
import { sameOriginPath } from "@/lib/api/same-origin-path";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  const target = sameOriginPath(next);
  return (
    <main className="grid min-h-screen place-items-center bg-slate-50 px-4">
      <LoginForm next={target} />
    </main>
  );
}
