"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ApiClientError } from "@/lib/client/journeys-api";

/**
 * Runs a change through the API, then re-renders the page from the server: the lists on
 * settings pages are server-rendered, so what shows is what was stored.
 */
export function useApiAction() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [issues, setIssues] = useState<Record<string, string>>({});
  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    setPending(true);
    setError(null);
    setIssues({});
    try {
      const result = await action();
      router.refresh();
      return result;
    } catch (caught) {
      if (caught instanceof ApiClientError) {
        setIssues(Object.fromEntries((caught.body.issues ?? []).map((i) => [i.path, i.message])));
        setError(caught.body.message);
      } else setError("The server could not be reached");
      return undefined;
    } finally {
      setPending(false);
    }
  }
  return { run, pending, error, issues };
}
