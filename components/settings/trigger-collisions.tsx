"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { AlertTriangle } from "lucide-react";
import type { KeywordSettings } from "@/lib/whatsapp/keyword-settings";
import type { TriggerCollision } from "@/lib/journey/trigger-collision";
import { workspaceApi } from "@/lib/client/workspace-api";

/** The live journeys' trigger keywords that the keywords as edited would take first, asked for as they are typed. */
export function useTriggerCollisions(keywords: KeywordSettings): TriggerCollision[] {
  const [collisions, setCollisions] = useState<TriggerCollision[]>([]);
  const key = JSON.stringify(keywords);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      workspaceApi
        .keywordCollisions(JSON.parse(key))
        .then(({ collisions }) => current && setCollisions(collisions))
        // Keywords that do not parse yet (an empty list item): the save will say why.
        .catch(() => undefined);
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key]);
  return collisions;
}

export function TriggerCollisions({ collisions }: { collisions: TriggerCollision[] }) {
  if (!collisions.length) return null;
  const errors = collisions.filter((c) => c.severity === "error");
  return (
    <div role="status" aria-label="Journeys these keywords affect" className={`rounded-lg px-3 py-2 text-xs ring-1 ring-inset ${errors.length ? "bg-rose-50 text-rose-900 ring-rose-200" : "bg-amber-50 text-amber-900 ring-amber-200"}`}>
      <p className="flex items-center gap-1.5 font-medium">
        <AlertTriangle className="size-3.5 shrink-0" />
        {errors.length ? `${errors.length === 1 ? "A live journey's trigger" : `${errors.length} live journeys' triggers`} would never fire with these keywords` : "Some live journeys' triggers are shared with a keyword"}
      </p>
      <ul className="mt-1 space-y-0.5">
        {collisions.map((c) => (
          <li key={`${c.journeyId}:${c.nodeId}:${c.keyword}`} className="break-words">
            <Link href={`/journeys/${c.journeyId}`} className="font-medium underline">{c.journeyName}</Link>: “{c.keyword}”{" "}
            {c.severity === "error" ? "never starts it" : "starts it except for contacts who opted out"}
          </li>
        ))}
      </ul>
    </div>
  );
}
