import "server-only";
import { defineExecutor } from "../step-executor";
import type { HttpRequestConfig } from "./definition";

export const httpRequestExecutor = defineExecutor<HttpRequestConfig>({
  async execute({ config, renderWithSecrets, http, stepKey }) {
    const url = renderWithSecrets(config.url, "url");
    const headers: Record<string, string> = {};
    config.headers.forEach((h, i) => (headers[h.name] = renderWithSecrets(h.value, `headers.${i}.value`)));
    const body = config.body && config.method !== "GET" ? renderWithSecrets(config.body, "body") : undefined;
    if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === "content-type")) headers["Content-Type"] = "application/json";
    const answer = await http({ method: config.method, url, headers, body, timeoutMs: config.timeoutMs, retries: config.retries, idempotencyKey: stepKey });
    const request = { method: config.method, url };
    if ("error" in answer) {
      return { type: "next", handle: "error", error: answer.error, output: { request, error: answer.error }, vars: save(config, { status: 0, ok: false, headers: {}, body: null, error: answer.error }) };
    }
    const ok = answer.status >= 200 && answer.status < 300;
    const saved = { status: answer.status, ok, headers: answer.headers, body: answer.body };
    return {
      type: "next",
      handle: ok ? "success" : "error",
      output: { request, status: answer.status },
      ...(ok ? {} : { error: `${config.method} ${url} answered ${answer.status}` }),
      vars: save(config, saved),
    };
  },
});

function save(config: HttpRequestConfig, value: unknown) {
  return config.saveAs ? { [config.saveAs]: value } : undefined;
}
