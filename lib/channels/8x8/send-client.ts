import "server-only";
import http from "node:http";
import https from "node:https";
import type { EightByEightConfig } from "../../config/eight-by-eight";

export type SendBody = {
  user: { msisdn?: string; channelUserId?: string };
  type: string;
  content: Record<string, unknown>;
  clientMessageId: string;
};

/**
 * How long a send may go unanswered. 8x8 answers a send in well under a second; a hung
 * connection held a contact's messages for 10 s before. Giving up sooner risks one thing
 * only: a send 8x8 accepted but answered late goes out again, the same window as a crash.
 */
export const SEND_TIMEOUT_MS = 4000;

export type SendResult =
  | { kind: "accepted"; umid: string; state: string }
  /** Worth another attempt; `retryAfterMs` when 8x8 said when (Retry-After), else the dispatcher decides. */
  | { kind: "retry"; retryAfterMs?: number; error: string }
  | { kind: "failed"; code: string; message: string };

/**
 * POST {base}/api/v1/subaccounts/{subAccountId}/messages (8x8-chatapps.md §3). 429, 5xx
 * and network errors are worth retrying (honouring Retry-After); any other 4xx is final,
 * with 8x8's error code and message.
 */
export async function sendMessage(config: EightByEightConfig, body: SendBody, timeoutMs = SEND_TIMEOUT_MS): Promise<SendResult> {
  const url = new URL(`${config.baseUrl.replace(/\/$/, "")}/api/v1/subaccounts/${encodeURIComponent(config.subAccountId)}/messages`);
  let response: { status: number; retryAfter?: string; text: string };
  try {
    response = await postJson(url, config.apiKey, JSON.stringify(body), timeoutMs);
  } catch (error) {
    return { kind: "retry", error: `8x8 unreachable: ${(error as Error).message}` };
  }
  const answer = parseAnswer(response.text);
  const ok = response.status >= 200 && response.status < 300;
  if (ok && answer.umid) return { kind: "accepted", umid: answer.umid, state: answer.status?.state ?? "queued" };
  if (response.status === 429 || response.status >= 500) {
    const retryAfter = Number(response.retryAfter);
    return {
      kind: "retry",
      ...(Number.isFinite(retryAfter) && retryAfter > 0 && { retryAfterMs: retryAfter * 1000 }),
      error: `8x8 answered ${response.status}${answer.message ? `: ${answer.message}` : ""}`,
    };
  }
  return { kind: "failed", code: String(answer.code ?? response.status), message: answer.message ?? `8x8 answered ${response.status}` };
}

// Kept-alive connections: the dispatcher sends hundreds of messages a second to one host,
// and node:http costs a fraction of fetch's streams and abort signals per request. As
// many sockets as the dispatcher has sends in flight (128): with fewer, a few hung
// requests held the sockets that every other send was queued for.
const agents = { "http:": new http.Agent({ keepAlive: true, maxSockets: 128 }), "https:": new https.Agent({ keepAlive: true, maxSockets: 128 }) };

function postJson(url: URL, apiKey: string, body: string, timeoutMs: number): Promise<{ status: number; retryAfter?: string; text: string }> {
  return new Promise((resolve, reject) => {
    const request = (url.protocol === "https:" ? https : http).request(
      url,
      {
        method: "POST",
        agent: agents[url.protocol as keyof typeof agents],
        headers: { Authorization: `Bearer ${apiKey}`, "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => {
          clearTimeout(timer);
          const retryAfter = response.headers["retry-after"];
          resolve({ status: response.statusCode ?? 0, retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter, text });
        });
        response.on("error", reject);
      },
    );
    const timer = setTimeout(() => request.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
    request.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    request.end(body);
  });
}

function parseAnswer(text: string): { umid?: string; status?: { state?: string }; code?: number | string; message?: string } {
  try {
    return JSON.parse(text) ?? {};
  } catch {
    return {};
  }
}

