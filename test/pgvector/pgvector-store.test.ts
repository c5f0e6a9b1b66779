// The pgvector store beyond the contract every store keeps (test/vector-store.contract.test.ts): its
// tables in PostgreSQL, what a load rewrites, filters as SQL, exact and HNSW answers against the
// embedded store's, and a server that cuts connections or is not there. Random unit vectors, no model.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { createLogger } from '../../lib/logger.js';
import { AnimeStatus, AnimeType, Season, type Anime } from '../../subgraphs/catalog/catalog/anime.js';
import type { AnimeFilter } from '../../subgraphs/catalog/catalog/anime-filter.js';
import { EmbeddedVectorStore } from '../../subgraphs/catalog/semantic/embedded.store.js';
import { PgvectorVectorStore, type PgvectorStoreOptions } from '../../subgraphs/catalog/semantic/pgvector/pgvector.store.js';
import { tableNameOf } from '../../subgraphs/catalog/semantic/pgvector/model-table.js';
import { filterPayload, type AnimeVectors, type VectorIndex } from '../../subgraphs/catalog/semantic/vector-store.js';
import { pgvectorPresent } from '../helpers/pgvector.js';
import { freshPostgresDatabase, type ScratchDatabase } from '../helpers/postgres.js';
import { startPostgresServer, type PostgresServer } from '../helpers/postgres-server.js';

const MODEL = 'Xenova/all-MiniLM-L6-v2';
const OTHER_MODEL = 'Xenova/bge-small-en-v1.5';
const silent = createLogger('silent');

/** A deterministic random source (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function unitVector(next: () => number, dimensions: number): Float32Array {
  const v = Float32Array.from({ length: dimensions }, () => next() * 2 - 1);
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

const TYPES = [AnimeType.TV, AnimeType.MOVIE, AnimeType.OVA, AnimeType.ONA];
const STATUSES = [AnimeStatus.FINISHED, AnimeStatus.ONGOING, AnimeStatus.UPCOMING];
const SEASONS = [Season.SPRING, Season.SUMMER, Season.FALL, Season.WINTER];
const TAGS = ['action', 'drama', 'comedy', 'space', 'mecha', 'romance'];
const STUDIOS = ['Sunrise', 'Madhouse', 'Bones'];

/** `count` anime with varied filter fields (some without a year or score) and random doc, sentence and title vectors. */
function randomCatalog(count: number, dimensions: number, seed = 7): { animes: Anime[]; vectors: AnimeVectors[] } {
  const next = random(seed);
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)];
  const animes = Array.from({ length: count }, (_, i): Anime => ({
    id: `a-${i}`,
    ordinal: i,
    title: `Anime ${i}`,
    synonyms: [],
    type: pick(TYPES),
    episodes: Math.floor(next() * 50),
    status: pick(STATUSES),
    season: pick(SEASONS),
    year: next() < 0.1 ? null : 1990 + Math.floor(next() * 35),
    picture: '',
    thumbnail: '',
    durationSeconds: 1440,
    score: next() < 0.2 ? null : { arithmeticGeometricMean: 5 + next() * 4, arithmeticMean: 0, median: 0 },
    studios: next() < 0.5 ? [pick(STUDIOS)] : [],
    producers: [],
    tags: TAGS.filter(() => next() < 0.3),
    relatedAnime: [],
    sources: [],
    platformIds: [],
    synopsis: null,
  }));
  const vectors = animes.map((anime): AnimeVectors => ({
    animeId: anime.id,
    doc: unitVector(next, dimensions),
    docWeight: next() < 0.2 ? 0.8 : 1,
    sentences: Array.from({ length: Math.floor(next() * 3) }, () => unitVector(next, dimensions)),
    titles: Array.from({ length: 1 + Math.floor(next() * 2) }, () => unitVector(next, dimensions)),
    payload: filterPayload(anime),
  }));
  return { animes, vectors };
}

