import "server-only";
import { hostname } from "node:os";
import { isMainThread, threadId } from "node:worker_threads";
import pino, { type DestinationStream, type Logger } from "pino";

// On globalThis: Next bundles a module into several chunks, each with its own copy.
const holder = globalThis as unknown as { journeyStudioLogger?: Logger };

/**
 * The app's log: one JSON line per event of note, on stdout, with the instance (INSTANCE_ID,
 * else host and pid) and the thread it happened on; LOG_LEVEL chooses how much (`info` by
 * default, `debug` for more, `warn` for less). Callers pass ids (run, journey, contact,
 * event, message), never a message's text, a phone number or a secret.
 */
export function logger(): Logger {
  return (holder.journeyStudioLogger ??= createLogger({ LOG_LEVEL: process.env.LOG_LEVEL, INSTANCE_ID: process.env.INSTANCE_ID }));
}

export function createLogger(env: { LOG_LEVEL?: string; INSTANCE_ID?: string }, destination?: DestinationStream): Logger {
  const options = {
    level: env.LOG_LEVEL || "info",
    base: { instance: env.INSTANCE_ID || `${hostname()}:${process.pid}`, thread: isMainThread ? "request" : `runtime-${threadId}` },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  return destination ? pino(options, destination) : pino(options);
}
