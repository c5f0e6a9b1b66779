import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFixtureCatalog, type FixtureFiles } from './fixtures/catalog.fixture.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { MODEL_DIR, modelPresent } from './helpers/model.js';

const SEARCH = `query Search($query: String!, $mode: SearchMode, $filter: AnimeFilter, $first: Int, $after: String) {
  search(query: $query, mode: $mode, filter: $filter, first: $first, after: $after) {
    totalCount mode warnings endCursor
    hits { score matchedFields components { title lexical semantic prior } anime { id title type } }
  }
}`;

describe.runIf(modelPresent)('semantic and hybrid search', () => {
  let t: TestApp;
  let fixture: FixtureFiles;
  let vectors: string;

  beforeAll(async () => {
    fixture = writeFixtureCatalog();
    vectors = mkdtempSync(join(tmpdir(), 'anigraph-vectors-'));
    t = await startTestApp(semanticEnv(fixture, vectors));
    await t.searchSettled();
  });
  afterAll(() => t?.close());

  const first = async (query: string, mode = 'HYBRID', filter?: unknown) => {
    const { body } = await t.gql(SEARCH, { query, mode, filter, first: 5 });
    expect(body.errors).toBeUndefined();
    return body.data.search;
  };

  it('reports the model, its dimensions and the store once the index is built', async () => {
    const status = await t.searchSettled();
    expect(status).toMatchObject({ mode: 'HYBRID', semanticState: 'READY', dimensions: 384, vectorStore: 'embedded', indexedAnime: 30 });
    expect(status.model).toContain('all-MiniLM-L6-v2');
    const { body } = await t.gql('{ searchStatus { models { id pooling queryPrefix documentPrefix dimensions maxTokens state } } }');
    expect(body.data.searchStatus.models).toEqual([
      {
        id: 'Xenova/all-MiniLM-L6-v2',
        pooling: 'MEAN',
        queryPrefix: '',
        documentPrefix: '',
        dimensions: 384,
        maxTokens: 256,
        state: 'READY',
      },
    ]);
  });

  it('finds an anime by what happens in it, without its title', async () => {
    for (const mode of ['HYBRID', 'SEMANTIC']) {
      const result = await first('girls go camping in winter near Mount Fuji', mode);
      expect(result.mode).toBe(mode);
      expect(result.hits[0].anime.title).toBe('Yuru Camp△');
      expect(result.hits[0].components.semantic).toBeGreaterThan(0.4);
      expect(result.hits[0].matchedFields.some((f: string) => f.includes('(meaning)'))).toBe(true);
    }
    expect((await first('a notebook that kills anyone whose name is written in it')).hits[0].anime.title).toBe('Death Note');
  });

  it('still puts a named title first, and the main series before its movie', async () => {
    expect((await first('Fullmetal Alchemst Brotherhood')).hits[0].anime.title).toBe('Fullmetal Alchemist: Brotherhood');
    expect((await first('Cowboy Bebop')).hits.map((h: any) => h.anime.title).slice(0, 2)).toEqual([
      'Cowboy Bebop',
      'Cowboy Bebop: Tengoku no Tobira',
    ]);
  });

  it('applies the filter to semantic hits', async () => {
    const result = await first('bounty hunters in space', 'SEMANTIC', { type: ['MOVIE'] });
    expect(result.hits[0].anime.title).toBe('Cowboy Bebop: Tengoku no Tobira');
    expect(result.hits.every((h: any) => h.anime.type === 'MOVIE')).toBe(true);
  });

  it('pages through hits with the end cursor, without repeats', async () => {
    const page1 = (await t.gql(SEARCH, { query: 'friends on a journey', first: 3 })).body.data.search;
    const page2 = (await t.gql(SEARCH, { query: 'friends on a journey', first: 3, after: page1.endCursor })).body.data.search;
    const ids = [...page1.hits, ...page2.hits].map((h: any) => h.anime.id);
    expect(new Set(ids).size).toBe(6);
    expect(page2.hits[0].score).toBeLessThanOrEqual(page1.hits[2].score);
  });

  it('suggests similar anime with reasons, never the anime itself', async () => {
    const { body } = await t.gql('{ similar(id: "mal-1", first: 5) { anime { id title } reasons sharedTags because { id } } }');
    const ids = body.data.similar.map((s: any) => s.anime.id);
    expect(ids).not.toContain('mal-1');
    expect(ids[0]).toBe('mal-5');
    expect(body.data.similar[0].reasons.join(' ')).toMatch(/with Cowboy Bebop/);
    const apart = await t.gql('{ similar(id: "mal-1", first: 5, excludeSameFranchise: true) { anime { id } } }');
    expect(apart.body.data.similar.map((s: any) => s.anime.id)).not.toContain('mal-5');
  });

  it('recommends from liked and disliked anime, explaining each', async () => {
    const { body } = await t.gql(
      '{ recommendations(liked: ["mal-5114"], disliked: ["mal-523"], first: 5) { anime { id } reasons because { id } } }',
    );
    const ids = body.data.recommendations.map((r: any) => r.anime.id);
    expect(ids).not.toContain('mal-5114');
    expect(ids).not.toContain('mal-523');
    expect(ids[0]).toBe('mal-121');
    expect(body.data.recommendations[0].because.id).toBe('mal-5114');
    expect(body.data.recommendations[0].reasons.length).toBeGreaterThan(0);
  });

  it('refuses unknown anime in similar and recommendations', async () => {
    expect((await t.gql('{ similar(id: "mal-0") { score } }')).body.errors[0].extensions.code).toBe('NOT_FOUND');
    const bad = await t.gql('{ recommendations(liked: ["mal-1", "nope"]) { score } }');
    expect(bad.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.body.errors[0].message).toMatch(/"nope"/);
    expect((await t.gql('{ recommendations(liked: []) { score } }')).body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('reuses the vectors on disk after a restart, and embeds only what a catalog update changed', async () => {
    await t.close();
    t = await startTestApp(semanticEnv(fixture, vectors));
    expect((await t.searchSettled()).lastBuildEmbedded).toBe(0);
    const synopses = JSON.parse(readFileSync(fixture.synopsesPath, 'utf8'));
    synopses['457'] = 'Ginko travels between mountain villages and cures people of illnesses caused by invisible creatures.';
    writeFileSync(fixture.synopsesPath, JSON.stringify(synopses));
    await t.app.reload();
    const status = await t.searchSettled();
    // The changed synopsis: its doc text and its sentences; nothing else.
    expect(status.lastBuildEmbedded).toBeGreaterThan(0);
    expect(status.lastBuildEmbedded).toBeLessThanOrEqual(3);
    expect((await first('a wanderer cures villagers of illnesses caused by invisible creatures')).hits[0].anime.title).toBe('Mushishi');
  });
});

describe('search without an embedding model', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ...semanticEnv(writeFixtureCatalog(), mkdtempSync(join(tmpdir(), 'v-'))), MODEL_DIR: '/nonexistent/models' });
  });
  afterAll(() => t.close());

  it('runs lexical-only and says why', async () => {
    const status = await t.searchSettled();
    expect(status).toMatchObject({ mode: 'LEXICAL', semanticState: 'DISABLED' });
    expect(status.reason).toMatch(/MODEL_DIR/);
    expect(t.logs.some((line) => /SEARCH IS LEXICAL ONLY/.test(line.msg))).toBe(true);
  });

  it('answers a hybrid query with lexical hits and a warning, not an error', async () => {
    const { body } = await t.gql(SEARCH, { query: 'Cowboy Bebop', first: 3 });
    expect(body.errors).toBeUndefined();
    expect(body.data.search.mode).toBe('LEXICAL');
    expect(body.data.search.warnings[0]).toMatch(/lexical results/);
    expect(body.extensions.warnings).toEqual(body.data.search.warnings);
    expect(body.data.search.hits[0].anime.title).toBe('Cowboy Bebop');
  });

  it('still searches synopses and tags by word', async () => {
    const { body } = await t.gql(SEARCH, { query: 'alchemy brothers armor', mode: 'LEXICAL', first: 3 });
    expect(body.data.search.hits[0].anime.title).toMatch(/Fullmetal Alchemist/);
    expect(body.data.search.hits[0].matchedFields).toContain('synopsis');
  });
});

function semanticEnv(fixture: FixtureFiles, vectorDir: string): Record<string, string> {
  return {
    ANIME_DB_PATH: fixture.catalogPath,
    ANIME_SYNOPSES_PATH: fixture.synopsesPath,
    SEMANTIC_SEARCH: 'true',
    MODEL_DIR,
    VECTOR_CACHE_DIR: vectorDir,
  };
}
