// The gateway's response cache: repeated catalog queries answered whole, never stale after a change.
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFixtureCatalog, type FixtureFiles } from './fixtures/catalog.fixture.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { startFakes, type Fakes } from './platforms/fakes/start-all.js';

let fixture: FixtureFiles;
let fakes: Fakes;
let t: TestApp;

beforeAll(async () => {
  fixture = writeFixtureCatalog();
  fakes = await startFakes();
  t = await startTestApp({ ANIME_DB_PATH: fixture.catalogPath, ...fakes.env });
  // Each search index that swaps in drops the cache: measure it once they all have.
  await t.searchSettled();
});
afterAll(async () => {
  await t?.close();
  await fakes?.close();
});

const EPISODES = '{ anime(id: "mal-1") { title episodes } }';

describe('response cache', () => {
  it('answers a repeated catalog query from the cache, and says so', async () => {
    const first = await t.gql(EPISODES);
    const second = await t.gql(EPISODES);
    expect(first.body.extensions.responseCache).toMatchObject({ hit: false, didCache: true });
    expect(second.body.extensions.responseCache).toMatchObject({ hit: true });
    expect(second.body.data).toEqual(first.body.data);
  });

  it('drops what it holds when the catalog changes, so no answer outlives its data', async () => {
    await t.gql(EPISODES);
    const release = JSON.parse(readFileSync(fixture.catalogPath, 'utf8'));
    const bebop = release.data.find((entry: any) => entry.sources.includes('https://myanimelist.net/anime/1'));
    bebop.episodes = 27;
    writeFileSync(fixture.catalogPath, JSON.stringify(release));
    await t.app.reload();
    const after = await t.gql(EPISODES);
    expect(after.body.data.anime.episodes).toBe(27);
    expect(after.body.extensions.responseCache.hit).toBe(false);
  });

  it('never caches what the platforms answered: they keep their own freshness', async () => {
    const query = '{ anime(id: "mal-1") { title trailer { url } dataSources { cacheTier } } }';
    await t.gql(query);
    const second = await t.gql(query);
    expect(second.body.extensions.responseCache).toMatchObject({ hit: false, didCache: false });
    expect(second.body.data.anime.dataSources[0].cacheTier).toBe('L1');
  });

  it('never caches the search status, which moves on by itself', async () => {
    await t.gql('{ searchStatus { semanticState } }');
    const second = await t.gql('{ searchStatus { semanticState } }');
    expect(second.body.extensions.responseCache).toMatchObject({ hit: false, didCache: false });
  });

  it('never caches an answer that comes with a warning (lexical search while semantic search is off)', async () => {
    const query = '{ search(query: "Cowboy Bebop", first: 1) { mode hits { anime { title } } } }';
    await t.gql(query);
    const second = await t.gql(query);
    expect(second.body.extensions.warnings).toHaveLength(1);
    expect(second.body.extensions.responseCache).toMatchObject({ hit: false, didCache: false });
  });

  it('never caches introspection, and caches each query by its variables', async () => {
    const introspection = '{ __schema { queryType { name } } }';
    await t.gql(introspection);
    expect((await t.gql(introspection)).body.extensions.responseCache).toMatchObject({ hit: false, didCache: false });
    const byId = 'query($id: ID!) { anime(id: $id) { id } }';
    await t.gql(byId, { id: 'mal-1' });
    const other = await t.gql(byId, { id: 'mal-5' });
    expect(other.body).toMatchObject({ data: { anime: { id: 'mal-5' } }, extensions: { responseCache: { hit: false } } });
    expect((await t.gql(byId, { id: 'mal-1' })).body.extensions.responseCache.hit).toBe(true);
  });

  it('never caches an answer with an error', async () => {
    const query = '{ anime(id: "mal-1") { title } animes(first: -1) { totalCount } }';
    await t.gql(query);
    const second = await t.gql(query);
    expect(second.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(second.body.extensions?.responseCache?.hit ?? false).toBe(false);
  });
});
