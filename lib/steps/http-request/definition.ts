import { z } from "zod";
import { integer, requiredText, variableName } from "../shared/fields";
import { defineStep, type StepIssue } from "../step-definition";

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

const configSchema = z.object({
  method: z.enum(["GET", "POST", "PUT", "PATCH", "DELETE"], { error: "Method must be GET, POST, PUT, PATCH or DELETE" }).default("GET"),
  url: requiredText("URL", 2000),
  headers: z
    .array(
      z.object({
        name: z.string().min(1, { error: "Header name is required" }).regex(HEADER_NAME, { error: "Header names use letters, digits and -" }),
        value: z.string(),
      }),
    )
    .max(30, { error: "At most 30 headers" })
    .default([]),
  body: z.string().max(100_000, { error: "The body is at most 100,000 characters" }).optional(),
  timeoutMs: integer("Timeout", 100, 30_000).default(10_000),
  retries: integer("Retries", 0, 3).default(0),
  saveAs: variableName("Save response as").optional(),
  /**
   * The answer the preview gives in place of a real request, saved with the journey (like
   * n8n's pinned data): a journey whose backend is not reachable from here still chats.
   * Live runs always make the real request.
   */
  sampleResponse: z
    .object({
      status: integer("Status", 100, 599),
      body: z.unknown().refine((body) => JSON.stringify(body ?? null).length <= 64 * 1024, { error: "A saved response is at most 64 KB as JSON" }),
    })
    .optional(),
});

export type HttpRequestConfig = z.infer<typeof configSchema>;

export const httpRequestStep = defineStep<HttpRequestConfig>({
  type: "httpRequest",
  label: "HTTP request",
  description: "Call your own backend and use the JSON it answers",
  icon: "globe",
  category: "integrations",
  configSchema,
  defaultConfig: () => ({ method: "GET", url: "", headers: [], body: undefined, timeoutMs: 10_000, retries: 0, saveAs: "response" }),
  hasInput: true,
  outputs: () => [
    { id: "success", label: "2xx" },
    { id: "error", label: "Error", tone: "error" },
  ],
  form: () => [
    { type: "select", path: "method", label: "Method", options: ["GET", "POST", "PUT", "PATCH", "DELETE"].map((m) => ({ value: m, label: m })) },
    { type: "text", path: "url", label: "URL", max: 2000, template: true, mono: true, placeholder: "https://api.example.com/slots?service={{ reply.id }}" },
    {
      type: "list",
      path: "headers",
      label: "Headers",
      itemLabel: "header",
      max: 30,
      newItem: () => ({ name: "Authorization", value: "Bearer {{ secrets.API_TOKEN }}" }),
      title: (h) => (h as { name: string }).name,
      fields: () => [
        { type: "text", path: "name", label: "Name", mono: true },
        { type: "text", path: "value", label: "Value", template: true, mono: true },
      ],
    },
    { type: "text", path: "body", label: "JSON body", multiline: true, template: true, mono: true, optional: true },
    { type: "text", path: "saveAs", label: "Save response as", mono: true, optional: true, help: "Later steps read vars.<name>.status, .ok and .body" },
    { type: "number", path: "timeoutMs", label: "Timeout", min: 100, max: 30_000, step: 100, unit: "ms" },
    { type: "number", path: "retries", label: "Retries on network errors and 5xx", min: 0, max: 3 },
  ],
  summary: (config) => `${config.method} ${config.url}`,
  simulator: { mocksHttp: true, savedResponse: (config) => (config.sampleResponse ? { status: config.sampleResponse.status, body: config.sampleResponse.body ?? null } : null) },
  validate(config) {
    const issues: StepIssue[] = [];
    if (!config.url.includes("{{") && !/^https?:\/\/[^/\s]+/i.test(config.url)) {
      issues.push({ severity: "error", path: "url", code: "invalid_url", message: "The URL must start with http:// or https:// and name a host" });
    }
    if (config.body && config.method === "GET") {
      issues.push({ severity: "warning", path: "body", code: "body_ignored", message: "A GET request sends no body" });
    }
    return issues;
  },
  templateFields: (config) => [
    { path: "url", value: config.url },
    ...config.headers.map((h, i) => ({ path: `headers.${i}.value`, value: h.value })),
    ...(config.body ? [{ path: "body", value: config.body }] : []),
  ],
  writesVars: (config) => (config.saveAs ? [config.saveAs] : []),
});