describe.runIf(pgvectorPresent)('the pgvector store', () => {
  let database: ScratchDatabase;
  let client: pg.Client;
  const stores: PgvectorVectorStore[] = [];

  const open = (options: Partial<PgvectorStoreOptions> = {}) => {
    const store = new PgvectorVectorStore(
      { url: database.url, poolSize: 4, efSearch: 100, exact: false, model: MODEL, ...options },
      silent,
    );
    stores.push(store);
    return store;
  };
  const rows = async (sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows;
  /** Each row's key and the transaction that wrote it. */
  const writers = async (model: string) =>
    new Map(
      (
        await rows(
          `SELECT anime_id || '/' || kind || '/' || ordinal AS key, xmin::text AS xmin FROM anigraph_vectors.${tableNameOf(model)}`,
        )
      ).map((r) => [r.key as string, r.xmin as string]),
    );

  beforeAll(async () => {
    database = await freshPostgresDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await client?.end();
    await database?.drop();
  });

  it('keeps a model in a table of its own, its vectors sized to the model, doc vectors apart with an HNSW index of the inner product and indexed filter columns', async () => {
    const { vectors } = randomCatalog(50, 16);
    await open().load(vectors, 16);
    const table = tableNameOf(MODEL);
    expect(await rows('SELECT model, table_name, dimensions, distance FROM anigraph_vectors.models')).toEqual([
      { model: MODEL, table_name: table, dimensions: 16, distance: 'inner_product' },
    ]);
    const [{ type }] = await rows(
      `SELECT format_type(atttypid, atttypmod) AS type FROM pg_attribute WHERE attrelid = 'anigraph_vectors.${table}'::regclass AND attname = 'embedding'`,
    );
    expect(type).toBe('vector(16)');
    const partitions = await rows(
      `SELECT c.relname, pg_get_expr(c.relpartbound, c.oid) AS bound FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
       WHERE i.inhparent = 'anigraph_vectors.${table}'::regclass ORDER BY c.relname`,
    );
    expect(partitions).toEqual([
      { relname: `${table}_docs`, bound: "FOR VALUES IN ('doc')" },
      { relname: `${table}_texts`, bound: "FOR VALUES IN ('sentence', 'title')" },
    ]);
    const indexes = (
      await rows(`SELECT indexdef FROM pg_indexes WHERE schemaname = 'anigraph_vectors' AND tablename = $1`, [`${table}_docs`])
    ).map((r) => r.indexdef as string);
    expect(indexes).toContainEqual(expect.stringMatching(/USING hnsw \(embedding vector_ip_ops\)$/));
    for (const column of ['type', 'status', 'season', 'year', 'episodes', 'score', 'tags', 'studios']) {
      expect(indexes).toContainEqual(expect.stringMatching(new RegExp(`USING (btree|gin) \\(${column}\\)$`)));
    }
    const [{ count }] = await rows(`SELECT count(*)::int AS count FROM anigraph_vectors.${table}`);
    expect(count).toBe(vectors.reduce((sum, v) => sum + 1 + v.sentences.length + v.titles.length, 0));
  });

  it('rewrites only the rows a catalog update changed, and deletes the ones it lost', async () => {
    const store = open();
    const { vectors } = randomCatalog(200, 16);
    await store.load(vectors, 16);
    const before = await writers(MODEL);
    const next = random(99);
    const updated = vectors.slice(1); // a-0 left the catalog
    updated[0] = { ...updated[0], doc: unitVector(next, 16) }; // a-1: a new doc vector
    updated[1] = { ...updated[1], payload: { ...updated[1].payload, tags: ['brand-new-tag'] } }; // a-2: new tags
    updated.push({ ...vectors[5], animeId: 'a-new', sentences: [], titles: [] }); // a new anime
    await store.load(updated, 16);

    expect(store.lastLoad).toMatchObject({ written: 3, deleted: 1 + vectors[0].sentences.length + vectors[0].titles.length });
    const after = await writers(MODEL);
    const rewritten = [...after].filter(([key, xmin]) => before.get(key) !== xmin).map(([key]) => key);
    expect(rewritten.sort()).toEqual(['a-1/doc/0', 'a-2/doc/0', 'a-new/doc/0']);
    expect([...after.keys()].filter((key) => key.startsWith('a-0/'))).toEqual([]);
    const [{ tags }] = await rows(`SELECT tags FROM anigraph_vectors.${tableNameOf(MODEL)} WHERE anime_id = 'a-2' AND kind = 'doc'`);
    expect(tags).toEqual(['brand-new-tag']);
  });

  it("rebuilds the table of a model whose dimensions changed, and no other model's", async () => {
    const { vectors } = randomCatalog(40, 16);
    const [first, other] = [open(), open({ model: OTHER_MODEL })];
    await first.load(vectors, 16);
    await other.load(vectors, 16);
    const otherBefore = await writers(OTHER_MODEL);

    const index = await first.load(randomCatalog(40, 24, 3).vectors, 24);
    expect(await index.count()).toBe(40);
    expect((await index.docVector('a-0'))?.length).toBe(24);
    expect(await rows('SELECT model, dimensions FROM anigraph_vectors.models ORDER BY model')).toEqual([
      { model: MODEL, dimensions: 24 },
      { model: OTHER_MODEL, dimensions: 16 },
    ]);
    expect(await writers(OTHER_MODEL)).toEqual(otherBefore);
  });

  it("shares one pool of PGVECTOR_POOL_SIZE connections among every model's store", async () => {
    const scratch = await freshPostgresDatabase();
    try {
      const { animes, vectors } = randomCatalog(30, 8);
      const catalog = new Map(animes.map((anime) => [anime.id, anime]));
      const both = [open({ url: scratch.url, poolSize: 2 }), open({ url: scratch.url, poolSize: 2, model: OTHER_MODEL })];
      await Promise.all(both.map((store) => store.load(vectors, 8)));
      const searches = both.flatMap((store) =>
        Array.from({ length: 10 }, () => store.search({ vector: vectors[0].doc, limit: 5, lookup: (id) => catalog.get(id) })),
      );
      await Promise.all(searches);
      const [{ count }] = await rows('SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = $1', [
        new URL(scratch.url).pathname.slice(1),
      ]);
      expect(count).toBe(2);
      await Promise.all(both.map((store) => store.close()));
    } finally {
      await scratch.drop();
    }
  });

  describe('searching 1,000 anime', () => {
    const { animes, vectors } = randomCatalog(1_000, 32, 11);
    const catalog = new Map(animes.map((anime) => [anime.id, anime]));
    const queries = Array.from({ length: 20 }, (_, i) => unitVector(random(1_000 + i), 32));
    let embedded: VectorIndex;
    let exact: VectorIndex;
    let hnsw: VectorIndex;
    const ranking = async (index: VectorIndex, vector: Float32Array, filter?: AnimeFilter, limit = 10) =>
      (await index.search({ vector, limit, filter, lookup: (id) => catalog.get(id) })).hits;

    beforeAll(async () => {
      embedded = await new EmbeddedVectorStore().load(vectors, 32);
      hnsw = await open().load(vectors, 32);
      exact = open({ exact: true });
    });
    afterAll(() => embedded.retire());

    it('answers exactly as the embedded store in exact mode, filters included', async () => {
      const filters: (AnimeFilter | undefined)[] = [
        undefined,
        { type: [AnimeType.MOVIE, AnimeType.OVA] },
        { year: { min: 2000, max: 2010 }, status: [AnimeStatus.FINISHED] },
        { score: { min: 7.25 } },
        { episodes: { max: 12 }, season: [Season.WINTER] },
        { tags: { allOf: ['ACTION', 'drama'] } },
        { tags: { anyOf: ['space', 'mecha'], noneOf: ['comedy'] } },
        { studios: ['madhouse', 'BONES'] },
      ];
      for (const filter of filters) {
        for (const vector of queries.slice(0, 5)) {
          const expected = await ranking(embedded, vector, filter, 50);
          const got = await ranking(exact, vector, filter, 50);
          expect(got.map((hit) => hit.animeId)).toEqual(expected.map((hit) => hit.animeId));
          got.forEach((hit, i) => {
            expect(hit.doc).toBeCloseTo(expected[i].doc, 5);
            expect(hit.sentence).toBeCloseTo(expected[i].sentence, 5);
            expect(hit.title).toBeCloseTo(expected[i].title, 5);
          });
        }
      }
    });

    it('finds nearly all of the exact top 10 through the HNSW index', async () => {
      let found = 0;
      for (const vector of queries) {
        const truth = new Set((await ranking(exact, vector)).map((hit) => hit.animeId));
        found += (await ranking(hnsw, vector)).filter((hit) => truth.has(hit.animeId)).length;
      }
      expect(found / (queries.length * 10)).toBeGreaterThanOrEqual(0.9);
    });

    it('takes filter values as data, never as SQL', async () => {
      const hostile = ["x') OR true --", "'; DROP TABLE anigraph_vectors.models; --", 'a"b\\c'];
      for (const value of hostile) {
        expect(await ranking(hnsw, queries[0], { tags: { anyOf: [value] } })).toEqual([]);
        expect(await ranking(hnsw, queries[0], { studios: [value] })).toEqual([]);
      }
      expect(await rows('SELECT count(*)::int AS count FROM anigraph_vectors.models')).not.toEqual([{ count: 0 }]);
      expect(await ranking(hnsw, queries[0])).toHaveLength(10);
    });
  });

  it('says which extension is missing when the server cannot give it to the database', async () => {
    const scratch = await freshPostgresDatabase();
    const role = `anigraph_plain_${process.pid}`;
    try {
      await client.query(`DROP ROLE IF EXISTS ${role}`);
      await client.query(`CREATE ROLE ${role} LOGIN`);
      const admin = new pg.Client({ connectionString: scratch.url });
      await admin.connect();
      await admin.query(
        `GRANT ALL ON SCHEMA public TO ${role}; GRANT CREATE ON DATABASE "${new URL(scratch.url).pathname.slice(1)}" TO ${role}`,
      );
      await admin.end();
      const url = new URL(scratch.url);
      url.username = role;
      const store = open({ url: url.href });
      const error = await store.load(randomCatalog(3, 8).vectors, 8).catch((e: Error) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(
        /cannot give this database the "vector" extension \(permission denied to create extension "vector"\)/,
      );
      expect((error as Error).message).toMatch(/CREATE EXTENSION vector/);
    } finally {
      await scratch.drop();
      await client.query(`DROP ROLE IF EXISTS ${role}`);
    }
  });
});

describe.runIf(pgvectorPresent)('the pgvector store when PostgreSQL goes away', () => {
  let server: PostgresServer;
  let store: PgvectorVectorStore;
  const logs: Record<string, any>[] = [];
  const { animes, vectors } = randomCatalog(100, 16);
  const catalog = new Map(animes.map((anime) => [anime.id, anime]));
  const query = { vector: vectors[0].doc, limit: 5, lookup: (id: string) => catalog.get(id) };

  beforeAll(async () => {
    server = await startPostgresServer();
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n')) if (line.trim()) logs.push(JSON.parse(line));
        done();
      },
    });
    store = new PgvectorVectorStore(
      { url: server.url, poolSize: 2, efSearch: 100, exact: false, model: MODEL },
      createLogger('info', sink),
    );
    await store.load(vectors, 16);
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    await server?.destroy();
  });

  it('tries a search again on a new connection when its own is cut mid-statement, and says so in the log', async () => {
    expect((await store.search(query)).hits[0].animeId).toBe('a-0');
    // The search waits on a lock this test holds, and its connection is cut while it waits.
    const [holder, watcher] = [new pg.Client({ connectionString: server.url }), new pg.Client({ connectionString: server.url })];
    await Promise.all([holder.connect(), watcher.connect()]);
    try {
      await holder.query('BEGIN');
      await holder.query(`LOCK TABLE anigraph_vectors.${tableNameOf(MODEL)} IN ACCESS EXCLUSIVE MODE`);
      const searching = store.search(query);
      let waiting: number[] = [];
      while (!waiting.length) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        waiting = (
          await watcher.query("SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%nearest%'")
        ).rows.map((r) => r.pid);
      }
      await watcher.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [waiting]);
      await holder.query('COMMIT');
      expect((await searching).hits[0].animeId).toBe('a-0');
    } finally {
      await Promise.all([holder.end(), watcher.end()]);
    }
    expect(logs.some((line) => line.msg === 'pgvector: connection lost; trying again' && line.operation === 'search')).toBe(true);
  });

  it('fails a search with the reason while the server is down, and answers again once it is back', async () => {
    await server.stop();
    const error = await store.search(query).catch((e: Error) => e);
    expect((error as Error).message).toMatch(new RegExp(`^pgvector search failed \\(127\\.0\\.0\\.1:\\d+/postgres\\): `));
    await server.start();
    expect((await store.search(query)).hits[0].animeId).toBe('a-0');
  });
});
