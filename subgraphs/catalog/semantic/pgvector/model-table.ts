// Each model's vectors in a table of its own (anigraph_vectors.vectors_<model key>), its vector column
// sized to the model: one row per vector, keyed by anime, kind and ordinal. The table is partitioned
// by kind: the doc vectors (one per anime, with the anime's filter fields as indexed columns and the
// HNSW index) apart from the sentence and title vectors (read by key only), so that a nearest-neighbour
// search walks a doc-only heap and graph (a mixed heap made it 2.5 times slower, measured). The
// registry (vector-schema.ts) says which table holds which model at which size; a model whose size
// changes gets its table rebuilt, and no other model's table is touched.
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
  /** Its partition of doc vectors, schema-qualified. */
  docs: SQL;
  /** Created by this load: empty, without its HNSW index yet. */
  created: boolean;
}

/** "Xenova/all-MiniLM-L6-v2" → "vectors_all_minilm_l6_v2_6f3a1c": at most 48 characters, so that its partitions' indexes fit PostgreSQL's 63. */
export function tableNameOf(model: string): string {
  const key = modelKey(model).replace(/[^a-z0-9_]/g, '_');
  return `vectors_${key.slice(Math.max(0, key.length - 40))}`;
}

const qualified = (name: string) => sql`${sql.identifier('anigraph_vectors')}.${sql.identifier(name)}`;
const docsOf = (name: string) => `${name}_docs`;

/** The model's table at `dimensions`: as it is, or (re)created empty. Runs inside the load's transaction. */
export async function ensureModelTable(tx: Transaction, model: string, dimensions: number): Promise<ModelTable> {
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > HNSW_MAX_DIMENSIONS) {
    throw new Error(`pgvector: ${model} gives vectors of ${dimensions} dimensions; its HNSW index takes 1 to ${HNSW_MAX_DIMENSIONS}`);
  }
  const name = tableNameOf(model);
  const [ref, docs] = [qualified(name), qualified(docsOf(name))];
  const [registered] = await tx.db.select().from(vectorModels).where(eq(vectorModels.model, model));
  // 'p': a partitioned table, as this store makes them.
  const [{ partitioned }] = (await tx.execute(
    sql`SELECT coalesce((SELECT relkind = 'p' FROM pg_class WHERE oid = to_regclass(${`anigraph_vectors.${name}`})), false) AS partitioned`,
  )) as { partitioned: boolean }[];
  if (partitioned && registered?.dimensions === dimensions && registered.distance === DISTANCE) return { ref, name, docs, created: false };

  await tx.execute(sql`DROP TABLE IF EXISTS ${ref}`);
  await tx.execute(sql`
    CREATE TABLE ${ref} (
      anime_id text NOT NULL,
      kind text NOT NULL,
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
    ) PARTITION BY LIST (kind)`);
  await tx.execute(sql`CREATE TABLE ${docs} PARTITION OF ${ref} FOR VALUES IN ('doc')`);
  await tx.execute(sql`CREATE TABLE ${qualified(`${name}_texts`)} PARTITION OF ${ref} FOR VALUES IN ('sentence', 'title')`);
  for (const column of ['type', 'status', 'season', 'year', 'episodes', 'score']) {
    await tx.execute(sql`CREATE INDEX ${sql.identifier(`${docsOf(name)}_${column}`)} ON ${docs} (${sql.identifier(column)})`);
  }
  for (const column of ['tags', 'studios']) {
    await tx.execute(sql`CREATE INDEX ${sql.identifier(`${docsOf(name)}_${column}`)} ON ${docs} USING gin (${sql.identifier(column)})`);
  }
  const row = { model, tableName: name, dimensions, distance: DISTANCE, createdAt: new Date(), loadedAt: null };
  await tx.db.insert(vectorModels).values(row).onConflictDoUpdate({ target: vectorModels.model, set: row });
  return { ref, name, docs, created: true };
}

/** The HNSW index over a table's doc vectors: built after a cold load's copy (much faster than row by row). */
export function createHnswIndex(table: ModelTable): SQL {
  return sql`CREATE INDEX IF NOT EXISTS ${sql.identifier(`${docsOf(table.name)}_hnsw`)} ON ${table.docs} USING hnsw (embedding vector_ip_ops)`;
}

export function dropHnswIndex(table: ModelTable): SQL {
  return sql`DROP INDEX IF EXISTS ${qualified(`${docsOf(table.name)}_hnsw`)}`;
}

export async function markLoaded(tx: Transaction, model: string): Promise<void> {
  await tx.db.update(vectorModels).set({ loadedAt: new Date() }).where(eq(vectorModels.model, model));
}
