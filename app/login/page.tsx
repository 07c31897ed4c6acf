import type { Metadata } from "next";
import { LoginForm } from "@/components/login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  // Only same-site paths: never bounce the browser to another origin after sign-in.
  const target = next?.startsWith("/") && !next.startsWith("//") ? next : "/journeys";
  return (
    <main className="grid min-h-screen place-items-center bg-slate-50 px-4">
      <LoginForm next={target} />
    </main>
  );
}
