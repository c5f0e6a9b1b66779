// What the schedules subgraph asks the catalog, through the catalog's own API: the AniGraph ids of
// anime known by their MyAnimeList or AniList ids, the anime a title names, and which anime a filter
// keeps. Answers are kept for an hour: a catalog changes weekly.
import { LRUCache } from 'lru-cache';
import type { AnimeFilter } from '../../../lib/anime-filter.input.js';
import { GraphQLError } from 'graphql';
import { BadUserInputError, errorExtensions } from '../../../lib/errors.js';
import { SubgraphRequestError, type SubgraphClient } from '../../../lib/subgraph-client.js';
import type { PlatformRefs } from './airing.js';

/** The most ids the catalog takes in one call (its MAX_PAGE_SIZE default). */
const BATCH = 100;
/** Title searches run side by side. */
const TITLES_AT_ONCE = 8;

const IDS_BY_SOURCE = `query ScheduleAnimeIds($mal: [String!]!, $anilist: [String!]!) {
  mal: animesBySource(platform: MYANIMELIST, ids: $mal) { id }
  anilist: animesBySource(platform: ANILIST, ids: $anilist) { id }
}`;
const BY_TITLE = `query ScheduleAnimeByTitle($title: String!) {
  search(query: $title, first: 1, mode: LEXICAL) { hits { anime { id title synonyms } } }
}`;
const MATCHING = `query ScheduleAnimeMatching($ids: [ID!]!, $filter: AnimeFilter) { animesByIds(ids: $ids, filter: $filter) { id } }`;

type Ref = `mal:${number}` | `anilist:${number}`;

export class CatalogLookup {
  private readonly ids = new LRUCache<string, { id: string | null }>({ max: 50_000, ttl: 3600_000 });

  constructor(private readonly catalog: SubgraphClient) {}

  /** Learns the AniGraph ids behind these refs (and titles, for refs without platform ids). */
  async learn(anime: readonly { refs: PlatformRefs; title: string }[]): Promise<void> {
    const mal = unique(anime.map((a) => a.refs.mal).filter((id): id is number => !!id && !this.ids.has(`mal:${id}`)));
    const anilist = unique(anime.map((a) => a.refs.anilist).filter((id): id is number => !!id && !this.ids.has(`anilist:${id}`)));
    for (let i = 0; i < Math.max(mal.length, anilist.length); i += BATCH) {
      const [m, a] = [mal.slice(i, i + BATCH), anilist.slice(i, i + BATCH)];
      const answer = await this.ask<{ mal: ({ id: string } | null)[]; anilist: ({ id: string } | null)[] }>(IDS_BY_SOURCE, {
        mal: m.map(String),
        anilist: a.map(String),
      });
      m.forEach((id, k) => this.ids.set(`mal:${id}`, { id: answer.mal[k]?.id ?? null }));
      a.forEach((id, k) => this.ids.set(`anilist:${id}`, { id: answer.anilist[k]?.id ?? null }));
    }
    const titled = unique(anime.filter((a) => !a.refs.mal && !a.refs.anilist).map((a) => a.title)).filter(
      (t) => !this.ids.has(`title:${t}`),
    );
    // A few at a time: each is one search of the catalog.
    for (let i = 0; i < titled.length; i += TITLES_AT_ONCE) {
      const batch = titled.slice(i, i + TITLES_AT_ONCE);
      const ids = await Promise.all(batch.map((title) => this.byTitle(title)));
      batch.forEach((title, k) => this.ids.set(`title:${title}`, { id: ids[k] }));
    }
  }

  /** The AniGraph id of an anime learnt before; null when the catalog does not have it or it was not learnt. */
  animeIdOf(refs: PlatformRefs, title: string): string | null {
    const keys: string[] = [];
    if (refs.mal) keys.push(`mal:${refs.mal}` satisfies Ref);
    if (refs.anilist) keys.push(`anilist:${refs.anilist}` satisfies Ref);
    if (!keys.length) keys.push(`title:${title}`);
    for (const key of keys) {
      const known = this.ids.get(key)?.id;
      if (known) return known;
    }
    return null;
  }

  /** Of these AniGraph ids, the ones whose anime `filter` keeps. */
  async matching(ids: readonly string[], filter: AnimeFilter): Promise<Set<string>> {
    const kept = new Set<string>();
    const all = unique(ids);
    for (let i = 0; i < all.length; i += BATCH) {
      const answer = await this.ask<{ animesByIds: ({ id: string } | null)[] }>(MATCHING, { ids: all.slice(i, i + BATCH), filter });
      for (const anime of answer.animesByIds) if (anime) kept.add(anime.id);
    }
    return kept;
  }

  /** Refuses a filter the catalog would refuse (a range whose min is above its max), with its words. */
  async validate(filter: AnimeFilter): Promise<void> {
    await this.ask(MATCHING, { ids: [], filter });
  }

  /**
   * Runs an operation on the catalog: what it refuses (a filter's reversed range) is the caller's
   * BAD_USER_INPUT, in its words; a catalog that cannot answer is DOWNSTREAM_SERVICE_ERROR.
   */
  private async ask<T>(document: string, variables: Record<string, unknown>): Promise<T> {
    try {
      return await this.catalog<T>(document, variables);
    } catch (error) {
      const refused = error instanceof SubgraphRequestError && error.errors.find((e) => e.extensions?.code === 'BAD_USER_INPUT');
      if (refused) throw new BadUserInputError(refused.message, String(refused.extensions?.argument ?? 'filter'));
      throw new GraphQLError(`The catalog could not be asked which anime these are (${(error as Error).message}).`, {
        extensions: errorExtensions('DOWNSTREAM_SERVICE_ERROR', { serviceName: 'catalog' }),
      });
    }
  }

  /** The anime named exactly `title` (its title or a synonym, case and spacing aside). */
  private async byTitle(title: string): Promise<string | null> {
    const answer = await this.ask<{ search: { hits: { anime: { id: string; title: string; synonyms: string[] } }[] } }>(BY_TITLE, {
      title,
    });
    const anime = answer.search.hits[0]?.anime;
    const name = normalized(title);
    return anime && [anime.title, ...anime.synonyms].some((n) => normalized(n) === name) ? anime.id : null;
  }
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];
const normalized = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
