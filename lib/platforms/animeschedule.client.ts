// AnimeSchedule v3 (https://animeschedule.net/api/v3): an application token as bearer
// (ANIMESCHEDULE_TOKEN), 120 requests/min. Search pages hold 18 anime.
import { z } from 'zod';
import type { TieredCache } from '../cache/index.js';
import type { PlatformHttp } from './platform-http.js';
import { cached, readJson, type Sourced } from './sourced.js';

export const PAGE_SIZE = 18;
export const AIR_TYPES = ['raw', 'sub', 'dub', 'all'] as const;
export const SORTS = ['popularity', 'score', 'alphabetic', 'releaseDate'] as const;
export const AIRING_STATUSES = ['finished', 'ongoing', 'upcoming'] as const;
export const MAX_QUERY_LENGTH = 200;

const category = z.looseObject({ name: z.string(), route: z.string() });
const stream = z.looseObject({ platform: z.string().optional(), url: z.string(), name: z.string().optional() });
// Older answers give streams as { platform: url }, newer ones as [{ platform, url, name }].
const streams = z.union([z.array(stream), z.record(z.string(), z.string())]).optional();

export const scheduleAnime = z.looseObject({
  title: z.string(),
  route: z.string(),
  premier: z.string().nullish(),
  status: z.string().nullish(),
  episodes: z.number().nullish(),
  lengthMin: z.number().nullish(),
  genres: z.array(category).nullish(),
  studios: z.array(category).nullish(),
  sources: z.array(category).nullish(),
  mediaTypes: z.array(category).nullish(),
  imageVersionRoute: z.string().nullish(),
  stats: z
    .looseObject({ averageScore: z.number().nullish(), ratingCount: z.number().nullish(), trackedCount: z.number().nullish() })
    .nullish(),
  names: z
    .looseObject({
      romaji: z.string().nullish(),
      english: z.string().nullish(),
      native: z.string().nullish(),
      synonyms: z.array(z.string()).nullish(),
    })
    .nullish(),
  websites: z
    .looseObject({
      official: z.string().nullish(),
      mal: z.string().nullish(),
      aniList: z.string().nullish(),
      kitsu: z.string().nullish(),
      anidb: z.string().nullish(),
      streams,
    })
    .nullish(),
  description: z.string().nullish(),
});

export const timetableEntry = z.looseObject({
  title: z.string(),
  route: z.string(),
  romaji: z.string().optional(),
  english: z.string().optional(),
  native: z.string().optional(),
  delayedText: z.string().optional(),
  delayedFrom: z.string().nullish(),
  delayedUntil: z.string().nullish(),
  status: z.string().nullish(),
  episodeDate: z.string(),
  episodeNumber: z.number().nullish(),
  episodes: z.number().nullish(),
  lengthMin: z.number().nullish(),
  donghua: z.boolean().nullish(),
  airType: z.string(),
  mediaTypes: z.array(category).nullish(),
  imageVersionRoute: z.string().nullish(),
  streams,
  airingStatus: z.string().nullish(),
});

export type ScheduleAnime = z.infer<typeof scheduleAnime>;
export type TimetableEntry = z.infer<typeof timetableEntry>;

const searchPage = z.looseObject({ page: z.number(), totalAmount: z.number(), anime: z.array(scheduleAnime).nullable() });

export interface AnimeScheduleSearch {
  q?: string;
  /** How several values of one filter combine: all of them, or any. */
  mt?: 'all' | 'any';
  st?: (typeof SORTS)[number];
  genres?: string[];
  genresExclude?: string[];
  studios?: string[];
  sources?: string[];
  mediaTypes?: string[];
  airingStatuses?: string[];
  seasons?: string[];
  years?: number[];
  malIds?: number[];
}

export interface SearchPage {
  anime: ScheduleAnime[];
  /** Anime matching, in all pages. */
  total: number;
  hasNextPage: boolean;
}

export interface TimetableQuery {
  airType: (typeof AIR_TYPES)[number];
  /** ISO week and its year; both or neither (the current week). */
  week?: number;
  year?: number;
  /** IANA time zone the times are given in. */
  tz?: string;
}

export class AnimeScheduleClient {
  readonly source = 'ANIMESCHEDULE' as const;

