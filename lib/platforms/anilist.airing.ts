// AniList's airing schedule: when each episode of each show airs (Japanese broadcast, Unix seconds),
// read a page at a time. AniList documents only `hasNextPage` as reliable (total and lastPage are not).
import { z } from 'zod';
import type { AnswerRead } from './platform-http.js';
import { jsonBody, shaped } from './sourced.js';

/** AniList's largest page. */
export const AIRING_PER_PAGE = 50;
/** 1,000 entries: two busy weeks. A window that needs more is split by the caller. */
export const AIRING_MAX_PAGES = 20;

// ID after TIME keeps the order stable across pages when several episodes air in the same second.
export const AIRING_QUERY = `query AniGraphAiring($page: Int, $perPage: Int, $airingAt_greater: Int, $airingAt_lesser: Int) {
  Page(page: $page, perPage: $perPage) {
    pageInfo { total currentPage lastPage hasNextPage perPage }
    airingSchedules(airingAt_greater: $airingAt_greater, airingAt_lesser: $airingAt_lesser, sort: [TIME, ID]) {
      id airingAt timeUntilAiring episode mediaId
      media { id idMal title { romaji english native } siteUrl format status episodes isAdult }
    }
  }
}`;

const title = z.looseObject({ romaji: z.string().nullish(), english: z.string().nullish(), native: z.string().nullish() });

const schedule = z.looseObject({
  id: z.number(),
  airingAt: z.number(),
  episode: z.number(),
  mediaId: z.number(),
  media: z
    .looseObject({
      id: z.number(),
      idMal: z.number().nullish(),
      title: title.nullish(),
      siteUrl: z.string().nullish(),
      format: z.string().nullish(),
      status: z.string().nullish(),
      episodes: z.number().nullish(),
      isAdult: z.boolean().nullish(),
    })
    .nullish(),
});

const answer = z.looseObject({
  data: z
    .looseObject({
      Page: z
        .looseObject({
          pageInfo: z.looseObject({ hasNextPage: z.boolean() }),
          airingSchedules: z.array(schedule.nullable()),
        })
        .nullable(),
    })
    .nullable(),
  errors: z.array(z.looseObject({ message: z.string(), status: z.number().optional() })).optional(),
});

/** One episode's broadcast, as the client answers it. */
export interface AiringScheduleEntry {
  /** AniList's id of this airing. */
  id: number;
  /** When the episode airs in Japan. */
  airingAt: Date;
  episode: number;
  /** The show's AniList id. */
  mediaId: number;
  /** The show's MyAnimeList id, when AniList knows it. */
  idMal: number | null;
  title: { romaji: string | null; english: string | null; native: string | null };
  siteUrl: string | null;
  /** AniList's MediaFormat (TV, TV_SHORT, ONA, ...). */
  format: string | null;
  /** AniList's MediaStatus (RELEASING, FINISHED, ...). */
  status: string | null;
  /** The show's episode count, null while unknown; `episode === episodes` is the finale. */
  episodes: number | null;
  isAdult: boolean | null;
}

/** An entry as it is cached: JSON has no dates, so the time stays in AniList's Unix seconds. */
export type CachedAiring = Omit<AiringScheduleEntry, 'airingAt'> & { airingAt: number };

/**
 * AniList's bounds are exclusive; [from, to) in whole seconds is (ceil(from) - 1, ceil(to)), so
 * windows that meet (Mon-Tue, Tue-Wed) neither share nor lose the episode airing where they meet.
 */
export function airingWindow(from: Date, to: Date): { airingAt_greater: number; airingAt_lesser: number } {
  if (!(from.getTime() < to.getTime()))
    throw new RangeError(`An airing window must end after it starts (${from.toISOString()} .. ${to.toISOString()})`);
  return { airingAt_greater: Math.ceil(from.getTime() / 1000) - 1, airingAt_lesser: Math.ceil(to.getTime() / 1000) };
}

/** One page of the schedule; the last page allowed must also be the last page AniList has. */
export function readAiringPage(response: AnswerRead, lastAllowed: boolean): { entries: CachedAiring[]; hasNextPage: boolean } {
  const { data, errors } = shaped(response, answer, jsonBody(response));
  if (errors?.length || !data?.Page)
    throw response.fail('UPSTREAM_UNAVAILABLE', `refused the airing schedule query (${errors?.[0]?.message ?? response.status})`);
  const { pageInfo, airingSchedules } = data.Page;
  if (pageInfo.hasNextPage && lastAllowed)
    throw response.fail('UPSTREAM_UNAVAILABLE', `has more than ${AIRING_MAX_PAGES} pages of airing schedule for one window`);
  return { entries: airingSchedules.flatMap((s) => (s ? [entryOf(s)] : [])), hasNextPage: pageInfo.hasNextPage };
}

function entryOf({ id, airingAt, episode, mediaId, media }: z.infer<typeof schedule>): CachedAiring {
  return {
    id,
    airingAt,
    episode,
    mediaId,
    idMal: media?.idMal ?? null,
    title: { romaji: media?.title?.romaji ?? null, english: media?.title?.english ?? null, native: media?.title?.native ?? null },
    siteUrl: media?.siteUrl ?? null,
    format: media?.format ?? null,
    status: media?.status ?? null,
    episodes: media?.episodes ?? null,
    isAdult: media?.isAdult ?? null,
  };
}

/** Pages are separate requests and the schedule may change between them: one entry per id, in airing order. */
export function inAiringOrder(entries: CachedAiring[]): CachedAiring[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return [...byId.values()].sort((a, b) => a.airingAt - b.airingAt || a.id - b.id);
}

export function withDate(entry: CachedAiring): AiringScheduleEntry {
  return { ...entry, airingAt: new Date(entry.airingAt * 1000) };
}
