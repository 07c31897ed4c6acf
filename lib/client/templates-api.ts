import { call } from "./journeys-api";
import type { TemplatesList } from "../templates/api-schemas";

/** The browser's side of /api/templates. */
export const templatesApi = {
  list: () => call<TemplatesList>("/api/templates"),
  sync: (channelId?: string) => call<{ results: Array<{ channelId: string; ok: boolean; message?: string }> }>("/api/templates/sync", { method: "POST", json: channelId ? { channelId } : {} }),
};
