import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

export function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8"));
}

export const fixturePath = (name: string) => path.join(import.meta.dirname, "fixtures", name);

/** A unique name, so tests running side by side never see each other's journeys. */
export function uniqueName(base: string) {
  return `${base} ${Math.random().toString(36).slice(2, 7)}`;
}

/** Creates a journey through the API (the UI tests' setup), returning its record. */
export async function createJourney(request: APIRequestContext, document: Record<string, unknown>, name = uniqueName(String(document.name))) {
  const response = await request.post("/api/journeys/import", { data: { ...document, name } });
  if (response.status() !== 201) throw new Error(`import failed: ${response.status()} ${await response.text()}`);
  return (await response.json()).journey as { id: string; name: string; updatedAt: string };
}
