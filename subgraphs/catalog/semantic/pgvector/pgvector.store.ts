// The vector store on PostgreSQL with the pgvector extension (VECTOR_STORE=pgvector): each model's
// vectors in a table of its own (model-table.ts). A load writes, in one transaction, only the rows
// whose vector or filter fields changed and deletes the ones the catalog lost: searches see the old
// vectors or the new, never a mix. A search is one statement: the HNSW index finds the nearest doc
// vectors among the anime the filter lets through, and each candidate's best sentence and title
// vectors are read by its key, as the embedded store scores them.
import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { Logger } from '../../../../lib/logger.js';
import type { Held } from '../../../../lib/shared-per-config.js';
import { compileFilter } from '../../catalog/anime-filter.js';
import type { AnimeVectors, DenseHit, DenseQuery, DenseResult, FilterPayload, VectorIndex, VectorStore } from '../vector-store.js';
import { binaryCopy, type CopyValue } from './binary-copy.js';
import { createHnswIndex, dropHnswIndex, ensureModelTable, markLoaded, tableNameOf, type ModelTable } from './model-table.js';
import { filterCondition } from './pgvector-filter.js';
import { sharedPgvectorDatabase, type PgvectorDatabase, type PgvectorOptions, type Transaction } from './pgvector-database.js';

export interface PgvectorStoreOptions extends PgvectorOptions {
  /** The model whose vectors this store holds: it names their table. */
  model: string;
}

/** What the last load did to the model's table. */
export interface PgvectorLoad {
  animes: number;
  /** Rows copied in: new, or with a changed vector, weight or filter field. */
  written: number;
  deleted: number;
  /** Rows left as they were. */
  kept: number;
  seconds: number;
}

type Kind = 'doc' | 'sentence' | 'title';

interface Row {
  key: string;
  animeId: string;
  kind: Kind;
  ordinal: number;
  weight: number;
  vector: Float32Array;
  /** Doc rows only. */
  payload: FilterPayload | null;
  /** Of everything the row holds: a row whose digest is unchanged is not written again. */
  digest: string;
}

/** Anime whose sentences and titles are scored, taken by their doc score (as in the embedded store). */
const SECOND_STAGE = 400;
const COLUMNS = 'anime_id, kind, ordinal, weight, digest, type, status, season, year, episodes, score, tags, studios, embedding';
/** An HNSW build keeps its graph in memory when it fits: 16k doc vectors of 512 dimensions take ~40 MB. */
const BUILD_MEMORY = '256MB';

export class PgvectorVectorStore implements VectorStore, VectorIndex {
  readonly name = 'pgvector' as const;
  lastLoad: PgvectorLoad | null = null;
  private readonly held: Held<PgvectorDatabase>;
  private readonly table: SQL;

  constructor(
    private readonly options: PgvectorStoreOptions,
    private readonly log: Logger,
  ) {
    // Every model's store on the same server and settings shares one pool.
    const { url, poolSize, efSearch, exact } = options;
    this.held = sharedPgvectorDatabase({ url, poolSize, efSearch, exact }, log);
    this.table = sql`${sql.identifier('anigraph_vectors')}.${sql.identifier(tableNameOf(options.model))}`;
  }

  private get database(): PgvectorDatabase {
    return this.held.value;
  }

