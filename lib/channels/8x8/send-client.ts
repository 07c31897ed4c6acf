import "server-only";

export type EightByEightConfig = { baseUrl: string; apiKey: string; subAccountId: string };

export type SendBody = {
  user: { msisdn?: string; channelUserId?: string };
  type: string;
  content: Record<string, unknown>;
  clientMessageId: string;
};

export type SendResult =
  | { kind: "accepted"; umid: string; state: string }
  | { kind: "retry"; afterMs: number; error: string }
  | { kind: "failed"; code: string; message: string };

/**
 * POST {base}/api/v1/subaccounts/{subAccountId}/messages (8x8-chatapps.md §3). 429, 5xx
 * and network errors are worth retrying (honouring Retry-After); any other 4xx is final,
 * with 8x8's error code and message.
 */
export async function sendMessage(config: EightByEightConfig, body: SendBody, attempt: number, timeoutMs = 10_000): Promise<SendResult> {
  const url = `${config.baseUrl.replace(/\/$/, "")}/api/v1/subaccounts/${encodeURIComponent(config.subAccountId)}/messages`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { Authorization: `Bearer ${config.apiKey}`, "Content-Type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    return { kind: "retry", afterMs: backoff(attempt), error: `8x8 unreachable: ${(error as Error).message}` };
  }
  const answer = (await response.json().catch(() => ({}))) as { umid?: string; status?: { state?: string }; code?: number | string; message?: string };
  if (response.ok && answer.umid) return { kind: "accepted", umid: answer.umid, state: answer.status?.state ?? "queued" };
  if (response.status === 429 || response.status >= 500) {
    const retryAfter = Number(response.headers.get("retry-after"));
    const afterMs = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : backoff(attempt);
    return { kind: "retry", afterMs, error: `8x8 answered ${response.status}${answer.message ? `: ${answer.message}` : ""}` };
  }
  return { kind: "failed", code: String(answer.code ?? response.status), message: answer.message ?? `8x8 answered ${response.status}` };
}

/** 1 s, 2 s, 4 s … capped at 5 minutes, with jitter so retries do not stampede. */
export function backoff(attempt: number): number {
  const base = Math.min(300_000, 1000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + Math.random() * 0.4));
}
