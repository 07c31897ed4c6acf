import { z } from "zod";
import { apiRoute, readJson } from "@/lib/api/api-route";
import { RETENTION_KEY } from "@/lib/engine/prune-detail";

const retentionBody = z.object({
  days: z.number({ error: "days is a number of days" }).int().min(7, { error: "Keep detail at least 7 days" }).max(3650, { error: "At most 3,650 days (10 years)" }),
});

/** How long step logs, message bodies and webhook payloads are kept; runs themselves always are. */
export const PUT = apiRoute(
  async ({ request, db, audit }) => {
    const { days } = await readJson(request, retentionBody);
    await db.setting.upsert({ where: { key: RETENTION_KEY }, create: { key: RETENTION_KEY, value: days }, update: { value: days } });
    await audit("settings.retention_changed", null, { days });
    return { days };
  },
  { permission: "workspace:manage" },
);