  async load(animes: readonly AnimeVectors[], dimensions: number): Promise<VectorIndex> {
    const started = performance.now();
    const rows = animes.flatMap(rowsOf);
    const { model } = this.options;
    const counts = await this.database.transaction(`load of ${model}`, async (tx) => {
      // Instances that share the database load one at a time; the second finds its rows written.
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`anigraph_vectors:${model}`}))`);
      const table = await ensureModelTable(tx, model, dimensions);
      const stored = new Map(
        (await tx.execute(sql`SELECT anime_id, kind, ordinal, digest FROM ${table.ref}`)).map((r) => [
          keyOf(String(r.anime_id), String(r.kind), Number(r.ordinal)),
          String(r.digest),
        ]),
      );
      const changed = rows.filter((row) => stored.get(row.key) !== row.digest);
      const wanted = new Set(rows.map((row) => row.key));
      const stale = [...stored.keys()].filter((key) => !wanted.has(key));
      if (stored.size === 0) await this.fill(tx, table, changed);
      else await this.update(tx, table, changed, stale);
      // The planner's statistics (the filters' selectivity, the key lookups): without them it guesses until autovacuum comes by.
      if (changed.length || stale.length) await tx.execute(sql`ANALYZE ${table.ref}`);
      await markLoaded(tx, model);
      return { written: changed.length, deleted: stale.length, kept: rows.length - changed.length };
    });
    this.lastLoad = { animes: animes.length, ...counts, seconds: (performance.now() - started) / 1000 };
    this.log.info({ model, ...this.lastLoad, where: this.database.where }, 'pgvector: vectors loaded');
    return this;
  }

  /** One table updated in place: there is nothing to free. */
  retire(): void {}

  async search(query: DenseQuery): Promise<DenseResult> {
    const predicate = compileFilter(query.filter);
    const conditions = [sql`kind = 'doc'`];
    const filter = filterCondition(query.filter);
    if (filter) conditions.push(filter);
    if (query.exclude?.length) conditions.push(sql`anime_id <> ALL(${sql.param([...query.exclude])}::text[])`);
    const where = sql.join(conditions, sql` AND `);
    const also = [...new Set(query.alsoScore ?? [])];
    const literal = vectorLiteral(query.vector);
    const vector = () => sql`${literal}::vector`;
    const best = (kind: Kind) =>
      sql`(SELECT max(-(x.embedding <#> ${vector()})) FROM ${this.table} x WHERE x.anime_id = c.anime_id AND x.kind = ${kind})`;
    const rows = await this.database.query(
      'search',
      sql`
        WITH nearest AS MATERIALIZED (
          SELECT anime_id, embedding <#> ${vector()} AS distance FROM ${this.table}
          WHERE ${where} ORDER BY embedding <#> ${vector()} LIMIT ${query.docsOnly ? query.limit : Math.max(SECOND_STAGE, query.limit)}
        ), candidates AS (
          SELECT anime_id, -distance AS doc FROM nearest
          ${also.length ? sql`UNION SELECT anime_id, -(embedding <#> ${vector()}) FROM ${this.table} WHERE ${where} AND anime_id = ANY(${sql.param(also)}::text[])` : sql``}
        )
        SELECT c.anime_id, c.doc, ${query.docsOnly ? sql`NULL AS sentence, NULL AS title` : sql`${best('sentence')} AS sentence, ${best('title')} AS title`}
        FROM candidates c`,
    );
    const hits: DenseHit[] = [];
    for (const row of rows) {
      const anime = query.lookup(String(row.anime_id));
      // Re-checked on the current catalog, as the other stores do: the rows may predate it.
      if (!anime || (predicate && !predicate(anime))) continue;
      hits.push({ animeId: anime.id, doc: Number(row.doc), sentence: scoreOrNone(row.sentence), title: scoreOrNone(row.title) });
    }
    hits.sort((a, b) => maxOf(b) - maxOf(a));
    const alsoSet = new Set(also);
    // As with Qdrant, only the candidates are seen: their spread stands in for the catalog's.
    const scores = hits.map((hit) => hit.doc);
    const mean = scores.reduce((sum, x) => sum + x, 0) / Math.max(1, scores.length);
    const deviation = Math.sqrt(scores.reduce((sum, x) => sum + (x - mean) ** 2, 0) / Math.max(1, scores.length));
    return { hits: hits.filter((hit, rank) => rank < query.limit || alsoSet.has(hit.animeId)), mean, deviation };
  }

  async docVector(animeId: string): Promise<Float32Array | undefined> {
    const [row] = await this.database.query(
      'read of a doc vector',
      sql`SELECT embedding::text AS embedding, weight FROM ${this.table} WHERE anime_id = ${animeId} AND kind = 'doc'`,
    );
    if (!row) return undefined;
    const weight = Number(row.weight);
    return Float32Array.from(JSON.parse(String(row.embedding)) as number[], (x) => x / weight);
  }

  /** The anime of this process's last load: what its commit left in the table (searchStatus asks without a round trip, and while PostgreSQL is away). */
  async count(): Promise<number> {
    return this.lastLoad?.animes ?? 0;
  }

  async close(): Promise<void> {
    await this.held.release();
  }

  /** An empty table (new, or emptied by earlier loads): rows copied straight in, then the HNSW index built over them at once. */
  private async fill(tx: Transaction, table: ModelTable, rows: Row[]): Promise<void> {
    await tx.execute(dropHnswIndex(table));
    await tx.copyIn(`COPY ${qualified(table)} (${COLUMNS}) FROM STDIN (FORMAT binary)`, binaryCopy(copyRows(rows)));
    await tx.execute(sql.raw(`SET LOCAL maintenance_work_mem = '${BUILD_MEMORY}'`));
    await tx.execute(createHnswIndex(table));
  }

  /** Changed rows copied beside the table, then upserted; rows the catalog lost deleted. */
  private async update(tx: Transaction, table: ModelTable, changed: Row[], stale: string[]): Promise<void> {
    if (changed.length) {
      await tx.execute(sql`CREATE TEMP TABLE incoming (LIKE ${table.ref}) ON COMMIT DROP`);
      await tx.copyIn(`COPY incoming (${COLUMNS}) FROM STDIN (FORMAT binary)`, binaryCopy(copyRows(changed)));
      const updates = COLUMNS.split(', ')
        .slice(3)
        .map((column) => `${column} = EXCLUDED.${column}`)
        .join(', ');
      await tx.execute(
        sql`INSERT INTO ${table.ref} (${sql.raw(COLUMNS)}) SELECT ${sql.raw(COLUMNS)} FROM incoming ON CONFLICT (anime_id, kind, ordinal) DO UPDATE SET ${sql.raw(updates)}`,
      );
    }
    if (stale.length) {
      const keys = stale.map((key) => key.split('\u0000'));
      await tx.execute(sql`
        DELETE FROM ${table.ref} t
        USING unnest(${sql.param(keys.map((k) => k[0]))}::text[], ${sql.param(keys.map((k) => k[1]))}::text[], ${sql.param(keys.map((k) => Number(k[2])))}::int[])
          AS gone(anime_id, kind, ordinal)
        WHERE t.anime_id = gone.anime_id AND t.kind = gone.kind AND t.ordinal = gone.ordinal`);
    }
  }
}

const keyOf = (animeId: string, kind: string, ordinal: number) => `${animeId}\u0000${kind}\u0000${ordinal}`;
const maxOf = (hit: DenseHit) => Math.max(hit.doc, hit.sentence, hit.title);
/** -1 for an anime without sentences (or titles), as the embedded store scores it. */
const scoreOrNone = (value: unknown) => (value == null ? -1 : Number(value));
const qualified = (table: ModelTable) => `anigraph_vectors.${table.name}`;

/** pgvector's text form, "[0.1,0.2,...]": a query vector is one parameter. */
function vectorLiteral(vector: Float32Array): string {
  return `[${vector.join(',')}]`;
}

function rowsOf(anime: AnimeVectors): Row[] {
  const row = (kind: Kind, ordinal: number, unit: Float32Array, weight = 1, payload: FilterPayload | null = null): Row => {
    // A doc vector is stored scaled by its weight: its inner product with a query is then the weighted
    // score, the order the embedded store ranks docs in, and what the HNSW index can order by.
    const vector = weight === 1 ? unit : unit.map((x) => x * weight);
    return {
      key: keyOf(anime.animeId, kind, ordinal),
      animeId: anime.animeId,
      kind,
      ordinal,
      weight,
      vector,
      payload,
      digest: createHash('sha1')
        .update(JSON.stringify([weight, payload]))
        .update(new Uint8Array(vector.buffer, vector.byteOffset, vector.byteLength))
        .digest('base64url'),
    };
  };
  return [
    row('doc', 0, anime.doc, anime.docWeight, anime.payload),
    ...anime.sentences.map((vector, i) => row('sentence', i, vector)),
    ...anime.titles.map((vector, i) => row('title', i, vector)),
  ];
}

/** Each row's values as it is copied: a cold load's hundred thousand rows are never all held as values at once. */
function* copyRows(rows: readonly Row[]): Generator<CopyValue[]> {
  for (const row of rows) yield copyValues(row);
}

function copyValues(row: Row): CopyValue[] {
  const p = row.payload;
  return [
    { text: row.animeId },
    { text: row.kind },
    { int4: row.ordinal },
    { float8: row.weight },
    { text: row.digest },
    { text: p?.type ?? null },
    { text: p?.status ?? null },
    { text: p?.season ?? null },
    { int4: p?.year ?? null },
    { int4: p ? p.episodes : null },
    { float8: p?.score ?? null },
    { textArray: p?.tags ?? null },
    { textArray: p?.studios ?? null },
    { vector: row.vector },
  ];
}
