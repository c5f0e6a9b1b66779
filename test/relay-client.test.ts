// A frontend's pagination helper, unmodified: Apollo Client's InMemoryCache with relayStylePagination()
// pages `animes` and `search` to their end through the gateway with fetchMore, as a "load more" button does.
import { ApolloClient, gql, HttpLink, InMemoryCache, type TypedDocumentNode } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { filter, firstValueFrom } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALID_COUNT, writeFixtureCatalog } from './fixtures/catalog.fixture.js';
import { startTestApp, type TestApp } from './helpers/app.js';

let t: TestApp;
let client: ApolloClient;

beforeAll(async () => {
  const fixture = writeFixtureCatalog();
  t = await startTestApp({ ANIME_DB_PATH: fixture.catalogPath, ANIME_SYNOPSES_PATH: fixture.synopsesPath });
  await t.searchSettled();
  client = new ApolloClient({
    link: new HttpLink({ uri: t.app.url }),
    cache: new InMemoryCache({
      typePolicies: {
        Query: { fields: { animes: relayStylePagination(['filter']), search: relayStylePagination(['query', 'filter', 'mode']) } },
      },
    }),
  });
});
afterAll(() => t?.close());

interface Page<N> {
  totalCount: number;
  edges: { cursor: string; node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const ANIMES: TypedDocumentNode<
  { animes: Page<{ id: string; title: string }> },
  { first: number; after?: string | null; filter?: object }
> = gql`
  query PageAnimes($first: Int!, $after: String, $filter: AnimeFilter) {
    animes(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          id
          title
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const SEARCH: TypedDocumentNode<
  { search: Page<{ score: number; anime: { id: string } }> },
  { query: string; first: number; after?: string | null }
> = gql`
  query PageSearch($query: String!, $first: Int!, $after: String) {
    search(query: $query, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          score
          anime {
            id
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

/** Loads the first page, then fetchMore until hasNextPage is false; the cache's merged list at the end. */
async function pageToEnd<D, V extends object>(query: TypedDocumentNode<D, V>, variables: V, connection: (data: D) => Page<unknown>) {
  const observable = client.watchQuery({ query, variables });
  const settled = () => firstValueFrom(observable.pipe(filter((r) => !r.loading && r.data !== undefined)));
  let data = (await settled()).data as D;
  let requests = 1;
  while (connection(data).pageInfo.hasNextPage) {
    await observable.fetchMore({ variables: { after: connection(data).pageInfo.endCursor } as Partial<V> });
    data = observable.getCurrentResult().data as D;
    if (++requests > 100) throw new Error('paging did not end');
  }
  return { merged: connection(data), requests };
}

describe("Apollo Client's relayStylePagination, unmodified", () => {
  it('pages the whole catalog with fetchMore: every anime once, as many as totalCount', async () => {
    const { merged, requests } = await pageToEnd(ANIMES, { first: 3 }, (d) => d.animes);
    const ids = merged.edges.map((e) => (e.node as { id: string }).id);
    expect(merged.totalCount).toBe(VALID_COUNT);
    expect(ids).toHaveLength(merged.totalCount);
    expect(new Set(ids).size).toBe(ids.length);
    expect(requests).toBe(Math.ceil(VALID_COUNT / 3));
    expect(merged.pageInfo.hasNextPage).toBe(false);
  });

  it('pages a filtered listing apart from the whole one (the filter is part of the cache key)', async () => {
    const { merged } = await pageToEnd(ANIMES, { first: 2, filter: { type: ['MOVIE'] } }, (d) => d.animes);
    expect(merged.totalCount).toBeGreaterThan(0);
    expect(merged.totalCount).toBeLessThan(VALID_COUNT);
    expect(merged.edges).toHaveLength(merged.totalCount);
  });

  it('pages search results to the end: every hit once, as many as totalCount, best first', async () => {
    const { merged } = await pageToEnd(SEARCH, { query: 'action', first: 2 }, (d) => d.search);
    const hits = merged.edges.map((e) => e.node as { score: number; anime: { id: string } });
    expect(merged.totalCount).toBeGreaterThan(2);
    expect(hits).toHaveLength(merged.totalCount);
    expect(new Set(hits.map((h) => h.anime.id)).size).toBe(hits.length);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
