"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server's HTML, true once React runs in the browser. Buttons whose handlers
 * only exist after hydration render disabled until then, so an early click is refused
 * visibly (and Playwright's actionability check waits) instead of being silently lost.
 */
export function useHydrated() {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
