import { call } from "./journeys-api";
import type { JourneyDocumentInput } from "../journey/document-schema";
import type { PreviewCommand, PreviewContact, PreviewSnapshot } from "../preview/preview-schemas";

/** The browser's side of /api/previews; bodies are the shapes of preview-schemas.ts. */
export const previewApi = {
  open: (body: { journeyId: string; document: JourneyDocumentInput; contact?: PreviewContact }) =>
    call<PreviewSnapshot>("/api/previews", { method: "POST", json: body }),
  command: (id: string, command: PreviewCommand) => call<PreviewSnapshot>(`/api/previews/${id}/commands`, { method: "POST", json: command }),
  close: (id: string) => call<void>(`/api/previews/${id}`, { method: "DELETE", keepalive: true }),
  streamUrl: (id: string) => `/api/previews/${id}/stream`,
};