  constructor(
    private readonly http: PlatformHttp,
    private readonly cache: TieredCache,
  ) {}

  /** One page of an anime search (AnimeSchedule's pages hold PAGE_SIZE anime); null past the last. */
  searchPage(search: AnimeScheduleSearch, page: number): Promise<Sourced<SearchPage | null>> {
    return cached(this.cache, this.source, `search:${JSON.stringify(search)}:${page}`, 'apiResponses', async () => {
      const body = await this.http.request({ path: '/anime', query: { ...searchQuery(search), page }, read: readJson(searchPage) });
      if (!body) return null;
      const total = body.totalAmount;
      return { anime: body.anime ?? [], total, hasNextPage: page * PAGE_SIZE < total };
    });
  }

  anime(slug: string): Promise<Sourced<ScheduleAnime | null>> {
    return cached(this.cache, this.source, `anime:${slug}`, 'animeDetails', () =>
      this.http.request({ path: `/anime/${encodeURIComponent(slug)}`, read: readJson(scheduleAnime) }),
    );
  }

  /** The anime whose MyAnimeList page is `malId` (AnimeSchedule's id filters also return a franchise's other entries). */
  async byMalId(malId: number): Promise<Sourced<ScheduleAnime | null>> {
    const found = await this.searchPage({ malIds: [malId] }, 1);
    const match = found.value?.anime.find((a) => malIdOf(a.websites?.mal) === malId) ?? null;
    return { ...found, value: match };
  }

  /** A week's episodes; an empty list for a week AnimeSchedule has no timetable for. */
  timetables(query: TimetableQuery): Promise<Sourced<TimetableEntry[]>> {
    const { airType, ...params } = query;
    return cached(this.cache, this.source, `timetables:${JSON.stringify(query)}`, 'schedules', async () => {
      const entries = await this.http.request({
        path: `/timetables/${airType}`,
        query: { ...params },
        read: readJson(z.array(timetableEntry)),
      });
      return entries ?? [];
    });
  }
}

function searchQuery(filters: AnimeScheduleSearch) {
  return {
    q: filters.q,
    mt: filters.mt,
    st: filters.st,
    genres: filters.genres,
    'genres-exclude': filters.genresExclude,
    studios: filters.studios,
    sources: filters.sources,
    'media-types': filters.mediaTypes,
    'airing-statuses': filters.airingStatuses,
    seasons: filters.seasons,
    years: filters.years,
    'mal-ids': filters.malIds,
  };
}

export interface ScheduleStream {
  /** AnimeSchedule's key for the site: crunchyroll, netflix, ... */
  platform: string;
  /** The site's display name, where AnimeSchedule gives one; else its key. */
  name: string;
  url: string;
}

/** Streams in either shape AnimeSchedule answers them ({ key: url } or [{ platform, url, name }]), with full URLs. */
export function streamsOf(streams: TimetableEntry['streams']): ScheduleStream[] {
  const list = Array.isArray(streams)
    ? streams.map((s) => ({ platform: s.platform ?? s.name ?? '', name: s.name ?? s.platform ?? '', url: s.url }))
    : Object.entries(streams ?? {}).map(([platform, url]) => ({ platform, name: platform, url }));
  return list.map((s) => ({ ...s, url: s.url.includes('://') ? s.url : `https://${s.url}` }));
}

/** AnimeSchedule writes "0001-01-01T00:00:00Z" for no date. */
export function dateOf(text: string | null | undefined): Date | null {
  if (!text) return null;
  const at = new Date(text);
  return Number.isNaN(at.getTime()) || at.getUTCFullYear() < 1970 ? null : at;
}

/** "anilist.co/anime/154587" (scheme-less, as AnimeSchedule writes it) -> 154587. */
export function aniListIdOf(url: string | null | undefined): number | undefined {
  const match = /anilist\.co\/anime\/(\d+)/.exec(url ?? '');
  return match ? Number(match[1]) : undefined;
}

/** "myanimelist.net/anime/21/One_Piece" (scheme-less, as AnimeSchedule writes it) -> 21. */
export function malIdOf(url: string | null | undefined): number | undefined {
  const match = /myanimelist\.net\/anime\/(\d+)/.exec(url ?? '');
  return match ? Number(match[1]) : undefined;
}
