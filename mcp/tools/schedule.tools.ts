// The tools of seasons and airing schedules: a season's anime, what airs when (merged across AniList,
// AnimeSchedule and MyAnimeList), what is airing now, and an anime's next episode.
import { z } from 'zod';
import {
  ListAnimesDocument,
  NextEpisodeDocument,
  ScheduleDocument,
  type AiringEntryFieldsFragment,
  type ScheduleQuery,
} from '../../lib/operations.generated.js';
import type { OperationResult } from '../../lib/operation-client.js';
import { snakeCase } from '../../lib/selection-schema.js';
import { addLocalDays, instantOf, isTimeZone, wallClock } from '../../lib/time-zones.js';
import { required, ToolFailure } from '../tool-errors.js';
import { defineTool } from '../tool.js';
import { animeFilterInput, toAnimeFilter } from './filter.js';
import { listText } from './text.js';

const DAY_MS = 86_400_000;
/** What "currently airing" looks ahead. */
const AIRING_DAYS = 7;

const animeId = z
  .string()
  .regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'an AniGraph id such as mal-1')
  .describe('The AniGraph id, such as "mal-21".');
const limit = (max: number, fallback: number) => z.number().int().min(1).max(max).default(fallback).describe(`How many, 1 to ${max}.`);
const timezone = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine(isTimeZone, 'an IANA time zone such as Europe/Berlin or UTC')
  .default('UTC')
  .describe('The IANA time zone of the days and local times, such as "Europe/Berlin" or "America/New_York"; UTC by default.');
const instant = z.iso.datetime({ offset: true });
const airType = (fallback: 'RAW' | 'ALL') =>
  z
    .enum(['RAW', 'SUB', 'DUB', 'ALL'])
    .default(fallback)
    .describe(`RAW (the Japanese broadcast), SUB or DUB (the English releases), or ALL; ${fallback} by default.`);

export const getSeasonalAnimeTool = defineTool({
  name: 'get_seasonal_anime',
  title: 'Get seasonal anime',
  description:
    "The anime that first aired in one season of one year, best catalog score first. year and season replace the filter's own year and season criteria.",
  input: z.strictObject({
    year: z.number().int().min(1900).max(2100).describe('The year, such as 2023.'),
    season: z.enum(['WINTER', 'SPRING', 'SUMMER', 'FALL']).describe('The season: WINTER, SPRING, SUMMER or FALL.'),
    filter: animeFilterInput.optional(),
    limit: limit(50, 20),
  }),
  output: ({ selection }) => z.object({ animes: selection(ListAnimesDocument, 'animes') }),
  async handle(run, { year, season, filter, limit }) {
    const seasonal = { ...toAnimeFilter(filter), year: { min: year, max: year }, season: [season] };
    const result = await run(ListAnimesDocument, { filter: seasonal, orderBy: 'SCORE', first: limit });
    const animes = required(result, (d) => d.animes, `No anime of ${season} ${year}.`);
    const structured = snakeCase({ animes }) as { animes: { nodes: Record<string, never>[] } };
    return {
      structured,
      text: listText(`${animes.totalCount} anime of ${season} ${year}, best score first`, structured.animes.nodes),
    };
  },
});

