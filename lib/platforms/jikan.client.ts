// MyAnimeList through Jikan v4 (https://api.jikan.moe/v4, no key; 3 requests/s and 60/min).
import type { TieredCache } from '../cache/index.js';
import {
  envelope,
  jikanAnime,
  jikanAnimeFull,
  jikanCharacters,
  jikanGenres,
  jikanRecentRecommendations,
  jikanRecommendations,
  jikanStaff,
  page,
  type JikanAnime,
  type JikanAnimeFull,
  type JikanPagination,
} from './jikan.schemas.js';
import type { PlatformHttp } from './platform-http.js';
import { cached, fromOrigin, peeked, readJson, type Sourced } from './sourced.js';
import { z } from 'zod';

export const TOP_FILTERS = ['airing', 'upcoming', 'bypopularity', 'favorite'] as const;
export const RATINGS = ['g', 'pg', 'pg13', 'r17', 'r', 'rx'] as const;
export const ANIME_TYPES = ['tv', 'movie', 'ova', 'special', 'ona', 'music'] as const;
export const SCHEDULE_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'unknown', 'other'] as const;
export const GENRE_FILTERS = ['genres', 'explicit_genres', 'themes', 'demographics'] as const;
export const SEASONS = ['winter', 'spring', 'summer', 'fall'] as const;
/** Jikan answers at most this many items per page. */
export const JIKAN_MAX_LIMIT = 25;

export interface Paged<T> {
  items: T[];
  pagination: JikanPagination;
}

export interface TopAnimeQuery {
  type?: (typeof ANIME_TYPES)[number];
  filter?: (typeof TOP_FILTERS)[number];
  rating?: (typeof RATINGS)[number];
  sfw?: boolean;
  page?: number;
  limit?: number;
}

export interface ScheduleQuery {
  day?: (typeof SCHEDULE_DAYS)[number];
  kids?: boolean;
  sfw?: boolean;
  /** Also the entries MyAnimeList has not approved yet (Jikan's `unapproved` flag, sent as `unapproved=true`). */
  unapproved?: boolean;
  page?: number;
  limit?: number;
}

export interface SeasonQuery {
  year: number;
  season: (typeof SEASONS)[number];
  filter?: (typeof ANIME_TYPES)[number];
  sfw?: boolean;
  /** Also the entries MyAnimeList has not approved yet (Jikan's `unapproved` flag, sent as `unapproved=true`). */
  unapproved?: boolean;
  continuing?: boolean;
  page?: number;
  limit?: number;
}

const animePage = page(z.array(jikanAnime));

export class JikanClient {
  readonly source = 'MYANIMELIST' as const;

  constructor(
    private readonly http: PlatformHttp,
    private readonly cache: TieredCache,
  ) {}

  /** `/anime/{id}/full`; null when MyAnimeList has no such anime. */
  anime(malId: number) {
    return this.get(`anime:${malId}`, 'animeDetails', `/anime/${malId}/full`, envelope(jikanAnimeFull), (b) => b.data);
  }

  /** What `anime(malId)` has cached; undefined when it has not been asked (never a request). */
  peekAnime(malId: number): Promise<Sourced<JikanAnimeFull | null> | undefined> {
    return peeked(this.cache, this.source, `anime:${malId}`, 'animeDetails');
  }

  characters(malId: number) {
    return this.get(`characters:${malId}`, 'animeDetails', `/anime/${malId}/characters`, envelope(jikanCharacters), (b) => b.data);
  }

  staff(malId: number) {
    return this.get(`staff:${malId}`, 'animeDetails', `/anime/${malId}/staff`, envelope(jikanStaff), (b) => b.data);
  }

  recommendations(malId: number) {
    return this.get(
      `recommendations:${malId}`,
      'apiResponses',
      `/anime/${malId}/recommendations`,
      envelope(jikanRecommendations),
      (b) => b.data,
    );
  }

  streaming(malId: number) {
    const links = z.array(z.looseObject({ name: z.string(), url: z.string() }));
    return this.get(`streaming:${malId}`, 'streamingLinks', `/anime/${malId}/streaming`, envelope(links), (b) => b.data);
  }

  topAnime(query: TopAnimeQuery): Promise<Sourced<Paged<JikanAnime> | null>> {
    return this.get(`top:${JSON.stringify(query)}`, 'apiResponses', '/top/anime', animePage, paged, query);
  }

  /** Differs on every call: neither cached nor shared between concurrent callers. */
  async randomAnime(): Promise<Sourced<JikanAnime | null>> {
    const started = performance.now();
    const body = await this.http.request({ path: '/random/anime', read: readJson(envelope(jikanAnime)), dedupe: false });
    return fromOrigin(this.source, body?.data ?? null, started);
  }

  schedules(query: ScheduleQuery): Promise<Sourced<Paged<JikanAnime> | null>> {
    const { day, ...rest } = query;
    return this.get(`schedules:${JSON.stringify(query)}`, 'schedules', '/schedules', animePage, paged, { filter: day, ...rest });
  }

  genres(filter?: (typeof GENRE_FILTERS)[number]) {
    return this.get(`genres:${filter ?? ''}`, 'apiResponses', '/genres/anime', envelope(jikanGenres), (b) => b.data, { filter });
  }

  season(query: SeasonQuery): Promise<Sourced<Paged<JikanAnime> | null>> {
    const { year, season, ...rest } = query;
    return this.get(`season:${JSON.stringify(query)}`, 'apiResponses', `/seasons/${year}/${season}`, animePage, paged, rest);
  }

  recentRecommendations(pageNumber?: number) {
    const schema = page(jikanRecentRecommendations);
    return this.get(`recent-recommendations:${pageNumber ?? 1}`, 'apiResponses', '/recommendations/anime', schema, paged, {
      page: pageNumber,
    });
  }

  private get<S extends z.ZodType, T>(
    key: string,
    dataClass: 'animeDetails' | 'apiResponses' | 'schedules' | 'streamingLinks',
    path: string,
    schema: S,
    pick: (body: z.infer<S>) => T,
    query?: object,
  ): Promise<Sourced<T | null>> {
    return cached(this.cache, this.source, key, dataClass, async () => {
      const body = await this.http.request({
        path,
        query: query as Record<string, string | number | boolean | undefined>,
        read: readJson(schema),
      });
      return body === null ? null : pick(body);
    });
  }
}

function paged<T>(body: { data: T[]; pagination: JikanPagination }): Paged<T> {
  return { items: body.data, pagination: body.pagination };
}
