import type { DatabaseTarget } from "./database-target";

// On globalThis: Next bundles a module into several chunks, each with its own copy.
// Keyed by the client object itself, so this file needs no client type (create-client imports it).
const holder = globalThis as unknown as { journeyStudioTargets?: WeakMap<object, DatabaseTarget> };
const targets = (holder.journeyStudioTargets ??= new WeakMap());

/** Called by createClient: which database a client talks to. */
export function rememberTarget(db: object, target: DatabaseTarget): void {
  targets.set(db, target);
}

/** Which database a client made by createClient talks to. */
export function targetOf(db: object): DatabaseTarget | undefined {
  return targets.get(db);
}

/** Which provider a client made by createClient talks to. */
export function providerOf(db: object): DatabaseTarget["provider"] | undefined {
  return targets.get(db)?.provider;
}
