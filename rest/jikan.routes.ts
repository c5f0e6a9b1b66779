// GET /api/external/mal/*: MyAnimeList (through Jikan) lists as the `jikan` operations give them.
// REST pages by cursor: Jikan's page numbers are deprecated in the schema, and a page number cannot be
// turned into a cursor, so `page` is accepted only as 1 and `cursor` (a page_info.end_cursor) goes on.
import { z } from 'zod';
import {
  JikanRecentRecommendationsDocument,
  JikanSchedulesDocument,
  JikanSeasonDocument,
  JikanTopAnimeDocument,
} from '../gateway/operations.generated.js';
import { dataOf, metadata, parseParameters, queryBoolean, queryEnum, queryInt, snakeCase } from './compat.js';
import type { Route } from './route-match.js';

const MAL = [{ name: 'myanimelist', state: 'OK' }];
const ANIME_TYPES = ['TV', 'MOVIE', 'OVA', 'SPECIAL', 'ONA', 'MUSIC'] as const;

const paging = {
  page: z.literal('1').optional().describe('Only 1: later pages are reached with `cursor`.'),
  limit: queryInt(1, 25).default(25).describe('Anime per page, 1 to 25.'),
  cursor: z.string().min(1).max(200).optional().describe("The previous page's page_info.end_cursor."),
};
const PAGE_MESSAGE = 'page must be 1; for the next pages pass cursor=<page_info.end_cursor of the previous page>.';

const topParameters = z.strictObject({
  type: queryEnum(ANIME_TYPES).optional().describe('Only anime of this type.'),
  filter: queryEnum(['AIRING', 'UPCOMING', 'BYPOPULARITY', 'FAVORITE'] as const)
    .optional()
    .describe('Another top list than by score.'),
  rating: queryEnum(['G', 'PG', 'PG13', 'R17', 'R', 'RX'] as const)
    .optional()
    .describe('Only anime of this age rating.'),
  ...paging,
});

const seasonParameters = z.strictObject({
  year: queryInt(1917, 2100).describe('The year.'),
  season: queryEnum(['WINTER', 'SPRING', 'SUMMER', 'FALL'] as const).describe('winter, spring, summer or fall.'),
  filter: queryEnum(ANIME_TYPES).optional().describe('Only anime of this type.'),
  ...paging,
});

const schedulesParameters = z.strictObject({
  day: queryEnum(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY', 'UNKNOWN', 'OTHER'] as const)
    .optional()
    .describe('The broadcast day in Japan time; every day without.'),
  kids: queryBoolean.optional().describe('true: only the Kids demographic; false: none of it.'),
  sfw: queryBoolean.optional().describe('true: leave out adult entries.'),
  ...paging,
});

const recentParameters = z.strictObject({
  page: paging.page,
  limit: queryInt(1, 100).default(25).describe('Recommendations per page, 1 to 100.'),
  cursor: paging.cursor,
});

interface JikanPage<N> {
  totalCount: number | null;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes: N[];
}

function page<N>(connection: JikanPage<N>, correlationId: string, started: number) {
  return {
    items: snakeCase(connection.nodes),
    page_info: { has_next_page: connection.pageInfo.hasNextPage, end_cursor: connection.pageInfo.endCursor ?? null },
    total_count: connection.totalCount,
    metadata: metadata(correlationId, started, MAL),
  };
}

export const jikanTopRoute: Route = async (run, request, correlationId) => {
  const started = performance.now();
  const { type, filter, rating, limit, cursor } = parseParameters(topParameters, request, PAGE_MESSAGE);
  const result = await run(JikanTopAnimeDocument, { type, filter, rating, first: limit, after: cursor });
  return page(
    dataOf(result, (d) => d.jikan.topAnime, 'MyAnimeList has no such list.'),
    correlationId,
    started,
  );
};

export const jikanSeasonRoute: Route = async (run, request, correlationId) => {
  const started = performance.now();
  const { year, season, filter, limit, cursor } = parseParameters(seasonParameters, request, PAGE_MESSAGE);
  const result = await run(JikanSeasonDocument, { year, season, filter, first: limit, after: cursor });
  return page(
    dataOf(result, (d) => d.jikan.season, `MyAnimeList has no ${season} ${year} season.`),
    correlationId,
    started,
  );
};

export const jikanSchedulesRoute: Route = async (run, request, correlationId) => {
  const started = performance.now();
  const { day, kids, sfw, limit, cursor } = parseParameters(schedulesParameters, request, PAGE_MESSAGE);
  const result = await run(JikanSchedulesDocument, { day, kids, sfw, first: limit, after: cursor });
  return page(
    dataOf(result, (d) => d.jikan.schedules, 'MyAnimeList has no such schedule.'),
    correlationId,
    started,
  );
};

export const jikanRecentRecommendationsRoute: Route = async (run, request, correlationId) => {
  const started = performance.now();
  const { limit, cursor } = parseParameters(recentParameters, request, PAGE_MESSAGE);
  const result = await run(JikanRecentRecommendationsDocument, { first: limit, after: cursor });
  return page(
    dataOf(result, (d) => d.jikan.recentRecommendations, 'MyAnimeList has no recent recommendations.'),
    correlationId,
    started,
  );
};
