// Franchises: grouped from titles (and from the catalog's related-anime links where it has them),
// the main entry first when a query describes the work, one hit per franchise on request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../subgraphs/catalog/catalog/catalog.js';
import { Franchises } from '../subgraphs/catalog/search/franchise.js';
import { demoRelease, writeFixtureCatalog } from './fixtures/catalog.fixture.js';
import { startTestApp, type TestApp } from './helpers/app.js';

describe('franchise groups', () => {
  const release = demoRelease();
  const catalog = buildCatalog({ lastUpdate: release.lastUpdate, entries: release.data });
  const franchises = new Franchises(catalog);
  const titled = (title: string) => catalog.animes.find((a) => a.title === title)!;

  it('groups by title once season, film and subtitle markers are off, with the first TV series as main entry', () => {
    const bebop = franchises.of(titled('Cowboy Bebop'))!;
    expect(bebop.entries.map((a) => a.title)).toEqual(['Cowboy Bebop', 'Cowboy Bebop: Tengoku no Tobira']);
    expect(bebop.main.title).toBe('Cowboy Bebop');
    expect(franchises.of(titled('Cowboy Bebop: Tengoku no Tobira'))).toBe(bebop);
    expect(franchises.of(titled('Shingeki no Kyojin Season 2'))!.main.title).toBe('Shingeki no Kyojin');
    expect(franchises.of(titled('Fullmetal Alchemist: Brotherhood'))!.main.title).toBe('Fullmetal Alchemist');
    expect(franchises.of(titled('Clannad: After Story'))!.main.title).toBe('Clannad');
    // A work of one entry has none.
    expect(franchises.of(titled('Mushishi'))).toBeUndefined();
  });

  it("groups by the catalog's related-anime links too, and takes the first film when there is no TV series", () => {
    const entry = (title: string, type: string, year: number, id: number, related: number[] = []) => ({
      ...release.data[0],
      title,
      synonyms: [],
      type,
      animeSeason: { season: 'SPRING', year },
      sources: [`https://myanimelist.net/anime/${id}`],
      relatedAnime: related.map((r) => `https://myanimelist.net/anime/${r}`),
    });
    const linked = buildCatalog({
      lastUpdate: release.lastUpdate,
      entries: [
        entry('Kara no Kyoukai 2: Satsujin Kousatsu', 'MOVIE', 2007, 900002, [900001]),
        entry('Kara no Kyoukai 1: Fukan Fuukei', 'MOVIE', 2007, 900001),
        entry('The Garden of Sinners Recap', 'SPECIAL', 2006, 900003, [900001]),
        entry('Unrelated Work', 'TV', 2001, 900004),
      ],
    });
    const group = new Franchises(linked).of(linked.animes.find((a) => a.title.startsWith('The Garden'))!)!;
    expect(group.entries.map((a) => a.sources[0].split('/').pop()).sort()).toEqual(['900001', '900002', '900003']);
    // No TV series: the first film (of 2007, before the other of 2007 by catalog order).
    expect(group.main.type).toBe('MOVIE');
    expect(group.main.year).toBe(2007);
  });
});

describe('the main entry first, through the API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ANIME_DB_PATH: writeFixtureCatalog().catalogPath });
    await t.searchSettled();
  });
  afterAll(async () => {
    await t?.close();
  });
  const titles = async (query: string, collapse = false) => {
    const { body } = await t.gql(
      'query($q: String!, $c: Boolean!) { search(query: $q, first: 10, mode: LEXICAL, collapseFranchise: $c) { hits { anime { title } franchiseMatches { anime { title } } } } }',
      { q: query, c: collapse },
    );
    expect(body.errors).toBeUndefined();
    return body.data.search.hits as { anime: { title: string }; franchiseMatches: { anime: { title: string } }[] }[];
  };

  it('puts the series above its film for words about the story, and keeps the film first when the query names it', async () => {
    // The film has both tags, the series only one: by the words alone the film ranks first.
    const described = (await titles('crime mystery space')).map((h) => h.anime.title);
    expect(described.indexOf('Cowboy Bebop')).toBeLessThan(described.indexOf('Cowboy Bebop: Tengoku no Tobira'));
    const named = (await titles('tengoku no tobira')).map((h) => h.anime.title);
    expect(named[0]).toBe('Cowboy Bebop: Tengoku no Tobira');
    const film = (await titles('cowboy bebop movie')).map((h) => h.anime.title);
    expect(film[0]).toBe('Cowboy Bebop: Tengoku no Tobira');
  });

  it('answers one hit per franchise with collapseFranchise, the other entries under it', async () => {
    const hits = await titles('cowboy bebop', true);
    expect(hits.filter((h) => h.anime.title.startsWith('Cowboy Bebop'))).toEqual([
      { anime: { title: 'Cowboy Bebop' }, franchiseMatches: [{ anime: { title: 'Cowboy Bebop: Tengoku no Tobira' } }] },
    ]);
    const { body } = await t.gql(
      '{ anime(id: "mal-5") { franchise { id size main { title } entries(first: 1) { nodes { title } pageInfo { hasNextPage } } } } }',
    );
    expect(body.data.anime.franchise).toEqual({
      id: 'franchise-mal-1',
      size: 2,
      main: { title: 'Cowboy Bebop' },
      entries: { nodes: [{ title: 'Cowboy Bebop' }], pageInfo: { hasNextPage: true } },
    });
  });
});
