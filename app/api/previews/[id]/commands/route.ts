import { apiRoute, readJson } from "@/lib/api/api-route";
import { previewCommand } from "@/lib/preview/preview-schemas";
import { getPreview } from "@/lib/preview/preview-registry";

/** Sends a message, starts, restarts, skips a wait or changes the simulated channel. */
export const POST = apiRoute<{ id: string }>(async ({ request, params }) => {
  const session = getPreview(params.id);
  return session.command(await readJson(request, previewCommand));
}, { permission: "journeys:write" });
