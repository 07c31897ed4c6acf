"use client";

import { useState } from "react";
import { Workflow } from "lucide-react";
import { Button } from "@/components/ui/button";

export function LoginForm({ next }: { next: string }) {
  const [token, setToken] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const submit = async () => {
    setPending(true);
    setError(null);
    const response = await fetch("/api/session", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ token }) });
    setPending(false);
    if (response.ok) window.location.assign(next);
    else setError((await response.json().catch(() => null))?.error?.message ?? "Sign-in failed");
  };
  return (
    <form
      // Submitted before hydration, the browser would otherwise put the token in the URL.
      method="post"
      className="w-full max-w-sm rounded-2xl bg-white p-8 shadow-sm ring-1 ring-slate-200"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <span className="grid size-10 place-items-center rounded-xl bg-gradient-to-br from-emerald-500 to-emerald-700 text-white">
        <Workflow className="size-5" />
      </span>
      <h1 className="mt-5 text-lg font-semibold text-slate-900">Sign in to Journey Studio</h1>
      <p className="mt-1 text-sm text-slate-500">This workspace is protected by an access token (APP_API_TOKEN).</p>
      <label className="mt-6 block text-sm font-medium text-slate-700">
        Access token
        <input
          type="password"
          value={token}
          autoFocus
          onChange={(event) => setToken(event.target.value)}
          className="mt-1.5 block w-full rounded-lg border-0 px-3 py-2 text-sm shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-emerald-600"
        />
      </label>
      {error && <p className="mt-2 text-sm text-rose-600" role="alert">{error}</p>}
      <Button variant="primary" type="submit" className="mt-6 w-full" disabled={!token || pending}>
        Sign in
      </Button>
    </form>
  );
}
