import { z } from "zod";
import { channelId } from "../channels/channel-schemas";
import type { TemplateChannel, TemplateRow } from "./template-store";

/** POST /api/templates/sync: one channel, or every channel that can list its templates. */
export const syncTemplatesBody = z.object({ channelId: channelId.optional() }).strict();

export type TemplatesList = { channels: TemplateChannel[]; templates: TemplateRow[] };
