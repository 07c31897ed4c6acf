import { randomUUID } from "node:crypto";
import type { Tx } from "./write-transaction";

/**
 * A Setting row whose value changes with what it stands for (live journeys, secrets,
 * channels). Readers keep what they loaded until the row moves: one small read tells
 * every thread and instance that they must load again.
 */
export async function bumpRevision(tx: Tx, key: string): Promise<void> {
  const value = randomUUID();
  await tx.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
}
