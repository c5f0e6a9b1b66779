// GET /api/external/mal/*: MyAnimeList (through Jikan) lists as the `jikan` operations give them.
// REST pages by cursor: Jikan's page numbers are deprecated in the schema, and a page number cannot be
// turned into a cursor, so `page` is accepted only as 1 and `cursor` (a page_info.end_cursor) goes on.
import { z } from 'zod';
import {
  JikanRecentRecommendationsDocument,
  JikanSchedulesDocument,
  JikanSeasonDocument,
  JikanTopAnimeDocument,
} from '../lib/operations.generated.js';
import { dataOf, pageOf, queryBoolean, queryEnum, queryInt } from './compat.js';
import { pageSchema } from './openapi/response-schema.js';
import { defineRoute } from './route.js';

const MAL = [{ name: 'myanimelist', state: 'OK' }];
const TAG = 'MyAnimeList';
const ANIME_TYPES = ['TV', 'MOVIE', 'OVA', 'SPECIAL', 'ONA', 'MUSIC'] as const;

const paging = {
  page: z.literal('1').optional().describe('Only 1: later pages are reached with `cursor`.'),
  limit: queryInt(1, 25).default(25).describe('Anime per page, 1 to 25.'),
  cursor: z.string().min(1).max(200).optional().describe("The previous page's page_info.end_cursor."),
};
const PAGE_MESSAGE = 'page must be 1; for the next pages pass cursor=<page_info.end_cursor of the previous page>.';
const sfw = queryBoolean.optional().describe('true: leave out adult entries.');
const unapproved = queryBoolean.optional().describe('true: also the entries MyAnimeList has not approved yet.');

export const jikanTopRoute = defineRoute({
  method: 'GET',
  path: '/api/external/mal/top',
  tag: TAG,
  summary: "MyAnimeList's top anime",
  description: 'By score, unless `filter` asks for another list. Paged by cursor.',
  query: z.strictObject({
    type: queryEnum(ANIME_TYPES).optional().describe('Only anime of this type.'),
    filter: queryEnum(['AIRING', 'UPCOMING', 'BYPOPULARITY', 'FAVORITE'] as const)
      .optional()
      .describe('Another top list than by score.'),
    rating: queryEnum(['G', 'PG', 'PG13', 'R17', 'R', 'RX'] as const)
      .optional()
      .describe('Only anime of this age rating.'),
    sfw,
    ...paging,
  }),
  pageMessage: PAGE_MESSAGE,
  response: ({ selection }) => pageSchema(selection(JikanTopAnimeDocument, 'jikan.topAnime.nodes')),
  async handle(run, { query: { type, filter, rating, sfw, limit, cursor }, correlationId, started }) {
    const result = await run(JikanTopAnimeDocument, { type, filter, rating, sfw, first: limit, after: cursor });
    return pageOf(
      dataOf(result, (d) => d.jikan.topAnime, 'MyAnimeList has no such list.'),
      { correlationId, started, sources: MAL },
    );
  },
});

export const jikanSeasonRoute = defineRoute({
  method: 'GET',
  path: '/api/external/mal/seasons/{year}/{season}',
  tag: TAG,
  summary: 'The anime of a season on MyAnimeList',
  description: 'As MyAnimeList files them. Paged by cursor.',
  params: z.strictObject({
    year: queryInt(1917, 2100).describe('The year.'),
    season: queryEnum(['WINTER', 'SPRING', 'SUMMER', 'FALL'] as const).describe('winter, spring, summer or fall.'),
  }),
  query: z.strictObject({
    filter: queryEnum(ANIME_TYPES).optional().describe('Only anime of this type.'),
    sfw,
    continuing: queryBoolean.optional().describe('true: also the anime continuing from earlier seasons.'),
    unapproved,
    ...paging,
  }),
  pageMessage: PAGE_MESSAGE,
  response: ({ selection }) => pageSchema(selection(JikanSeasonDocument, 'jikan.season.nodes')),
  async handle(run, { params: { year, season }, query: { filter, sfw, continuing, unapproved, limit, cursor }, correlationId, started }) {
    const result = await run(JikanSeasonDocument, { year, season, filter, sfw, continuing, unapproved, first: limit, after: cursor });
    return pageOf(
      dataOf(result, (d) => d.jikan.season, `MyAnimeList has no ${season} ${year} season.`),
      { correlationId, started, sources: MAL },
    );
  },
});

export const jikanSchedulesRoute = defineRoute({
  method: 'GET',
  path: '/api/external/mal/schedules',
  tag: TAG,
  summary: "MyAnimeList's broadcast schedule",
  description: 'The anime airing on a day of the week, in Japan time. Paged by cursor.',
  query: z.strictObject({
    day: queryEnum(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY', 'UNKNOWN', 'OTHER'] as const)
      .optional()
      .describe('The broadcast day in Japan time; every day without.'),
    kids: queryBoolean.optional().describe('true: only the Kids demographic; false: none of it.'),
    sfw,
    unapproved,
    ...paging,
  }),
  pageMessage: PAGE_MESSAGE,
  response: ({ selection }) => pageSchema(selection(JikanSchedulesDocument, 'jikan.schedules.nodes')),
  async handle(run, { query: { day, kids, sfw, unapproved, limit, cursor }, correlationId, started }) {
    const result = await run(JikanSchedulesDocument, { day, kids, sfw, unapproved, first: limit, after: cursor });
    return pageOf(
      dataOf(result, (d) => d.jikan.schedules, 'MyAnimeList has no such schedule.'),
      { correlationId, started, sources: MAL },
    );
  },
});

export const jikanRecentRecommendationsRoute = defineRoute({
  method: 'GET',
  path: '/api/external/mal/recommendations/recent',
  tag: TAG,
  summary: "MyAnimeList users' latest recommendations",
  description: 'Newest first. Paged by cursor.',
  query: z.strictObject({
    page: paging.page,
    limit: queryInt(1, 100).default(25).describe('Recommendations per page, 1 to 100.'),
    cursor: paging.cursor,
  }),
  pageMessage: PAGE_MESSAGE,
  response: ({ selection }) => pageSchema(selection(JikanRecentRecommendationsDocument, 'jikan.recentRecommendations.nodes')),
  async handle(run, { query: { limit, cursor }, correlationId, started }) {
    const result = await run(JikanRecentRecommendationsDocument, { first: limit, after: cursor });
    return pageOf(
      dataOf(result, (d) => d.jikan.recentRecommendations, 'MyAnimeList has no recent recommendations.'),
      { correlationId, started, sources: MAL },
    );
  },
});
