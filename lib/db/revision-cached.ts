import type { RawConnection } from "./raw-connection";

/**
 * What `load` returns, kept until the revision row `key` moves (see bump-revision.ts):
 * each call costs one read of one row, and a change made anywhere is seen by the next call.
 * A failed load is forgotten, so the next call tries again.
 */
export function revisionCached<T>(sql: RawConnection, key: string, load: () => Promise<T>): () => Promise<T> {
  let cached: { revision: string | null; value: Promise<T> } | null = null;
  return async () => {
    const [row] = await sql.query<{ value: unknown }>(`SELECT "value" FROM "Setting" WHERE "key" = $1`, [key]);
    const revision = row ? String(sql.json(row.value)) : null;
    if (!cached || cached.revision !== revision) {
      const value = load();
      cached = { revision, value };
      value.catch(() => cached?.value === value && (cached = null));
    }
    return cached.value;
  };
}
