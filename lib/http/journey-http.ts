import "server-only";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import type { HttpAnswer, HttpCall } from "./http-call";
import { JsonTooDeepError, parseBoundedJson } from "../json/bounded-json";
import { isBlockedAddress } from "./blocked-address";

export const MAX_RESPONSE_BYTES = 1024 * 1024;

export type JourneyHttpOptions = {
  /** Hosts allowed even on blocked addresses (HTTP_ALLOWED_HOSTS; tests list loopback servers). */
  allowedHosts?: string[];
  /** Base of the exponential backoff between retries. */
  backoffMs?: number;
};

export function allowedHostsFromEnv(value = process.env.HTTP_ALLOWED_HOSTS): string[] {
  return (value ?? "").split(",").map((h) => h.trim().toLowerCase()).filter(Boolean);
}

/**
 * The HTTP client of journey `httpRequest` steps. The private-address check runs on the
 * address the socket connects to (a DNS lookup hook), so a name that resolves to a
 * public address when checked and a private one when used cannot slip through.
 * Retries network errors and 5xx with exponential backoff; JSON bodies are parsed.
 */
export async function journeyHttp(call: HttpCall, options: JourneyHttpOptions = {}): Promise<HttpAnswer> {
  let url: URL;
  try {
    url = new URL(call.url);
  } catch {
    return { error: `Not a valid URL: ${call.url}` };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { error: `Only http and https URLs are allowed, not ${url.protocol}` };
  const invalidHeader = findInvalidHeader(call.headers);
  if (invalidHeader) return { error: invalidHeader };
  const allowed = (options.allowedHosts ?? allowedHostsFromEnv()).includes(url.hostname.toLowerCase());
  let answer: HttpAnswer = { error: "not sent" };
  for (let attempt = 0; attempt <= call.retries; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, (options.backoffMs ?? 250) * 2 ** (attempt - 1)));
    // Whatever Node throws while building the request is this step's error, not the run's.
    answer = await once(url, call, allowed).catch((error: Error) => ({ error: error.message }));
    const retryable = "error" in answer ? !answer.error.startsWith("Blocked") : answer.status >= 500;
    if (!retryable) break;
  }
  return answer;
}

/**
 * A header that Node would refuse to send: a rendered value can hold anything a customer
 * typed, line breaks included. Said as a step error instead of thrown at the run.
 */
function findInvalidHeader(headers: Record<string, string>): string | null {
  for (const [name, value] of Object.entries(headers)) {
    try {
      http.validateHeaderName(name);
    } catch {
      return `"${name}" cannot be an HTTP header name`;
    }
    try {
      http.validateHeaderValue(name, value);
    } catch {
      return `The ${name} header's value has a character a header cannot carry (a line break or a control character)`;
    }
  }
  return null;
}

function once(url: URL, call: HttpCall, allowed: boolean): Promise<HttpAnswer> {
  return new Promise((resolve) => {
    const guardedLookup: LookupFunction = (hostname, opts, callback) => {
      dnsLookup(hostname, { ...opts, all: true }, (error, addresses) => {
        if (error) return callback(error, "", 0);
        const list = addresses as unknown as LookupAddress[];
        const blocked = !allowed && list.find((a) => isBlockedAddress(a.address));
        if (blocked) return callback(Object.assign(new Error(`Blocked: ${hostname} resolves to a private address (${blocked.address})`), { code: "EBLOCKED" }), "", 0);
        if ((opts as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
        callback(null, list[0].address, list[0].family);
      });
    };
    // A literal IP skips DNS, so it is checked here.
    const literal = url.hostname.replace(/^\[|\]$/g, "");
    if (!allowed && isIP(literal) && isBlockedAddress(literal)) {
      return resolve({ error: `Blocked: ${url.hostname} is a private address` });
    }
    const client = url.protocol === "https:" ? https : http;
    const request = client.request(
      url,
      {
        method: call.method,
        headers: { "User-Agent": "JourneyStudio/1", "Idempotency-Key": call.idempotencyKey, ...call.headers, ...(call.body !== undefined && { "Content-Length": Buffer.byteLength(call.body) }) },
        lookup: guardedLookup,
        timeout: call.timeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_RESPONSE_BYTES) {
            request.destroy();
            resolve({ error: `The response is larger than ${MAX_RESPONSE_BYTES} bytes` });
          } else chunks.push(chunk);
        });
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          const type = String(response.headers["content-type"] ?? "");
          let body: unknown = text;
          if (type.includes("json") && text) {
            try {
              body = parseBoundedJson(text);
            } catch (error) {
              // Too deep to store or render: the step fails rather than the run.
              if (error instanceof JsonTooDeepError) return resolve({ error: `The response's JSON is nested deeper than ${error.maxDepth} levels` });
              body = text;
            }
          }
          const headers = Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : String(v ?? "")]));
          resolve({ status: response.statusCode ?? 0, headers, body });
        });
        response.on("error", (error) => resolve({ error: error.message }));
      },
    );
    const timer = setTimeout(() => request.destroy(new Error(`Timed out after ${call.timeoutMs} ms`)), call.timeoutMs);
    request.on("close", () => clearTimeout(timer));
    request.on("timeout", () => request.destroy(new Error(`Timed out after ${call.timeoutMs} ms`)));
    request.on("error", (error) => resolve({ error: error.message }));
    if (call.body !== undefined) request.write(call.body);
    request.end();
  });
}
