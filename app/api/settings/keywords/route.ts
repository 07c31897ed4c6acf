import { ApiError } from "@/lib/api/api-error";
import { apiRoute, parseWith, readJson } from "@/lib/api/api-route";
import { writeTransaction } from "@/lib/db/write-transaction";
import { bumpLiveRevision } from "@/lib/db/live-revision";
import { keywordSettings } from "@/lib/keywords/keyword-store";
import { KEYWORDS_KEY, keywordSettingsBody } from "@/lib/whatsapp/keyword-settings";
import { liveTriggerCollisions } from "@/lib/journeys/live-trigger-collisions";
import { newCollisions } from "@/lib/journey/trigger-collision";
import { z } from "zod";

/** `?confirm=true`: save even though live journeys' triggers would never fire (the 409 listed them). */
const putKeywordsQuery = z.object({ confirm: z.enum(["true", "false"]).optional().transform((v) => v === "true") });

/** The workspace's keywords: opt-out, opt-in, human and restart. */
export const GET = apiRoute(async ({ db }) => ({ keywords: await keywordSettings(db) }), { permission: "read" });

/** Replaces them; every runtime uses the new ones from its next message (the live revision moves with them). */
export const PUT = apiRoute(
  async ({ request, db, audit }) => {
    const keywords = await readJson(request, keywordSettingsBody);
    const { confirm } = parseWith(putKeywordsQuery, Object.fromEntries(request.nextUrl.searchParams));
    if (keywords.restartJourneyId && !(await db.journey.findUnique({ where: { id: keywords.restartJourneyId }, select: { id: true } }))) {
      throw new ApiError(400, "invalid_body", "The restart journey does not exist", { issues: [{ path: "restartJourneyId", code: "not_found", message: "no such journey" }] });
    }
    // A keyword that a live journey's trigger also uses would silently stop that journey starting.
    const disabled = newCollisions(await liveTriggerCollisions(db, await keywordSettings(db)), await liveTriggerCollisions(db, keywords)).filter((c) => c.severity === "error");
    if (disabled.length && !confirm) {
      const names = [...new Set(disabled.map((c) => `“${c.journeyName}” (${c.keyword})`))].join(", ");
      throw new ApiError(409, "triggers_disabled", `These keywords would stop live journeys starting: ${names}. Save again to confirm`, { collisions: disabled });
    }
    await writeTransaction(db, async (tx) => {
      await bumpLiveRevision(tx);
      await tx.setting.upsert({ where: { key: KEYWORDS_KEY }, create: { key: KEYWORDS_KEY, value: keywords }, update: { value: keywords } });
    });
    await audit("settings.keywords_changed", null, { optOut: keywords.optOut.join(","), human: keywords.human.join(","), restart: keywords.restart.join(",") });
    return { keywords };
  },
  { permission: "workspace:manage" },
);
