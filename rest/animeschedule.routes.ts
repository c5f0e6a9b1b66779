// GET /api/external/animeschedule/*: AnimeSchedule's anime search, one anime by slug, and the weekly
// timetables, as the `animeSchedule` operations give them. Lists in the query string are
// comma-separated (`genres=action,drama`); the search pages by cursor like MyAnimeList's lists.
import { z } from 'zod';
import { AnimeScheduleAnimeDocument, AnimeScheduleSearchDocument, AnimeScheduleTimetablesDocument } from '../lib/operations.generated.js';
import { dataOf, metadata, pageOf, queryEnum, queryInt, queryList } from './compat.js';
import { keyedSchema, pageSchema } from './openapi/response-schema.js';
import { defineRoute } from './route.js';
import { snakeCase } from '../lib/selection-schema.js';

const ANIMESCHEDULE = [{ name: 'animeschedule', state: 'OK' }];
const TAG = 'AnimeSchedule';
const PAGE_MESSAGE = 'page must be 1; for the next pages pass cursor=<page_info.end_cursor of the previous page>.';
const name = z.string().trim().min(1).max(100);

export const animeScheduleSearchRoute = defineRoute({
  method: 'GET',
  path: '/api/external/animeschedule/anime',
  tag: TAG,
  summary: "AnimeSchedule's anime search",
  description: 'By title and filters, in the order of `sort`. Paged by cursor. Needs ANIMESCHEDULE_TOKEN on the server (else 502).',
  query: z.strictObject({
    title: z.string().trim().min(1).max(200).optional().describe('Text to look for in the names.'),
    airing_status: queryList(queryEnum(['FINISHED', 'ONGOING', 'UPCOMING'] as const), 3)
      .optional()
      .describe('finished, ongoing and/or upcoming, comma-separated.'),
    season: queryEnum(['WINTER', 'SPRING', 'SUMMER', 'FALL'] as const)
      .optional()
      .describe('winter, spring, summer or fall.'),
    year: queryInt(1917, 2100).optional().describe('The premiere year.'),
    genres: queryList(name, 20).optional().describe('Genre names, comma-separated (action,drama).'),
    genre_match: queryEnum(['ALL', 'ANY'] as const)
      .optional()
      .describe('all (default): an anime must match every value given; any: one of them. AnimeSchedule applies it to every filter.'),
    studios: queryList(name, 20).optional().describe("Studio slugs, as in AnimeSchedule's studio pages, comma-separated."),
    sources: queryList(name, 20).optional().describe('Source materials (manga, light-novel, original, ...), comma-separated.'),
    media_types: queryList(name, 10).optional().describe('Media types (tv, movie, ona, ...), comma-separated.'),
    sort: queryEnum(['POPULARITY', 'SCORE', 'ALPHABETIC', 'RELEASE_DATE'] as const)
      .optional()
      .describe('popularity (default), score, alphabetic or release_date.'),
    page: z.literal('1').optional().describe('Only 1: later pages are reached with `cursor`.'),
    limit: queryInt(1, 100).default(18).describe('Anime per page, 1 to 100.'),
    cursor: z.string().min(1).max(200).optional().describe("The previous page's page_info.end_cursor."),
  }),
  pageMessage: PAGE_MESSAGE,
  response: ({ selection }) => pageSchema(selection(AnimeScheduleSearchDocument, 'animeSchedule.search.nodes')),
  async handle(run, { query, correlationId, started }) {
    const result = await run(AnimeScheduleSearchDocument, {
      title: query.title,
      airingStatus: query.airing_status,
      season: query.season,
      year: query.year,
      genres: query.genres,
      genresMatch: query.genre_match,
      studios: query.studios,
      sources: query.sources,
      mediaTypes: query.media_types,
      sort: query.sort,
      first: query.limit,
      after: query.cursor,
    });
    const connection = dataOf(result, (d) => d.animeSchedule.search, 'AnimeSchedule answered no search.');
    return pageOf(connection, { correlationId, started, sources: ANIMESCHEDULE });
  },
});

export const animeScheduleAnimeRoute = defineRoute({
  method: 'GET',
  path: '/api/external/animeschedule/anime/{slug}',
  tag: TAG,
  summary: 'One anime on AnimeSchedule',
  description: 'By its slug, the last part of its animeschedule.net/anime/ address; 404 when AnimeSchedule has none.',
  params: z.strictObject({
    slug: z
      .string()
      .regex(/^[A-Za-z0-9-]{1,200}$/, '1 to 200 letters, digits or dashes')
      .describe('Its slug, such as sousou-no-frieren.'),
  }),
  response: ({ selection }) => keyedSchema('anime', selection(AnimeScheduleAnimeDocument, 'animeSchedule.anime')),
  async handle(run, { params: { slug }, correlationId, started }) {
    const result = await run(AnimeScheduleAnimeDocument, { slug });
    const anime = dataOf(result, (d) => d.animeSchedule.anime, `AnimeSchedule has no anime ${slug}.`);
    return { anime: snakeCase(anime), metadata: metadata(correlationId, started, ANIMESCHEDULE) };
  },
});

export const animeScheduleTimetablesRoute = defineRoute({
  method: 'GET',
  path: '/api/external/animeschedule/timetables',
  tag: TAG,
  summary: "A week of AnimeSchedule's timetable",
  description: 'Its episodes in airing order, with times in `timezone`; empty for a week it has no timetable for.',
  query: z.strictObject({
    week: z
      .string()
      .regex(/^(current|next|\d{4}-\d{2}-\d{2}|\d{1,2})$/, 'current, next, a date YYYY-MM-DD or a week number 1-53')
      .default('current')
      .describe('current (default), next, a date such as 2026-12-24 (its ISO week), or an ISO week number with `year`.'),
    year: queryInt(1917, 2100).optional().describe('The year of a week number.'),
    air_type: queryEnum(['ALL', 'RAW', 'SUB', 'DUB'] as const)
      .default('ALL')
      .describe('raw (Japanese broadcast), sub, dub or all (default).'),
    timezone: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .describe("An IANA time zone such as Europe/Paris; AnimeSchedule's Europe/London without."),
  }),
  response: ({ selection }) => keyedSchema('episodes', selection(AnimeScheduleTimetablesDocument, 'animeSchedule.timetables')),
  async handle(run, { query: { week, year, air_type: airType, timezone }, correlationId, started }) {
    const result = await run(AnimeScheduleTimetablesDocument, { week, year, airType, timezone });
    const episodes = dataOf(result, (d) => d.animeSchedule.timetables, 'AnimeSchedule answered no timetable.');
    return { episodes: snakeCase(episodes), metadata: metadata(correlationId, started, ANIMESCHEDULE) };
  },
});
