import path from "node:path";

/**
 * Which database DATABASE_URL selects. Unset or `file:` is the embedded SQLite default;
 * `postgres://` / `postgresql://` is PostgreSQL. Shared by the app, prisma.config.ts and
 * the scripts, so all of them always agree on where the data lives.
 */
export type DatabaseTarget =
  | { provider: "sqlite"; file: string }
  | { provider: "postgres"; url: string; schema: string };

export const DEFAULT_SQLITE_URL = "file:./data/journey-studio.db";

export function databaseTarget(
  url: string | undefined = process.env.DATABASE_URL,
  cwd: string = process.cwd(),
): DatabaseTarget {
  const value = url?.trim() || DEFAULT_SQLITE_URL;
  if (value.startsWith("file:")) {
    const file = value.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    if (!file) throw new Error("DATABASE_URL file: needs a path, e.g. file:./data/app.db");
    return { provider: "sqlite", file: file === ":memory:" ? file : path.resolve(cwd, file) };
  }
  if (/^postgres(ql)?:\/\//.test(value)) {
    // Prisma's `?schema=` convention; pg itself does not know the parameter.
    const parsed = new URL(value);
    const schema = parsed.searchParams.get("schema") || "public";
    parsed.searchParams.delete("schema");
    return { provider: "postgres", url: parsed.toString(), schema };
  }
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got "${value.split(":")[0]}:"`,
  );
}
