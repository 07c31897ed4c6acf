import type { ApiErrorBody } from "../api/api-error";
import { CSRF_COOKIE, CSRF_HEADER } from "../auth/cookie-names";
import type { JourneyDocument, JourneyDocumentInput } from "../journey/document-schema";
import type { JourneyRecord, JourneySummary, ValidateAnswer, VersionSummary } from "../journeys/api-schemas";

/** An answer other than 2xx, with the server's error body (code, message, issues). */
export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody["error"],
  ) {
    super(body.message);
  }
}

/** A JSON request to the app's API; non-2xx answers throw an ApiClientError. */
export async function call<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, ...rest } = init;
  const response = await fetch(path, {
    ...rest,
    headers: { ...(json !== undefined && { "Content-Type": "application/json" }), ...csrfHeader(), ...rest.headers },
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  });
  if (response.status === 204) return undefined as T;
  const body = await response.json().catch(() => ({ error: { code: "bad_response", message: `The server answered ${response.status}` } }));
  if (!response.ok) throw new ApiClientError(response.status, body.error);
  return body as T;
}

/** The session's CSRF token, which the server wants on every write a signed-in browser makes. */
function csrfHeader(): Record<string, string> {
  if (typeof document === "undefined") return {};
  const match = document.cookie.split("; ").find((c) => c.startsWith(`${CSRF_COOKIE}=`));
  return match ? { [CSRF_HEADER]: decodeURIComponent(match.slice(CSRF_COOKIE.length + 1)) } : {};
}

/** The browser's side of /api/journeys; request shapes come from api-schemas.ts. */
export const journeysApi = {
  list: () => call<{ journeys: JourneySummary[] }>("/api/journeys").then((r) => r.journeys),
  get: (id: string) => call<{ journey: JourneyRecord }>(`/api/journeys/${id}`).then((r) => r.journey),
  create: (body: { name?: string; document?: JourneyDocumentInput }) =>
    call<{ journey: JourneyRecord }>("/api/journeys", { method: "POST", json: body }).then((r) => r.journey),
  import: (document: unknown) =>
    call<{ journey: JourneyRecord }>("/api/journeys/import", { method: "POST", json: document }).then((r) => r.journey),
  update: (id: string, body: { updatedAt: string; name?: string; description?: string; document?: JourneyDocumentInput }) =>
    call<{ journey: JourneyRecord }>(`/api/journeys/${id}`, { method: "PUT", json: body }).then((r) => r.journey),
  remove: (id: string) => call<void>(`/api/journeys/${id}`, { method: "DELETE" }),
  duplicate: (id: string) => call<{ journey: JourneyRecord }>(`/api/journeys/${id}/duplicate`, { method: "POST" }).then((r) => r.journey),
  validate: (id: string, document?: JourneyDocumentInput) =>
    call<ValidateAnswer>(`/api/journeys/${id}/validate`, { method: "POST", json: document ? { document } : {} }),
  publish: (id: string, updatedAt?: string) =>
    call<{ version: number; publishedAt: string }>(`/api/journeys/${id}/publish`, { method: "POST", json: { updatedAt } }),
  versions: (id: string) => call<{ versions: VersionSummary[] }>(`/api/journeys/${id}/versions`).then((r) => r.versions),
  restore: (id: string, version: number) =>
    call<{ journey: JourneyRecord }>(`/api/journeys/${id}/versions/${version}/restore`, { method: "POST" }).then((r) => r.journey),
  version: (id: string, version: number) =>
    call<{ version: { version: number; publishedAt: string; document: JourneyDocument } }>(`/api/journeys/${id}/versions/${version}`).then((r) => r.version),
  setActive: (id: string, active: boolean, endWaitingRuns = false) =>
    call<{ active: boolean; endedRuns: number }>(`/api/journeys/${id}/active`, { method: "PUT", json: { active, endWaitingRuns } }),
  exportUrl: (id: string) => `/api/journeys/${id}/export`,
};
