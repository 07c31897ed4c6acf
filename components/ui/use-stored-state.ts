"use client";

import { useCallback, useEffect, useState } from "react";

/**
 * A UI preference kept in localStorage across visits (mini map shown, preview width).
 * The first render uses the fallback, so server and client markup agree.
 */
export function useStoredState<T>(key: string, fallback: T, accept: (value: unknown) => value is T) {
  const [value, setValue] = useState<T>(fallback);
  useEffect(() => {
    try {
      const stored: unknown = JSON.parse(localStorage.getItem(key) ?? "null");
      if (accept(stored)) setValue(stored);
    } catch {
      // A corrupt preference is ignored, never fatal.
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const store = useCallback(
    (next: T) => {
      setValue(next);
      try {
        localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Private windows may refuse storage; the preference then lasts the visit.
      }
    },
    [key],
  );
  return [value, store] as const;
}

export const isBoolean = (value: unknown): value is boolean => typeof value === "boolean";
export const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
