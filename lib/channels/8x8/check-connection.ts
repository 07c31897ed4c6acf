import "server-only";
import { randomUUID } from "node:crypto";
import type { ConnectionCheck } from "../channel-schemas";
import type { EightByEightConfig } from "../../config/eight-by-eight";

const TIMEOUT_MS = 8000;

/**
 * Asks 8x8 for a message that cannot exist (GET …/messages/{umid}, 8x8-chatapps.md §3):
 * "not found" means the key and the sub-account were accepted; 401 the key was not, 400
 * (code 1001) the sub-account is unknown. Nothing is sent to anyone.
 */
export async function checkConnection(config: EightByEightConfig): Promise<ConnectionCheck> {
  const url = `${config.baseUrl.replace(/\/$/, "")}/api/v1/subaccounts/${encodeURIComponent(config.subAccountId)}/messages/${randomUUID()}`;
  let response: Response;
  try {
    response = await fetch(url, { headers: { Authorization: `Bearer ${config.apiKey}` }, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    return { ok: false, message: `Could not reach ${new URL(url).host} (${cause}): check the region` };
  }
  const body = (await response.json().catch(() => null)) as { code?: number; message?: string } | null;
  // 8x8 answers JSON, found or not: anything else (a proxy's HTML page) is not 8x8 accepting the key.
  if (!body || typeof body !== "object") return { ok: false, message: `The answer (HTTP ${response.status}) did not come from 8x8's API: check the region, and any proxy in between` };
  if (response.status === 404 || response.ok) return { ok: true, message: `Connected: 8x8 accepts this API key for ${config.subAccountId}` };
  if (response.status === 401 || response.status === 403) return { ok: false, message: "8x8 refused the API key: copy it again from 8x8 Connect → API keys" };
  if (response.status === 400 && body.code === 1001) return { ok: false, message: `8x8 does not know the sub-account ${config.subAccountId} in this region` };
  return { ok: false, message: `8x8 answered ${response.status}${body.message ? `: ${body.message}` : ""}` };
}