export const getScheduleTool = defineTool({
  name: 'get_schedule',
  title: 'Get the airing schedule',
  description:
    'What airs between two times, merged across AniList, AnimeSchedule and MyAnimeList, grouped by day in a time zone, ' +
    'with where to watch and which sources answered. By default the 7 days from the start of today; give from and to, or days. At most 31 days.',
  input: z
    .strictObject({
      timezone,
      from: instant
        .optional()
        .describe('Start (inclusive), ISO 8601 with an offset, such as "2025-06-01T00:00:00Z"; the start of today by default.'),
      to: instant.optional().describe('End (exclusive), ISO 8601 with an offset; 7 days after from by default. Not with days.'),
      days: z
        .number()
        .int()
        .min(1)
        .max(31)
        .optional()
        .describe('How many days from `from` (local days in timezone), 1 to 31. Not with to.'),
      air_type: airType('ALL'),
      filter: animeFilterInput.optional(),
    })
    .refine((i) => i.to === undefined || i.days === undefined, { message: 'Give either to or days, not both.', path: ['days'] })
    .refine((i) => i.to === undefined || i.from === undefined || Date.parse(i.to) > Date.parse(i.from), {
      message: 'to must be after from.',
      path: ['to'],
    }),
  output: ({ selection }) => z.object({ schedule: selection(ScheduleDocument, 'schedule') }),
  external: true,
  async handle(run, input) {
    const span = spanOf(input);
    const result = await run(ScheduleDocument, {
      ...span,
      timezone: input.timezone,
      airType: input.air_type,
      filter: toAnimeFilter(input.filter),
    });
    const schedule = answeredSchedule(result);
    const lines = schedule.days
      .filter((day) => day.entries.length)
      .flatMap((day) => [`${day.date}:`, ...day.entries.map((entry) => `  ${entryLine(entry)}`)]);
    const count = schedule.days.reduce((sum, day) => sum + day.entries.length, 0);
    return {
      structured: snakeCase({ schedule }) as Record<string, unknown>,
      text: [`${count} broadcasts from ${schedule.from} to ${schedule.to} (${schedule.timezone}):`, ...lines, sourcesLine(schedule)].join(
        '\n',
      ),
    };
  },
});

export const getCurrentlyAiringTool = defineTool({
  name: 'get_currently_airing',
  title: 'Get the anime airing now',
  description:
    'The anime with a broadcast in the coming 7 days per the merged schedule (AniList, AnimeSchedule, MyAnimeList): ' +
    'one entry per anime, its next episode, soonest first.',
  input: z.strictObject({
    timezone,
    air_type: airType('RAW'),
    filter: animeFilterInput.optional(),
    limit: limit(100, 25),
  }),
  output: ({ selection }) =>
    z.object({
      from: selection(ScheduleDocument, 'schedule.from'),
      to: selection(ScheduleDocument, 'schedule.to'),
      timezone: selection(ScheduleDocument, 'schedule.timezone'),
      airing: selection(ScheduleDocument, 'schedule.days.entries').describe('One entry per anime: its next broadcast, soonest first.'),
      data_sources: selection(ScheduleDocument, 'schedule.dataSources'),
      warnings: selection(ScheduleDocument, 'schedule.warnings'),
    }),
  external: true,
  async handle(run, { timezone, air_type: airType, filter, limit }) {
    const now = Date.now();
    const result = await run(ScheduleDocument, {
      from: new Date(now).toISOString(),
      to: new Date(now + AIRING_DAYS * DAY_MS).toISOString(),
      timezone,
      airType,
      filter: toAnimeFilter(filter),
    });
    const schedule = answeredSchedule(result);
    // The schedule lists every episode of the week; an anime counts once, with its soonest one.
    const seen = new Set<string>();
    const airing = schedule.days
      .flatMap((day) => day.entries)
      .filter((entry) => entry.status !== 'AIRED')
      .filter((entry) => {
        const key = entry.anime?.id ?? `title:${entry.title}`;
        return seen.has(key) ? false : (seen.add(key), true);
      });
    const shown = airing.slice(0, limit);
    const { from, to, dataSources, warnings } = schedule;
    return {
      structured: snakeCase({ from, to, timezone: schedule.timezone, airing: shown, dataSources, warnings }) as Record<string, unknown>,
      text: [
        `Airing in the next ${AIRING_DAYS} days (${schedule.timezone}): ${airing.length} anime${shown.length < airing.length ? `, the first ${shown.length} shown` : ''}.`,
        ...shown.map((entry, i) => `${i + 1}. ${entryLine(entry, true)}`),
        sourcesLine(schedule),
      ].join('\n'),
    };
  },
});

