// Several embedding models at once (EMBEDDING_MODELS): each builds and caches its own vectors, a
// query is embedded by each, and their scores are fused; a model that cannot load is left out.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFixtureCatalog, type FixtureFiles } from './fixtures/catalog.fixture.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { MODEL, MODEL_DIR, modelPresent } from './helpers/model.js';

const BGE = 'Xenova/bge-small-en-v1.5';
const bgePresent = existsSync(join(MODEL_DIR, BGE, 'onnx/model_quantized.onnx'));

const SEARCH = `query Search($query: String!, $mode: SearchMode) {
  search(query: $query, mode: $mode, first: 5) { mode warnings hits { matchedFields components { semantic } anime { title } } }
}`;
const MODELS = '{ searchStatus { semanticState reason mode models { id pooling queryPrefix state reason lastBuildSeconds } } }';

describe.runIf(modelPresent && bgePresent)('several embedding models, fused', () => {
  let fixture: FixtureFiles;
  let vectors: string;
  let fused: TestApp;
  const env = (models: string) => ({
    ANIME_DB_PATH: fixture.catalogPath,
    ANIME_SYNOPSES_PATH: fixture.synopsesPath,
    SEMANTIC_SEARCH: 'true',
    MODEL_DIR,
    VECTOR_CACHE_DIR: vectors,
    EMBEDDING_MODELS: models,
  });

  beforeAll(async () => {
    fixture = writeFixtureCatalog();
    vectors = mkdtempSync(join(tmpdir(), 'anigraph-fusion-'));
    fused = await startTestApp(env(`${MODEL},${BGE},Nobody/no-such-model`));
    await fused.searchSettled();
  });
  afterAll(() => fused?.close());

  it('serves with every model that loads, each with its card and its own vector cache, and says which one it goes without', async () => {
    const { body } = await fused.gql(MODELS);
    const status = body.data.searchStatus;
    expect(status).toMatchObject({ semanticState: 'READY', mode: 'HYBRID' });
    expect(status.models).toMatchObject([
      { id: MODEL, pooling: 'MEAN', queryPrefix: '', state: 'READY', reason: null },
      { id: BGE, pooling: 'CLS', queryPrefix: 'Represent this sentence for searching relevant passages: ', state: 'READY', reason: null },
    ]);
    expect(status.models.every((m: { lastBuildSeconds: number }) => m.lastBuildSeconds > 0)).toBe(true);
    expect(status.reason).toMatch(/without Nobody\/no-such-model/);
    const caches = readdirSync(vectors).filter((name) => name.endsWith('.bin'));
    expect(caches.sort()).toEqual([
      expect.stringMatching(/^Xenova_all-MiniLM-L6-v2_/),
      expect.stringMatching(/^Xenova_bge-small-en-v1.5_/),
    ]);
  });

  it('ranks by the fused scores: the second model moves the semantic score that the first alone gives', async () => {
    const query = 'girls go camping in winter near Mount Fuji';
    const fusedHits = (await fused.gql(SEARCH, { query, mode: 'SEMANTIC' })).body.data.search.hits;
    expect(fusedHits[0].anime.title).toBe('Yuru Camp△');
    expect(fusedHits[0].matchedFields.some((f: string) => f.includes('(meaning)'))).toBe(true);
    // The same server with the first model alone (its vectors come from the cache the fused one wrote).
    const alone = await startTestApp(env(MODEL));
    try {
      const status = await alone.searchSettled();
      expect(status.lastBuildEmbedded).toBe(0);
      const aloneHits = (await alone.gql(SEARCH, { query, mode: 'SEMANTIC' })).body.data.search.hits;
      expect(aloneHits[0].anime.title).toBe('Yuru Camp△');
      expect(Math.abs(fusedHits[0].components.semantic - aloneHits[0].components.semantic)).toBeGreaterThan(0.001);
    } finally {
      await alone.close();
    }
  });
});
