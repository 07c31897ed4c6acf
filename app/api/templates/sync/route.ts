import { apiRoute, readJson } from "@/lib/api/api-route";
import { syncTemplatesBody } from "@/lib/templates/api-schemas";
import { templateStore } from "@/lib/templates/template-store";

/** Lists the templates from 8x8 now: one channel (its failure is the answer's), or all (each one's result). */
export const POST = apiRoute(
  async ({ request, db, audit }) => {
    const body = await readJson(request, syncTemplatesBody);
    const store = templateStore(db);
    const results = body.channelId ? [{ channelId: body.channelId, ok: true, ...(await store.sync(body.channelId)) }] : await store.syncAll();
    if (results.length) await audit("templates.synced", body.channelId ?? null, { channels: results.map((r) => r.channelId).join(",") });
    return { results };
  },
  { permission: "journeys:write" },
);
