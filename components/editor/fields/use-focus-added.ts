"use client";

import { useLayoutEffect, useRef } from "react";

/**
 * After an "Add …" button adds an item, its first field takes the focus: typing goes into
 * it, never to the editor's shortcuts from the button (an "i" would open Insights).
 * Items are the container's `[data-added-item]` elements; the newest is the last.
 */
export function useFocusAdded<T extends HTMLElement>(count: number) {
  const container = useRef<T>(null);
  const before = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (before.current === null || count <= before.current) return;
    before.current = null;
    const items = container.current?.querySelectorAll<HTMLElement>("[data-added-item]");
    items?.[items.length - 1]?.querySelector<HTMLElement>("input:not([type=checkbox]), textarea, select, [contenteditable=true]")?.focus();
  }, [count]);
  return { container, adding: () => void (before.current = count) };
}
