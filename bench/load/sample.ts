// What the load mix draws from, read before the load: every anime id as the server names it (paged
// through the API, so the ids are the served ones whatever rule makes them), the catalog's top tags,
// a fixed set of popular titles and the studios that filters name.
import { readFile } from 'node:fs/promises';
import type { GraphqlClient } from '../lib/graphql-client.js';
import { mulberry32 } from '../lib/queries.js';
import { shuffled } from '../lib/shuffle.js';

export interface LoadSample {
  /** Every served anime id, shuffled (seeded). */
  ids: string[];
  /** The most common tags, most common first. */
  tags: string[];
  /** The fixed titles that the repeated title searches cycle through. */
  titles: string[];
  /** Studios that make several anime. */
  studios: string[];
}

const PAGE = 100;
const TITLES = 20;
const TAGS = 80;
const STUDIOS = 30;

interface Entry {
  title?: unknown;
  sources?: unknown;
  studios?: unknown;
  type?: unknown;
}

export async function readSample(client: GraphqlClient, catalogPath: string, seed: number): Promise<LoadSample> {
  const random = mulberry32(seed);
  const ids = shuffled(await allIds(client), random);
  const { data } = await client.request<{ catalogStats: { topTags: { key: string }[] } }>(
    `{ catalogStats { topTags(first: ${TAGS}) { key } } }`,
  );
  const entries = ((JSON.parse(await readFile(catalogPath, 'utf8')) as { data?: Entry[] }).data ?? []).filter(
    (e): e is { title: string; sources: string[]; studios: string[]; type: string } =>
      typeof e.title === 'string' && Array.isArray(e.sources) && Array.isArray(e.studios),
  );
  // Popular titles: TV series that every site lists (seven sources), a seeded pick among them.
  const popular = entries.filter((e) => e.sources.length >= 7 && e.type === 'TV' && /^[\x20-\x7e]+$/.test(e.title));
  const titles = shuffled(popular, random)
    .slice(0, TITLES)
    .map((e) => e.title);
  const studioCounts = new Map<string, number>();
  for (const e of entries) for (const s of e.studios) studioCounts.set(s, (studioCounts.get(s) ?? 0) + 1);
  const studios = [...studioCounts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, STUDIOS)
    .map(([s]) => s);
  return { ids, tags: data.catalogStats.topTags.map((t) => t.key), titles, studios };
}

async function allIds(client: GraphqlClient): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    type Page = { animes: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { id: string }[] } };
    const { data }: { data: Page } = await client.request<Page>(
      `query Ids($after: String) { animes(first: ${PAGE}, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }`,
      { after },
    );
    ids.push(...data.animes.nodes.map((n) => n.id));
    if (!data.animes.pageInfo.hasNextPage || !data.animes.pageInfo.endCursor) return ids;
    after = data.animes.pageInfo.endCursor;
  }
}
