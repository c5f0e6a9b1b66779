// Each model's vectors in a table of its own (anigraph_vectors.vectors_<model key>), its vector column
// sized to the model: one row per vector, keyed by anime, kind and ordinal. Doc rows carry the
// anime's filter fields, indexed (partially, on doc rows: the only rows a filter reads); an HNSW index
// over the doc vectors serves the nearest-neighbour search. The registry (vector-schema.ts) says
// which table holds which model at which size; a model whose size changes gets its table rebuilt,
// and no other model's table is touched.
import { eq, sql, type SQL } from 'drizzle-orm';
import { modelKey } from '../model-key.js';
import type { Transaction } from './pgvector-database.js';
import { vectorModels } from './vector-schema.js';

/**
 * The vectors are unit length (vector-store.ts), so the inner product is their cosine: pgvector's
 * `vector_ip_ops` and `<#>` (the negative inner product) rank as cosine distance does, without
 * computing norms.
 */
export const DISTANCE = 'inner_product';

/** pgvector's HNSW index takes vectors of at most this many dimensions. */
const HNSW_MAX_DIMENSIONS = 2_000;

export interface ModelTable {
  /** The table, schema-qualified, for statements. */
  ref: SQL;
  name: string;
  /** Created by this load: empty, without its HNSW index yet. */
  created: boolean;
}

/** "Xenova/all-MiniLM-L6-v2" → "vectors_all_minilm_l6_v2_6f3a1c": its indexes' names add at most 6 characters to PostgreSQL's 63. */
export function tableNameOf(model: string): string {
  const key = modelKey(model).replace(/[^a-z0-9_]/g, '_');
  return `vectors_${key.slice(Math.max(0, key.length - 49))}`;
}

const tableRef = (name: string) => sql`${sql.identifier('anigraph_vectors')}.${sql.identifier(name)}`;

/** The model's table at `dimensions`: as it is, or (re)created empty. Runs inside the load's transaction. */
export async function ensureModelTable(tx: Transaction, model: string, dimensions: number): Promise<ModelTable> {
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > HNSW_MAX_DIMENSIONS) {
    throw new Error(`pgvector: ${model} gives vectors of ${dimensions} dimensions; its HNSW index takes 1 to ${HNSW_MAX_DIMENSIONS}`);
  }
  const name = tableNameOf(model);
  const ref = tableRef(name);
  const [registered] = await tx.db.select().from(vectorModels).where(eq(vectorModels.model, model));
  const [{ present }] = (await tx.execute(sql`SELECT to_regclass(${`anigraph_vectors.${name}`}) IS NOT NULL AS present`)) as {
    present: boolean;
  }[];
  if (present && registered?.dimensions === dimensions && registered.distance === DISTANCE) return { ref, name, created: false };

  await tx.execute(sql`DROP TABLE IF EXISTS ${ref}`);
  await tx.execute(sql`
    CREATE TABLE ${ref} (
      anime_id text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('doc', 'sentence', 'title')),
      ordinal integer NOT NULL,
      weight double precision NOT NULL,
      digest text NOT NULL,
      type text,
      status text,
      season text,
      year integer,
      episodes integer,
      score double precision,
      tags text[],
      studios text[],
      embedding vector(${sql.raw(String(dimensions))}) NOT NULL,
      PRIMARY KEY (anime_id, kind, ordinal)
    )`);
  for (const column of ['type', 'status', 'season', 'year', 'episodes', 'score']) {
    await tx.execute(sql`CREATE INDEX ${sql.identifier(`${name}_${column}`)} ON ${ref} (${sql.identifier(column)}) WHERE kind = 'doc'`);
  }
  for (const column of ['tags', 'studios']) {
    await tx.execute(
      sql`CREATE INDEX ${sql.identifier(`${name}_${column}`)} ON ${ref} USING gin (${sql.identifier(column)}) WHERE kind = 'doc'`,
    );
  }
  const row = { model, tableName: name, dimensions, distance: DISTANCE, createdAt: new Date(), loadedAt: null };
  await tx.db.insert(vectorModels).values(row).onConflictDoUpdate({ target: vectorModels.model, set: row });
  return { ref, name, created: true };
}

/** The HNSW index over a table's doc vectors: built after a cold load's copy (much faster than row by row). */
export function createHnswIndex(table: ModelTable): SQL {
  return sql`CREATE INDEX IF NOT EXISTS ${sql.identifier(`${table.name}_hnsw`)} ON ${table.ref} USING hnsw (embedding vector_ip_ops) WHERE kind = 'doc'`;
}

export function dropHnswIndex(table: ModelTable): SQL {
  return sql`DROP INDEX IF EXISTS ${sql.identifier('anigraph_vectors')}.${sql.identifier(`${table.name}_hnsw`)}`;
}

export async function markLoaded(tx: Transaction, model: string): Promise<void> {
  await tx.db.update(vectorModels).set({ loadedAt: new Date() }).where(eq(vectorModels.model, model));
}
