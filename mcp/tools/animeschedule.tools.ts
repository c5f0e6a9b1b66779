// AnimeSchedule: its anime search, one anime by slug and the weekly timetables, one tool per field of
// `animeSchedule`. Without ANIMESCHEDULE_TOKEN on the server they answer UPSTREAM_UNAVAILABLE.
import { z } from 'zod';
import {
  AnimeScheduleAnimeDocument,
  AnimeScheduleSearchDocument,
  AnimeScheduleTimetablesDocument,
  type AirType,
  type MatchMode,
  type ScheduleAiringStatus,
  type ScheduleSeason,
  type ScheduleSort,
} from '../../lib/operations.generated.js';
import { type Page, pageText, pageVariables, paging, platformFieldTool } from './platform-field.js';
import { numbered } from './text.js';

const names = (max: number) => z.array(z.string().trim().min(1).max(100)).min(1).max(max);
const animeSchedule = { namespace: 'animeSchedule' } as const;

interface ScheduleAnime {
  slug: string;
  title: string;
  status: string | null;
  episodes: number | null;
  premiere: string | null;
  media_types: string[];
  streams: { site: string }[];
  catalog: { anime: { id: string } | null } | null;
}

/** "Cowboy Bebop (TV, Finished, 26 episodes, premiered 1998-04-03) slug cowboy-bebop [mal-1]" */
function scheduleAnimeLine(a: ScheduleAnime): string {
  const facts = [
    a.media_types.join('/'),
    a.status,
    a.episodes === null ? null : `${a.episodes} episodes`,
    a.premiere && `premiered ${a.premiere.slice(0, 10)}`,
  ].filter(Boolean);
  return `${a.title}${facts.length ? ` (${facts.join(', ')})` : ''} slug ${a.slug}${a.catalog?.anime ? ` [${a.catalog.anime.id}]` : ''}`;
}

export const animeScheduleSearchTool = platformFieldTool({
  ...animeSchedule,
  field: 'search',
  document: AnimeScheduleSearchDocument,
  title: "Search AnimeSchedule's anime",
  description:
    'Finds anime on AnimeSchedule by title and filters (airing status, season and year, genres, studios, sources, media types), in the order of sort; ' +
    "a page at a time: pass the answer's page_info.end_cursor as cursor for the next page. Each has the slug animeschedule_anime takes.",
  input: z.strictObject({
    title: z.string().trim().min(1).max(200).optional().describe('Text to look for in the names.'),
    airing_status: z
      .array(z.enum(['FINISHED', 'ONGOING', 'UPCOMING'] as const satisfies readonly ScheduleAiringStatus[]))
      .min(1)
      .max(3)
      .optional()
      .describe('Any of FINISHED, ONGOING, UPCOMING.'),
    season: z
      .enum(['WINTER', 'SPRING', 'SUMMER', 'FALL'] as const satisfies readonly ScheduleSeason[])
      .optional()
      .describe('The premiere season; needs year.'),
    year: z.number().int().min(1917).max(2100).optional().describe('The premiere year.'),
    genres: names(20).optional().describe('Genre slugs, such as ["action", "slice-of-life"].'),
    genre_match: z
      .enum(['ALL', 'ANY'] as const satisfies readonly MatchMode[])
      .optional()
      .describe('ALL (default): an anime must match every value given; ANY: one of them. AnimeSchedule applies it to every filter.'),
    studios: names(20).optional().describe("Studio slugs, as in AnimeSchedule's studio pages."),
    sources: names(20).optional().describe('Source material slugs: manga, light-novel, original, ...'),
    media_types: names(10).optional().describe('Media type slugs: tv, movie, ona, ova, special, ...'),
    sort: z
      .enum(['POPULARITY', 'SCORE', 'ALPHABETIC', 'RELEASE_DATE'] as const satisfies readonly ScheduleSort[])
      .optional()
      .describe('POPULARITY (default), SCORE, ALPHABETIC or RELEASE_DATE.'),
    ...paging(100, 18),
  }),
  variables: ({ airing_status: airingStatus, genre_match: genresMatch, media_types: mediaTypes, ...rest }) =>
    pageVariables({ ...rest, airingStatus, genresMatch, mediaTypes }),
  missing: () => 'AnimeSchedule answered no search.',
  text: (page: Page<ScheduleAnime>, { title }) =>
    pageText(`AnimeSchedule's anime${title ? ` matching "${title}"` : ''}`, page, scheduleAnimeLine),
});

export const animeScheduleAnimeTool = platformFieldTool({
  ...animeSchedule,
  field: 'anime',
  document: AnimeScheduleAnimeDocument,
  title: 'One anime on AnimeSchedule',
  description:
    'One anime on AnimeSchedule by its slug (from animeschedule_search or animeschedule_timetables, or the end of its ' +
    'animeschedule.net/anime/ address): titles, status, premiere, genres, studios, score, its websites and where to stream it.',
  input: z.strictObject({
    slug: z
      .string()
      .regex(/^[A-Za-z0-9-]{1,200}$/, '1 to 200 letters, digits or dashes')
      .describe('Its slug, such as "sousou-no-frieren".'),
  }),
  variables: (input) => input,
  missing: ({ slug }) => `AnimeSchedule has no anime ${slug}.`,
  text: (a: ScheduleAnime) => `${scheduleAnimeLine(a)}${a.streams.length ? `\nStreams on ${a.streams.map((s) => s.site).join(', ')}` : ''}`,
});

interface TimetableEpisode {
  title: string;
  slug: string;
  episode_number: number | null;
  airs_at: string;
  air_type: AirType;
  delayed: string | null;
}

export const animeScheduleTimetablesTool = platformFieldTool({
  ...animeSchedule,
  field: 'timetables',
  document: AnimeScheduleTimetablesDocument,
  title: "A week of AnimeSchedule's timetable",
  description:
    "The episodes airing in a week by AnimeSchedule's timetable, in airing order, with their times in timezone: " +
    'the Japanese broadcast (RAW), the English subbed (SUB) or dubbed (DUB) releases, or all of them.',
  input: z.strictObject({
    week: z
      .string()
      .regex(/^(current|next|\d{4}-\d{2}-\d{2}|\d{1,2})$/, 'current, next, a date YYYY-MM-DD or a week number 1-53')
      .default('current')
      .describe('current (default), next, a date such as "2026-12-24" (its ISO week), or an ISO week number with year.'),
    year: z.number().int().min(1917).max(2100).optional().describe('The year of a week number.'),
    air_type: z
      .enum(['ALL', 'RAW', 'SUB', 'DUB'] as const satisfies readonly AirType[])
      .default('ALL')
      .describe('RAW (the Japanese broadcast), SUB, DUB or ALL (default).'),
    timezone: z
      .string()
      .min(1)
      .max(64)
      .optional()
      .describe("An IANA time zone such as Europe/Paris; AnimeSchedule's Europe/London without."),
  }),
  variables: ({ air_type: airType, ...rest }) => ({ ...rest, airType }),
  missing: () => 'AnimeSchedule answered no timetable.',
  text: (episodes: TimetableEpisode[], { week }) =>
    numbered(
      `AnimeSchedule's timetable, week ${week}`,
      episodes,
      (e) =>
        `${e.airs_at} ${e.title} episode ${e.episode_number ?? '?'} (${e.air_type}${e.delayed ? `, ${e.delayed}` : ''}) slug ${e.slug}`,
    ),
});

export const ANIMESCHEDULE_TOOLS = [animeScheduleSearchTool, animeScheduleAnimeTool, animeScheduleTimetablesTool];
