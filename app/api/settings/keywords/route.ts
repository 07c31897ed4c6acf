import { ApiError } from "@/lib/api/api-error";
import { apiRoute, readJson } from "@/lib/api/api-route";
import { writeTransaction } from "@/lib/db/write-transaction";
import { bumpLiveRevision } from "@/lib/journeys/live-revision";
import { keywordSettings } from "@/lib/keywords/keyword-store";
import { KEYWORDS_KEY, keywordSettingsBody } from "@/lib/keywords/keyword-settings";

/** The workspace's keywords: opt-out, opt-in, human and restart. */
export const GET = apiRoute(async ({ db }) => ({ keywords: await keywordSettings(db) }), { permission: "read" });

/** Replaces them; every runtime uses the new ones from its next message (the live revision moves with them). */
export const PUT = apiRoute(
  async ({ request, db, audit }) => {
    const keywords = await readJson(request, keywordSettingsBody);
    if (keywords.restartJourneyId && !(await db.journey.findUnique({ where: { id: keywords.restartJourneyId }, select: { id: true } }))) {
      throw new ApiError(400, "invalid_body", "The restart journey does not exist", { issues: [{ path: "restartJourneyId", code: "not_found", message: "no such journey" }] });
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
