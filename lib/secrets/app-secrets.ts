import "server-only";
import type { Db } from "../db/client";
import { sqlOf } from "../db/sql-of";
import { workspaceSecrets, type SecretsSource } from "./workspace-secrets";

// One per process (on globalThis: every route bundle shares it), so its cache is shared too.
const holder = globalThis as typeof globalThis & { __journeySecrets?: SecretsSource };

/** The workspace's secrets for the request thread's own uses (the preview's HTTP steps). */
export async function appSecrets(db: Db): Promise<SecretsSource> {
  holder.__journeySecrets ??= workspaceSecrets(await sqlOf(db));
  return holder.__journeySecrets;
}
