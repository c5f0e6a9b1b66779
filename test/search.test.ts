import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFixtureCatalog } from './fixtures/catalog.fixture.js';
import { startTestApp, type TestApp } from './helpers/app.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ ANIME_DB_PATH: writeFixtureCatalog().catalogPath });
});
afterAll(() => t.close());

const SEARCH = `query Search($query: String!, $filter: AnimeFilter, $first: Int) {
  search(query: $query, filter: $filter, first: $first) {
    totalCount
    hits { score matchedName matchedFields components { lexical title prior } anime { id title type } }
  }
}`;

async function titles(query: string, filter?: Record<string, unknown>): Promise<string[]> {
  const { body } = await t.gql(SEARCH, { query, filter, first: 5 });
  expect(body.errors).toBeUndefined();
  return body.data.search.hits.map((hit: any) => hit.anime.title);
}

describe('title search', () => {
  it('puts the misspelled title first: "Fullmetal Alchemst Brotherhood"', async () => {
    const found = await titles('Fullmetal Alchemst Brotherhood');
    expect(found[0]).toBe('Fullmetal Alchemist: Brotherhood');
    expect(found).toContain('Fullmetal Alchemist');
  });

  it('finds an anime through its English synonym, before its sequel: "Attack on Titan"', async () => {
    const { body } = await t.gql(SEARCH, { query: 'Attack on Titan', first: 5 });
    const [first, ...rest] = body.data.search.hits;
    expect(first.anime.title).toBe('Shingeki no Kyojin');
    expect(first.matchedName).toBe('Attack on Titan');
    expect(first.matchedFields).toContain('synonyms');
    expect(rest.map((hit: any) => hit.anime.title)).toContain('Shingeki no Kyojin Season 2');
  });

  it('ranks the exact title before its movie and sequels', async () => {
    expect((await titles('Cowboy Bebop')).slice(0, 2)).toEqual(['Cowboy Bebop', 'Cowboy Bebop: Tengoku no Tobira']);
    expect((await titles('clannad')).slice(0, 2)).toEqual(['Clannad', 'Clannad: After Story']);
  });

  it('matches a title by its beginning and tolerates swapped letters', async () => {
    expect((await titles('Sousou no'))[0]).toBe('Sousou no Frieren');
    expect((await titles('Naurto'))[0]).toBe('Naruto');
    expect((await titles('Tonari no Totoor'))[0]).toBe('Tonari no Totoro');
  });

  it('finds a title written in Japanese script', async () => {
    expect((await titles('進撃の巨人'))[0]).toBe('Shingeki no Kyojin');
  });

  it('applies the filter to the hits', async () => {
    expect(await titles('Cowboy Bebop', { type: ['MOVIE'] })).toEqual(['Cowboy Bebop: Tengoku no Tobira']);
    const recent = await titles('Shingeki no Kyojin', { year: { min: 2015 } });
    expect(recent[0]).toBe('Shingeki no Kyojin Season 2');
    expect(recent).not.toContain('Shingeki no Kyojin');
  });

  it('returns scores in descending order with their components, and the total', async () => {
    const { body } = await t.gql(SEARCH, { query: 'Fullmetal', first: 2 });
    const { hits, totalCount } = body.data.search;
    expect(hits).toHaveLength(2);
    expect(totalCount).toBeGreaterThanOrEqual(2);
    expect(hits[0].score).toBeGreaterThanOrEqual(hits[1].score);
    expect(hits[0].components.title).toBeGreaterThan(0.5);
  });

  it('answers an empty hit list, not an error, when nothing matches', async () => {
    const { body } = await t.gql(SEARCH, { query: 'zzqxv' });
    expect(body.errors).toBeUndefined();
    expect(body.data.search).toMatchObject({ hits: [], totalCount: 0 });
  });

  it('refuses control characters and overlong queries', async () => {
    for (const query of ['bebop\u0007', 'x'.repeat(2000)]) {
      const { body } = await t.gql(SEARCH, { query });
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});
