// Search through the gateway with VECTOR_STORE=pgvector, on a PostgreSQL server of the test's own
// (which it stops and starts again), with the MiniLM model from ../shared/models; and on a database
// where the extension cannot be created.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFixtureCatalog } from '../fixtures/catalog.fixture.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { MODEL_DIR, modelPresent } from '../helpers/model.js';
import { pgvectorPresent } from '../helpers/pgvector.js';
import { freshPostgresDatabase, TEST_POSTGRES, type ScratchDatabase } from '../helpers/postgres.js';
import { startPostgresServer, type PostgresServer } from '../helpers/postgres-server.js';

const SEARCH = `query Search($query: String!, $mode: SearchMode, $filter: AnimeFilter) {
  search(query: $query, mode: $mode, filter: $filter, first: 5) {
    mode warnings hits { matchedFields components { semantic } anime { title type } }
  }
}`;

/** The app on the fixture catalog, with semantic search and its vectors in the PostgreSQL at `url`. */
function startPgvectorApp(url: string): Promise<TestApp> {
  const fixture = writeFixtureCatalog();
  return startTestApp({
    ANIME_DB_PATH: fixture.catalogPath,
    ANIME_SYNOPSES_PATH: fixture.synopsesPath,
    SEMANTIC_SEARCH: 'true',
    MODEL_DIR,
    VECTOR_STORE: 'pgvector',
    PGVECTOR_URL: url,
  });
}

describe.runIf(modelPresent && pgvectorPresent)('search with its vectors in PostgreSQL (pgvector)', () => {
  let server: PostgresServer;
  let t: TestApp;

  beforeAll(async () => {
    server = await startPostgresServer();
    t = await startPgvectorApp(server.url);
    await t.searchSettled();
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await server?.destroy();
  });

  const search = async (query: string, mode = 'HYBRID', filter?: unknown) => {
    const { body } = await t.gql(SEARCH, { query, mode, filter });
    expect(body.errors).toBeUndefined();
    return body.data.search;
  };

  it('says the vectors are in pgvector, once every anime has them', async () => {
    expect(await t.searchSettled()).toMatchObject({ semanticState: 'READY', vectorStore: 'pgvector', indexedAnime: 30, dimensions: 384 });
  });

  it('finds an anime by what happens in it, and applies the filter in the database', async () => {
    for (const mode of ['HYBRID', 'SEMANTIC']) {
      const result = await search('girls go camping in winter near Mount Fuji', mode);
      expect(result).toMatchObject({ mode, warnings: [] });
      expect(result.hits[0].anime.title).toBe('Yuru Camp△');
      expect(result.hits[0].components.semantic).toBeGreaterThan(0.4);
    }
    const movies = await search('bounty hunters in space', 'SEMANTIC', { type: ['MOVIE'] });
    expect(movies.hits[0].anime.title).toBe('Cowboy Bebop: Tengoku no Tobira');
    expect(movies.hits.every((hit: { anime: { type: string } }) => hit.anime.type === 'MOVIE')).toBe(true);
  });

  it('suggests similar anime from the stored doc vectors', async () => {
    const { body } = await t.gql('{ similar(id: "mal-1", first: 5) { anime { id } } }');
    const ids = body.data.similar.map((s: { anime: { id: string } }) => s.anime.id);
    expect(ids).toContain('mal-5');
    expect(ids).not.toContain('mal-1');
  });

  it('answers with lexical results and a warning while PostgreSQL is down, and semantically again once it is back', async () => {
    // Queries not asked before: answers are cached per catalog.
    await server.stop();
    const down = await search('high school girls camping in the cold near Mount Fuji');
    expect(down.mode).toBe('LEXICAL');
    expect(down.warnings).toEqual([
      expect.stringMatching(/^Semantic search is not available \(the vector store failed: pgvector search failed/),
    ]);
    expect(t.logs.some((line) => line.msg === 'vector search failed; answering with lexical results')).toBe(true);
    expect(await t.searchSettled()).toMatchObject({ vectorStore: 'pgvector', indexedAnime: 30 });

    await server.start();
    const back = await search('schoolgirls camping in winter by Mount Fuji');
    expect(back).toMatchObject({ mode: 'HYBRID', warnings: [] });
    expect(back.hits[0].anime.title).toBe('Yuru Camp△');
  });
});

describe.runIf(modelPresent && pgvectorPresent)('search on a PostgreSQL that cannot give the vector extension', () => {
  const role = `anigraph_no_extension_${process.pid}`;
  let scratch: ScratchDatabase;
  let t: TestApp;

  beforeAll(async () => {
    scratch = await freshPostgresDatabase();
    const admin = new pg.Client({ connectionString: scratch.url });
    await admin.connect();
    await admin.query(`DROP ROLE IF EXISTS ${role}`);
    // A role that may create schemas and tables in the database, but not the extension (only a superuser may).
    await admin.query(`CREATE ROLE ${role} LOGIN`);
    await admin.query(`GRANT CREATE ON DATABASE "${new URL(scratch.url).pathname.slice(1)}" TO ${role}`);
    await admin.end();
    const url = new URL(scratch.url);
    url.username = role;
    t = await startPgvectorApp(url.href);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await scratch?.drop();
    const admin = new pg.Client({ connectionString: TEST_POSTGRES });
    await admin.connect();
    await admin.query(`DROP ROLE IF EXISTS ${role}`);
    await admin.end();
  });

  it('says why search stays lexical, naming the extension, and still answers', async () => {
    const status = await t.searchSettled();
    expect(status).toMatchObject({ mode: 'LEXICAL', semanticState: 'FAILED', vectorStore: 'pgvector' });
    expect(status.reason).toMatch(/cannot give this database the "vector" extension/);
    const { body } = await t.gql('{ search(query: "Cowboy Bebop", first: 1) { mode warnings hits { anime { title } } } }');
    expect(body.data.search).toMatchObject({ mode: 'LEXICAL', hits: [{ anime: { title: 'Cowboy Bebop' } }] });
  });
});
