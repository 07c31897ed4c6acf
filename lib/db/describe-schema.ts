import type { RawConnection } from "./raw-connection";

/**
 * A normalized, sorted listing of tables, columns, indexes and foreign keys: two
 * databases with the same listing have the same schema. Used to prove the committed
 * migrations build exactly what prisma/models.prisma describes.
 */
export async function describeSchema(conn: RawConnection, provider: "sqlite" | "postgres"): Promise<string[]> {
  return provider === "sqlite" ? describeSqlite(conn) : describePostgres(conn);
}

async function describeSqlite(conn: RawConnection) {
  const lines: string[] = [];
  const tables = await conn.query<{ name: string }>(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_migrations'`,
  );
  for (const { name } of tables) {
    for (const c of await conn.query<Record<string, unknown>>(`SELECT * FROM pragma_table_info($1)`, [name])) {
      lines.push(`column ${name}.${c.name} ${c.type} notnull=${c.notnull} default=${c.dflt_value} pk=${c.pk}`);
    }
    for (const i of await conn.query<{ name: string; unique: number }>(`SELECT * FROM pragma_index_list($1)`, [name])) {
      const cols = await conn.query<{ name: string }>(`SELECT name FROM pragma_index_info($1) ORDER BY seqno`, [i.name]);
      lines.push(`index ${name}.${i.name} unique=${i.unique} (${cols.map((c) => c.name).join(",")})`);
    }
    for (const f of await conn.query<Record<string, unknown>>(`SELECT * FROM pragma_foreign_key_list($1)`, [name])) {
      lines.push(`fk ${name}.${f.from} -> ${f.table}.${f.to} on delete ${f.on_delete} on update ${f.on_update}`);
    }
  }
  return lines.sort();
}

async function describePostgres(conn: RawConnection) {
  const columns = await conn.query<Record<string, string>>(
    `SELECT table_name, column_name, data_type, is_nullable, column_default, datetime_precision
       FROM information_schema.columns WHERE table_schema = current_schema() AND table_name <> '_migrations'`,
  );
  const indexes = await conn.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, replace(indexdef, current_schema() || '.', '') AS indexdef
       FROM pg_indexes WHERE schemaname = current_schema() AND tablename <> '_migrations'`,
  );
  const constraints = await conn.query<{ rel: string; conname: string; def: string }>(
    `SELECT conrelid::regclass::text AS rel, conname, pg_get_constraintdef(oid) AS def
       FROM pg_constraint WHERE connamespace = current_schema()::regnamespace AND conrelid::regclass::text <> '_migrations'`,
  );
  return [
    ...columns.map((c) => `column ${c.table_name}.${c.column_name} ${c.data_type}(${c.datetime_precision ?? ""}) nullable=${c.is_nullable} default=${c.column_default}`),
    ...indexes.map((i) => `index ${i.indexname}: ${i.indexdef}`),
    ...constraints.map((c) => `constraint ${c.rel}.${c.conname}: ${c.def}`),
  ].sort();
}
