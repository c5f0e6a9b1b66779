import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validEntries, writeFixtureCatalog } from './fixtures/catalog.fixture.js';
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

describe("a query that is an anime's name", () => {
  // For each name, a spin-off that mentions it again and again and carries its words in its own
  // title, as parodies and chibi shorts do: lexically it outscores the anime that bears the name.
  const NAMES = [
    { name: 'Attack on Titan', id: 'mal-16498' },
    { name: 'Cowboy Bebop', id: 'mal-1' },
    { name: 'Spirited Away', id: 'mal-199' },
  ];
  const decoys = NAMES.map(({ name }, i) => ({
    ...validEntries()[0],
    sources: [`https://myanimelist.net/anime/${990001 + i}`],
    title: `${name.split(' ')[0]}! ${name.split(' ').slice(1).join(' ')} Gakuen`,
    synonyms: [`${name}: Chibi Theater`],
    type: 'TV',
    relatedAnime: [],
    tags: ['comedy', 'parody'],
  }));
  const synopses = Object.fromEntries(
    NAMES.map(({ name }, i) => [
      String(990001 + i),
      `A parody of ${name}. ${name} characters in school. ${name}, ${name} and more ${name} jokes.`,
    ]),
  );
  let exact: TestApp;
  beforeAll(async () => {
    const files = writeFixtureCatalog({ entries: decoys, synopses });
    exact = await startTestApp({ ANIME_DB_PATH: files.catalogPath, ANIME_SYNOPSES_PATH: files.synopsesPath });
    await exact.searchSettled();
  });
  afterAll(() => exact.close());

  it.each(['HYBRID', 'LEXICAL'])(
    'ranks the anime with that exact title or synonym first, before anime that only mention it (%s)',
    async (mode) => {
      for (const { name, id } of NAMES) {
        for (const query of [name, name.toLowerCase(), `${name.toUpperCase()}!`]) {
          const { body } = await exact.gql(
            'query($q: String!, $m: SearchMode) { search(query: $q, mode: $m, first: 3) { hits { anime { id title } } } }',
            {
              q: query,
              m: mode,
            },
          );
          expect(body.data.search.hits[0].anime.id, `${query} (${mode})`).toBe(id);
        }
      }
    },
  );
});
