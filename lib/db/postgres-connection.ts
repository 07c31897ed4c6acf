import type { RawConnection, SqlResult, SqlStatement } from "./raw-connection";

/** The PostgreSQL side of `openRawConnection`: a pool in the target's schema. */
export async function openPostgres(url: string, schema: string, poolSize: number): Promise<RawConnection> {
  const { default: pg } = await import("pg");
  const quoted = `"${schema.replace(/"/g, '""')}"`;
  const setup = new pg.Client({ connectionString: url });
  await setup.connect();
  await setup.query(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
  await setup.end();
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    allowExitOnIdle: true,
    options: `-c search_path=${quoted}`,
    // Prisma keeps UTC in `timestamp without time zone`; pg would read it as local time.
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") =>
        oid === pg.types.builtins.TIMESTAMP ? (text: string) => new Date(`${text.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  const encode = (params: unknown[] = []) => params.map((p) => (p instanceof Date ? p.toISOString() : p));
  return {
    provider: "postgres",
    poolStats: () => ({ size: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    async exec(script) {
      await pool.query(script);
    },
    async query(sql, params) {
      return (await pool.query({ name: nameOf(sql), text: sql, values: encode(params) })).rows;
    },
    async batch(statements) {
      if (statements.length === 0) return [];
      const [only] = statements;
      // One statement is atomic on its own: no transaction around it, a plan prepared once.
      if (statements.length === 1 && !only.check && !only.script) {
        const answer = await pool.query({ name: nameOf(only.sql), text: only.sql, values: encode(only.params) });
        return [{ rows: answer.rows ?? [], changes: answer.rowCount ?? 0 }];
      }
      const client = await pool.connect();
      try {
        if (!statements.some((s) => s.script)) return await batchInFewTrips(client, statements);
        // Migrations: scripts of several statements, which only the simple protocol takes.
        await client.query("BEGIN");
        const results: SqlResult[] = [];
        for (const s of statements) {
          const answer = await client.query(s.sql, encode(s.params));
          const result = { rows: answer.rows ?? [], changes: answer.rowCount ?? 0 };
          s.check?.(result);
          results.push(result);
        }
        await client.query("COMMIT");
        return results;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    json: <T>(value: unknown) => value as T,
    close: () => pool.end(),
  };
}

type PgClient = import("pg").PoolClient;

/**
 * A prepared statement's name for this text: PostgreSQL then parses and plans it once per
 * connection, not on every call (its CPU per message fell from 3.9 to 2.7 ms). The texts
 * are the code's own, with at most a few hundred variants (IN lists of a batch's size).
 */
function nameOf(sql: string): string {
  let name = statementNames.get(sql);
  if (!name) statementNames.set(sql, (name = `js${statementNames.size}`));
  return name;
}
const statementNames = new Map<string, string>();

/**
 * A batch in as few round trips to PostgreSQL as its checks allow: the statements with
 * their values inlined as literals, in simple-protocol queries of several statements,
 * BEGIN in the first and COMMIT in the last. A query ends at each statement with a check,
 * so the check sees its result before anything after it runs, as statement by statement
 * (a stale run's step must not fail as a duplicate key before its staleness is seen), and
 * its throw rolls back. An event's commit took ten round trips, each ~0.1 ms of this
 * thread's CPU in node-postgres; now three. Planning the statements again costs
 * PostgreSQL less than that (measured, docs/benchmarks.md).
 */
async function batchInFewTrips(client: PgClient, statements: SqlStatement[]): Promise<SqlResult[]> {
  const results: SqlResult[] = [];
  try {
    let query = ["BEGIN"];
    let from = 0;
    for (let i = 0; i < statements.length; i++) {
      const { sql, params, check } = statements[i];
      query.push(inlineParams(client, sql, params));
      const last = i === statements.length - 1;
      if (!check && !last) continue;
      if (last && !check) query.push("COMMIT");
      const answer = await client.query(query.join(";\n"));
      const answers = Array.isArray(answer) ? answer : [answer];
      // The first query's answers start with BEGIN's.
      const lead = from === 0 ? 1 : 0;
      for (let k = from; k <= i; k++) results.push({ rows: answers[lead + k - from]?.rows ?? [], changes: answers[lead + k - from]?.rowCount ?? 0 });
      check?.(results[i]);
      query = [];
      from = i + 1;
    }
    if (statements[statements.length - 1].check) await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
  return results;
}

/** `$n` placeholders replaced by literals of the values (as `encode` would send them). */
function inlineParams(client: PgClient, sql: string, params: unknown[] = []): string {
  return sql.replace(/\$(\d+)/g, (_, n: string) => {
    const value = params[Number(n) - 1];
    if (value === null || value === undefined) return "NULL";
    if (value instanceof Date) return `'${value.toISOString()}'`;
    if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
    if (typeof value === "bigint") return String(value);
    if (typeof value === "number") {
      if (!Number.isFinite(value)) throw new Error(`cannot write ${value} to PostgreSQL`);
      // In parentheses: "- -1" would start a comment.
      return value < 0 ? `(${value})` : String(value);
    }
    if (typeof value === "string") return client.escapeLiteral(value);
    throw new Error(`cannot inline a ${typeof value} parameter`);
  });
}
