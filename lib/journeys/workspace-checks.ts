import "server-only";
import type { Db } from "../db/client";
import type { JourneyValidationContext } from "../journey/validate-journey";
import type { ChannelSendability } from "../steps/step-definition";
import { keywordSettings } from "../keywords/keyword-store";
import { templateStore } from "../templates/template-store";
import { channelFacts } from "../channels/channel-facts";

/** What the workspace adds to a journey's checks (its templates, keywords and channels), as publish, validate and the journeys list read it. */
export async function workspaceChecks(db: Db, journeyId?: string): Promise<JourneyValidationContext> {
  const [templates, keywords, channels] = await Promise.all([templateStore(db).catalog(), keywordSettings(db), channelSendability(db)]);
  return { templates, keywords, channels, ...(journeyId && { journeyId }) };
}

/** Which channels can send, as the triggers' checks read them. */
export async function channelSendability(db: Db): Promise<ChannelSendability[]> {
  return [...(await channelFacts(db))].map(([id, c]) => ({ id, name: c.name, canSend: c.canSend }));
}
