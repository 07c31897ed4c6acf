import "server-only";
import type { Db } from "../db/client";
import { DEFAULT_KEYWORDS, KEYWORDS_KEY, keywordSettingsSchema, type KeywordSettings } from "../whatsapp/keyword-settings";

/** The workspace's keywords as stored, or the defaults. */
export async function keywordSettings(db: Db): Promise<KeywordSettings> {
  const row = await db.setting.findUnique({ where: { key: KEYWORDS_KEY } });
  const parsed = keywordSettingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : DEFAULT_KEYWORDS;
}
