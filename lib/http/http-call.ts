/** A request a journey makes to the business's backend, and what came of it (the SSRF-guarded client answers it). */
export type HttpCall = { method: string; url: string; headers: Record<string, string>; body?: string; timeoutMs: number; retries: number; idempotencyKey: string };
export type HttpAnswer = { status: number; headers: Record<string, string>; body: unknown } | { error: string };
