import "server-only";
import type { EightByEightConfig } from "../config/eight-by-eight";
import { parseBoundedJson } from "../json/bounded-json";
import { eightByEightTemplate, eightByEightTemplateList, type EightByEightTemplate } from "../whatsapp/parse-8x8-templates";

const TIMEOUT_MS = 10_000;
/** 6,000 templates (a verified business's limit) of a few KB each. */
const MAX_BYTES = 32 * 1024 * 1024;

export type FetchedTemplates = { templates: EightByEightTemplate[]; skipped: number };

/**
 * GET {base}/api/v1/accounts/{accountId}/channels/{channelId}/templates (8x8-chatapps.md
 * §3.1). A template 8x8 lists in a shape the app cannot read is skipped and counted,
 * never a reason to drop the others.
 */
export async function fetchTemplates(config: EightByEightConfig & { templates: NonNullable<EightByEightConfig["templates"]> }): Promise<FetchedTemplates> {
  const { accountId, channelId } = config.templates;
  const url = `${config.baseUrl.replace(/\/$/, "")}/api/v1/accounts/${encodeURIComponent(accountId)}/channels/${encodeURIComponent(channelId)}/templates`;
  let response: Response;
  try {
    response = await fetch(url, { headers: { Authorization: `Bearer ${config.apiKey}`, Accept: "application/json" }, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    throw new Error(`Could not reach ${new URL(url).host} (${cause})`);
  }
  const text = await response.text();
  if (text.length > MAX_BYTES) throw new Error("8x8's template list is larger than the app reads");
  if (response.status === 401 || response.status === 403) throw new Error("8x8 refused the API key for the template list");
  if (response.status === 404) throw new Error(`8x8 does not know account ${accountId} or channel ${channelId}`);
  if (!response.ok) throw new Error(`8x8 answered ${response.status} to the template list`);
  // A proxy's error page (HTML) or a cut-off body fails like a wrong shape: 8x8 did not give a list.
  const notAList = () => new Error(`8x8's answer (HTTP ${response.status}${contentType(response)}) was not a template list`);
  let body: unknown;
  try {
    body = parseBoundedJson(text);
  } catch {
    throw notAList();
  }
  const list = eightByEightTemplateList.safeParse(body);
  if (!list.success) throw notAList();
  const templates: EightByEightTemplate[] = [];
  for (const item of list.data.templates) {
    const parsed = eightByEightTemplate.safeParse(item);
    if (parsed.success) templates.push(parsed.data);
  }
  return { templates, skipped: list.data.templates.length - templates.length };
}

function contentType(response: Response): string {
  const type = response.headers.get("content-type")?.split(";")[0].trim();
  return type ? `, ${type}` : "";
}
