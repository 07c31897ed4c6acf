"use client";

import { useEffect, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";

/**
 * Listens to the inbox's server-sent events and refetches the conversations on each: the
 * list and the open conversation update by themselves. Returns a counter that moves with
 * every change, for what is not a query (the transcript).
 */
export function useInboxEvents(): number {
  const queries = useQueryClient();
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    const source = new EventSource("/api/conversations/events");
    source.onmessage = () => {
      setRevision((n) => n + 1);
      void queries.invalidateQueries({ queryKey: ["conversations"] });
    };
    return () => source.close();
  }, [queries]);
  return revision;
}
