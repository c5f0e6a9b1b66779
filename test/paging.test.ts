// Every connection pages to its end: each item once, as many as totalCount, the last page says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALID_COUNT, writeFixtureCatalog } from './fixtures/catalog.fixture.js';
import { startTestApp, type TestApp } from './helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ ANIME_DB_PATH: writeFixtureCatalog().catalogPath });
  await t.searchSettled();
});
afterAll(() => t.close());

interface Page {
  totalCount: number;
  ids: string[];
  cursors: string[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** search's short form of the next page's cursor. */
  next?: string | null;
  /** animes: each anime's catalog score. */
  scores?: (number | null)[];
}

const ANIMES = `query Animes($first: Int, $after: String, $filter: AnimeFilter, $orderBy: AnimeOrder) {
  animes(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id score { arithmeticGeometricMean } } }
  }
}`;

const SEARCH = `query Search($query: String!, $first: Int, $after: String) {
  search(query: $query, first: $first, after: $after) {
    totalCount
    endCursor
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { anime { id } } }
    hits { anime { id } }
  }
}`;

async function animesPage(variables: Record<string, unknown>): Promise<Page> {
  const { body } = await t.gql(ANIMES, variables);
  expect(body.errors).toBeUndefined();
  const { totalCount, pageInfo, edges } = body.data.animes;
  return {
    totalCount,
    pageInfo,
    ids: edges.map((e: any) => e.node.id),
    cursors: edges.map((e: any) => e.cursor),
    scores: edges.map((e: any) => e.node.score?.arithmeticGeometricMean ?? null),
  };
}

async function searchPage(variables: Record<string, unknown>): Promise<Page> {
  const { body } = await t.gql(SEARCH, variables);
  expect(body.errors).toBeUndefined();
  const { totalCount, pageInfo, edges, hits, endCursor } = body.data.search;
  expect(hits.map((h: any) => h.anime.id)).toEqual(edges.map((e: any) => e.node.anime.id));
  return { totalCount, pageInfo, next: endCursor, ids: edges.map((e: any) => e.node.anime.id), cursors: edges.map((e: any) => e.cursor) };
}

/** Follows endCursor while hasNextPage, as a client does; fails on a page that never ends. */
async function pageToTheEnd(fetch: (after: string | null) => Promise<Page>) {
  const pages: Page[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const page = await fetch(after);
    pages.push(page);
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    expect(page.pageInfo.startCursor).toBe(page.cursors[0] ?? null);
    expect(page.pageInfo.endCursor).toBe(page.cursors.at(-1) ?? null);
    if (!page.pageInfo.hasNextPage) {
      // After the last item there is nothing: an empty page that says it is the last.
      const beyond = await fetch(page.pageInfo.endCursor);
      expect(beyond.ids).toEqual([]);
      expect(beyond.pageInfo).toMatchObject({ hasNextPage: false, endCursor: null });
      return { pages, ids: pages.flatMap((p) => p.ids) };
    }
    after = page.pageInfo.endCursor;
  }
  throw new Error('the connection never reached its last page');
}

describe('paging', () => {
  it('pages the whole catalog with `animes`, each anime once, as many as totalCount', async () => {
    const { pages, ids } = await pageToTheEnd((after) => animesPage({ first: 7, after }));
    expect(ids).toHaveLength(VALID_COUNT);
    expect(new Set(ids).size).toBe(VALID_COUNT);
    expect(pages.every((p) => p.totalCount === VALID_COUNT)).toBe(true);
  });

  it('pages a filtered `animes` list to its end', async () => {
    const filter = { type: ['TV'] };
    const { pages, ids } = await pageToTheEnd((after) => animesPage({ first: 4, after, filter }));
    expect(ids.length).toBe(pages[0].totalCount);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(4);
  });

  it('pages `animes` best score first with orderBy: SCORE, the unscored last, each anime once', async () => {
    const { pages, ids } = await pageToTheEnd((after) => animesPage({ first: 5, after, orderBy: 'SCORE' }));
    expect(ids).toHaveLength(VALID_COUNT);
    expect(new Set(ids).size).toBe(VALID_COUNT);
    const scores = pages.flatMap((p) => p.scores!);
    const scored = scores.filter((s): s is number => s !== null);
    expect(scored).toEqual([...scored].sort((a, b) => b - a));
    expect(scores.slice(scored.length).every((s) => s === null)).toBe(true);
    const byTitle = await animesPage({ first: VALID_COUNT });
    expect(byTitle.ids).not.toEqual(ids);
  });

  it('pages `search` to its end: every hit it counts can be reached, and the last page has no next cursor', async () => {
    const first = await searchPage({ query: 'school', first: 3 });
    expect(first.totalCount).toBeGreaterThan(6);
    const { pages, ids } = await pageToTheEnd((after) => searchPage({ query: 'school', first: 3, after }));
    expect(ids).toHaveLength(first.totalCount);
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages.slice(0, -1).every((p) => p.next === p.pageInfo.endCursor)).toBe(true);
    expect(pages.at(-1)!.next).toBeNull();
  });

  it('refuses a cursor it did not issue', async () => {
    const { body } = await t.gql(SEARCH, { query: 'bebop', after: 'bm90LWEtY3Vyc29y' });
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});
