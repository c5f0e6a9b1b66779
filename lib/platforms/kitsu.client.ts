// Kitsu's JSON:API (https://kitsu.app/api/edge, no key, no documented rate: paced gently).
import { z } from 'zod';
import type { TieredCache } from '../cache/index.js';
import type { AnswerRead, PlatformHttp } from './platform-http.js';
import { cached, peeked, readJson, type Sourced } from './sourced.js';

export const KITSU_HEADERS = { accept: 'application/vnd.api+json' };
/** Kitsu refuses pages of more than 20. */
const PAGE_LIMIT = 20;

const resource = z.looseObject({
  id: z.string(),
  type: z.string(),
  attributes: z.record(z.string(), z.unknown()).default({}),
  relationships: z.record(z.string(), z.looseObject({ data: z.unknown().optional() })).optional(),
});
const document = z.looseObject({ data: z.union([resource, z.array(resource)]).nullable(), included: z.array(resource).default([]) });
type Resource = z.infer<typeof resource>;

const animeAttributes = z.looseObject({
  canonicalTitle: z.string(),
  titles: z.record(z.string(), z.string().nullable()).nullish(),
  synopsis: z.string().nullish(),
  description: z.string().nullish(),
  averageRating: z.string().nullish(),
  userCount: z.number().nullish(),
  favoritesCount: z.number().nullish(),
  popularityRank: z.number().nullish(),
  ratingRank: z.number().nullish(),
  youtubeVideoId: z.string().nullish(),
  slug: z.string().nullish(),
  subtype: z.string().nullish(),
  status: z.string().nullish(),
  episodeCount: z.number().nullish(),
  startDate: z.string().nullish(),
});

export type KitsuAnime = z.infer<typeof animeAttributes> & { id: string };
export interface KitsuCharacter {
  id: string;
  name: string;
  role: string | null;
  image: string | null;
}
export interface KitsuStaff {
  id: string;
  name: string;
  role: string | null;
}
export interface KitsuStreamingLink {
  url: string;
  site: string | null;
  subs: string[];
  dubs: string[];
}

export class KitsuClient {
  readonly source = 'KITSU' as const;

  constructor(
    private readonly http: PlatformHttp,
    private readonly cache: TieredCache,
  ) {}

  anime(kitsuId: string): Promise<Sourced<KitsuAnime | null>> {
    return this.get(`anime:${kitsuId}`, 'animeDetails', `/anime/${encodeURIComponent(kitsuId)}`, {}, ({ data }, fail) => {
      const one = Array.isArray(data) ? data[0] : data;
      if (!one) return null;
      const attributes = animeAttributes.safeParse(one.attributes);
      if (!attributes.success)
        throw fail('UPSTREAM_UNAVAILABLE', `answered an anime without ${attributes.error.issues[0].path.join('.')}`, true);
      return { id: one.id, ...attributes.data };
    });
  }

  /** What `anime(kitsuId)` has cached; undefined when it has not been asked (never a request). */
  peekAnime(kitsuId: string): Promise<Sourced<KitsuAnime | null> | undefined> {
    return peeked(this.cache, this.source, `anime:${kitsuId}`, 'animeDetails');
  }

  /** What `idForMal(malId)` has cached; undefined when it has not been asked (never a request). */
  peekIdForMal(malId: number): Promise<Sourced<string | null> | undefined> {
    return peeked(this.cache, this.source, `mal:${malId}`, 'animeDetails');
  }

  /** Kitsu's id for a MyAnimeList id, through its mappings; null when Kitsu does not map it. */
  idForMal(malId: number): Promise<Sourced<string | null>> {
    const query = { 'filter[externalSite]': 'myanimelist/anime', 'filter[externalId]': malId, include: 'item' };
    return this.get(`mal:${malId}`, 'animeDetails', '/mappings', query, ({ data }) => {
      const mapping = (Array.isArray(data) ? data : []).find((m) => m.type === 'mappings');
      const item = mapping?.relationships?.item?.data as { type?: string; id?: string } | undefined;
      return item?.type === 'anime' && item.id ? item.id : null;
    });
  }

  characters(kitsuId: string): Promise<Sourced<KitsuCharacter[] | null>> {
    const query = { include: 'character', 'page[limit]': PAGE_LIMIT };
    return this.get(`characters:${kitsuId}`, 'animeDetails', `/anime/${encodeURIComponent(kitsuId)}/characters`, query, (body) =>
      rows(body).map((row) => {
        const character = related(body, row, 'character');
        return {
          id: character?.id ?? row.id,
          name: String(character?.attributes.canonicalName ?? character?.attributes.name ?? ''),
          role: (row.attributes.role as string | undefined) ?? null,
          image: ((character?.attributes.image as { original?: string } | null | undefined)?.original as string | undefined) ?? null,
        };
      }),
    );
  }

  staff(kitsuId: string): Promise<Sourced<KitsuStaff[] | null>> {
    const query = { include: 'person', 'page[limit]': PAGE_LIMIT };
    return this.get(`staff:${kitsuId}`, 'animeDetails', `/anime/${encodeURIComponent(kitsuId)}/staff`, query, (body) =>
      rows(body).map((row) => {
        const person = related(body, row, 'person');
        return {
          id: person?.id ?? row.id,
          name: String(person?.attributes.name ?? ''),
          role: (row.attributes.role as string | undefined) ?? null,
        };
      }),
    );
  }

  streamingLinks(kitsuId: string): Promise<Sourced<KitsuStreamingLink[] | null>> {
    const query = { include: 'streamer', 'page[limit]': PAGE_LIMIT };
    return this.get(`streaming:${kitsuId}`, 'streamingLinks', `/anime/${encodeURIComponent(kitsuId)}/streaming-links`, query, (body) =>
      rows(body).map((row) => ({
        url: String(row.attributes.url ?? ''),
        site: (related(body, row, 'streamer')?.attributes.siteName as string | undefined) ?? null,
        subs: (row.attributes.subs as string[] | undefined) ?? [],
        dubs: (row.attributes.dubs as string[] | undefined) ?? [],
      })),
    );
  }

  private get<T>(
    key: string,
    dataClass: 'animeDetails' | 'streamingLinks',
    path: string,
    query: Record<string, string | number>,
    pick: (body: z.infer<typeof document>, fail: AnswerRead['fail']) => T,
  ): Promise<Sourced<T | null>> {
    const read = (answer: AnswerRead) => {
      const body = readJson(document)(answer);
      return body === null ? null : pick(body, answer.fail);
    };
    return cached(this.cache, this.source, key, dataClass, () => this.http.request({ path, query, headers: KITSU_HEADERS, read }));
  }
}

function rows(body: z.infer<typeof document>): Resource[] {
  return Array.isArray(body.data) ? body.data : body.data ? [body.data] : [];
}

/** The included resource a row's relationship points at. */
function related(body: z.infer<typeof document>, row: Resource, relationship: string): Resource | undefined {
  const target = row.relationships?.[relationship]?.data as { type?: string; id?: string } | undefined;
  return target ? body.included.find((r) => r.type === target.type && r.id === target.id) : undefined;
}