export const getNextEpisodeTool = defineTool({
  name: 'get_next_episode',
  title: 'Get the next episode',
  description:
    "An anime's next broadcast within 14 days (episode, time, where to watch), merged across AniList, AnimeSchedule and MyAnimeList; " +
    'null when none is known.',
  input: z.strictObject({ id: animeId, air_type: airType('RAW') }),
  output: ({ selection }) =>
    z.object({
      next_episode: selection(NextEpisodeDocument, 'nextEpisode'),
      warnings: z.array(z.string()).describe('Sources that failed, when any: the answer may then miss a broadcast.'),
    }),
  external: true,
  async handle(run, { id, air_type: airType }) {
    const result = await run(NextEpisodeDocument, { animeId: id, airType });
    const next = required(result, (d) => d, 'No answer.').nextEpisode;
    const warnings = Array.isArray(result.extensions.warnings) ? result.extensions.warnings.map(String) : [];
    const text = next
      ? `Next ${next.airType} broadcast of ${next.anime?.title ?? next.title}: ${entryLine(next)}`
      : `No ${airType} broadcast of ${id} is known in the next 14 days.`;
    return {
      structured: { next_episode: next && snakeCase(next), warnings },
      text: [text, ...warnings.map((w) => `Warning: ${w}`)].join('\n'),
    };
  },
});

type ScheduleData = ScheduleQuery['schedule'];

/** The schedule, unless no source answered at all: then each source's failure, with its code. */
function answeredSchedule(result: OperationResult<ScheduleQuery>): ScheduleData {
  const schedule = required(result, (d) => d.schedule, 'No schedule.');
  const failed = schedule.dataSources.filter((s) => s.state === 'FAILED');
  if (failed.length && !schedule.dataSources.some((s) => s.state === 'ANSWERED')) {
    const errors = failed.map((s) => ({
      message: `${s.platform} did not answer.`,
      extensions: { code: s.errorCode ?? 'UPSTREAM_UNAVAILABLE', source: s.platform },
    }));
    throw new ToolFailure('No schedule source answered.', errors, snakeCase(schedule));
  }
  return schedule;
}

/** "23:15 One Piece, episode 1150 (RAW) [mal-21]"; with the date when the list is not by day. */
function entryLine(entry: AiringEntryFieldsFragment, withDate = false): string {
  const time = withDate ? entry.localTime.slice(0, 16).replace('T', ' ') : entry.localTime.slice(11, 16);
  const episode = entry.episode === null ? '' : `, episode ${entry.episode}`;
  const delayed = entry.status === 'DELAYED' ? ', delayed' : '';
  return `${time} ${entry.anime?.title ?? entry.title}${episode} (${entry.airType}${delayed})${entry.anime ? ` [${entry.anime.id}]` : ''}`;
}

function sourcesLine(schedule: ScheduleData): string {
  const states = schedule.dataSources.map((s) => `${s.platform} ${s.state.toLowerCase()}${s.errorCode ? ` (${s.errorCode})` : ''}`);
  return `Sources: ${states.join(', ')}.`;
}

/** from and to of the schedule asked for: `days` counts local days from `from` (the start of today by default). */
function spanOf({ from, to, days, timezone }: { from?: string; to?: string; days?: number; timezone: string }) {
  if (days === undefined) return { from, to };
  const start = from ? new Date(from) : startOfToday(timezone);
  // The wall clock counts whole seconds: the milliseconds of `from` are carried over by hand.
  const end = new Date(addLocalDays(start, days, timezone).getTime() + start.getUTCMilliseconds());
  return { from: start.toISOString(), to: end.toISOString() };
}

function startOfToday(zone: string): Date {
  const { year, month, day } = wallClock(new Date(), zone);
  return instantOf({ year, month, day, hour: 0, minute: 0 }, zone);
}
