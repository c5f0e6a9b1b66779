import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { AirType } from '../../../lib/air-type.enum.js';
import { AnimeFilter } from '../../../lib/anime-filter.input.js';
import { BadUserInputError } from '../../../lib/errors.js';
import { addLocalDays, checkedZone, instantOf, localDate, localDateTime, wallClock } from '../../../lib/time-zones.js';
import type { SchedulesContext } from '../context.js';
import { statusOf, type AiringEntry as Entry } from '../domain/airing.js';
import { checkedMinutes, sourceWarnings, viewOf, type EntryView } from '../domain/entry-view.js';
import { DAY_MS } from '../domain/window.js';
import { AiringEntry, AiringStatus } from '../schema/airing-entry.type.js';
import { Schedule } from '../schema/schedule.type.js';

/** The longest span one schedule covers. */
export const MAX_DAYS = 31;
/** How far ahead nextEpisode looks. */
export const NEXT_EPISODE_DAYS = 14;

@Resolver(() => AiringEntry)
export class ScheduleResolver {
  @Query(() => Schedule, {
    description:
      'What airs between `from` and `to` (at most 31 days), merged from AniList, AnimeSchedule and MyAnimeList, grouped by day in `timezone`.',
  })
  async schedule(
    @Arg('from', () => Date, { nullable: true, description: 'Start (inclusive); the start of today in `timezone` by default.' })
    from: Date | null,
    @Arg('to', () => Date, { nullable: true, description: 'End (exclusive); 7 days after `from` by default.' }) to: Date | null,
    @Arg('timezone', () => String, {
      defaultValue: 'UTC',
      description: 'The IANA time zone of the days and local times: Europe/Berlin, Asia/Tokyo.',
    })
    timezone: string,
    @Arg('airType', () => AirType, {
      defaultValue: AirType.ALL,
      description: 'Only the Japanese broadcasts (RAW), the English SUB or DUB releases, or ALL.',
    })
    airType: AirType,
    @Arg('filter', () => AnimeFilter, {
      nullable: true,
      description: "Only the anime of the catalog this filter keeps (the catalog's own filter).",
    })
    filter: AnimeFilter | null,
    @Ctx() ctx: SchedulesContext,
  ) {
    const zone = checkedZone(timezone);
    const start = from ?? startOfDay(ctx.schedules.now(), zone);
    const end = to ?? addLocalDays(start, 7, zone);
    if (end <= start) throw new BadUserInputError('to must be after from.', 'to');
    if (end > addLocalDays(start, MAX_DAYS, zone)) throw new BadUserInputError(`A schedule spans at most ${MAX_DAYS} days.`, 'to');
    const merged = await ctx.schedules.window({ from: start, to: end });
    const warnings = sourceWarnings(merged);
    ctx.warnings.push(...warnings);
    const entries = (await ctx.schedules.filtered(ofType(merged.entries, airType), filter)).map((e) => viewOf(e, zone));
    return {
      from: start,
      to: end,
      timezone: zone,
      entries,
      days: daysOf(entries, start, end, zone),
      dataSources: merged.sources.map((s) => ({ ...s, errorCode: s.error?.code ?? null, errorMessage: s.error?.message ?? null })),
      warnings,
    };
  }

  @Query(() => [AiringEntry], {
    description:
      'The episodes whose broadcast started in the last `withinMinutes` minutes or starts in the next `withinMinutes`, in airing order.',
  })
  async airingNow(
    @Arg('withinMinutes', () => Int, { defaultValue: 30, description: 'Minutes either side of now, 1 to 1440.' }) withinMinutes: number,
    @Arg('airType', () => AirType, { defaultValue: AirType.ALL, description: 'RAW, SUB, DUB, or ALL.' }) airType: AirType,
    @Arg('filter', () => AnimeFilter, { nullable: true, description: 'Only the anime of the catalog this filter keeps.' })
    filter: AnimeFilter | null,
    @Ctx() ctx: SchedulesContext,
  ) {
    checkedMinutes(withinMinutes);
    const now = ctx.schedules.now().getTime();
    const merged = await ctx.schedules.window({ from: new Date(now - withinMinutes * 60_000), to: new Date(now + withinMinutes * 60_000) });
    ctx.warnings.push(...sourceWarnings(merged));
    return (await ctx.schedules.filtered(ofType(merged.entries, airType), filter)).map((e) => viewOf(e, 'UTC'));
  }

  @Query(() => AiringEntry, {
    nullable: true,
    description: `An anime's next broadcast of this air type within ${NEXT_EPISODE_DAYS} days; null when none is known.`,
  })
  async nextEpisode(
    @Arg('animeId', () => ID, { description: 'The AniGraph id of the anime, such as "mal-52991".' }) animeId: string,
    @Arg('airType', () => AirType, { defaultValue: AirType.RAW, description: 'RAW (the Japanese broadcast) by default, or SUB or DUB.' })
    airType: AirType,
    @Ctx() ctx: SchedulesContext,
  ) {
    return nextBroadcast(ctx, animeId, airType);
  }

  @FieldResolver(() => AiringStatus, { description: 'Upcoming, aired or delayed, at the time of the answer.' })
  status(@Root() entry: EntryView, @Ctx() ctx: SchedulesContext): AiringStatus {
    return statusOf({ airingAt: entry.airingAt, delayed: entry.delayed } as Entry, ctx.schedules.now()) as AiringStatus;
  }

  @FieldResolver(() => String, { description: 'airingAt as a local ISO 8601 time with its offset, such as 2026-12-06T16:30:00+01:00.' })
  localTime(
    @Root() entry: EntryView,
    @Arg('timezone', () => String, { nullable: true, description: "An IANA time zone; the schedule's `timezone` (or UTC) by default." })
    timezone: string | null,
  ): string {
    return localDateTime(entry.airingAt, timezone ? checkedZone(timezone) : entry.zone);
  }
}

/** The next broadcast of an anime within NEXT_EPISODE_DAYS. */
export async function nextBroadcast(ctx: SchedulesContext, animeId: string, airType: AirType): Promise<EntryView | null> {
  const now = ctx.schedules.now();
  const merged = await ctx.schedules.window({ from: now, to: new Date(now.getTime() + NEXT_EPISODE_DAYS * DAY_MS) });
  ctx.warnings.push(...sourceWarnings(merged));
  const next = merged.entries.find((e) => e.animeId === animeId && (airType === AirType.ALL || e.airType === airType) && e.airingAt > now);
  return next ? viewOf(next, 'UTC') : null;
}

const ofType = (entries: Entry[], airType: AirType) => (airType === AirType.ALL ? entries : entries.filter((e) => e.airType === airType));

function startOfDay(at: Date, zone: string): Date {
  const c = wallClock(at, zone);
  return instantOf({ year: c.year, month: c.month, day: c.day, hour: 0, minute: 0 }, zone);
}

/** Every local date from `from` to `to` once, with its entries. */
function daysOf(entries: EntryView[], from: Date, to: Date, zone: string) {
  const days = new Map<string, EntryView[]>();
  for (let t = from.getTime(); t < to.getTime(); t += 3600_000) days.set(localDate(new Date(t), zone), []);
  days.set(localDate(new Date(to.getTime() - 1), zone), days.get(localDate(new Date(to.getTime() - 1), zone)) ?? []);
  for (const entry of entries) days.get(localDate(entry.airingAt, zone))?.push(entry);
  return [...days].map(([date, list]) => ({ date, entries: list }));
}
