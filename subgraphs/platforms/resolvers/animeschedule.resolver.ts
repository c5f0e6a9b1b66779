import { Arg, Ctx, Directive, FieldResolver, Int, Query, Resolver } from 'type-graphql';
import { BadUserInputError } from '../../../lib/errors.js';
import {
  MAX_QUERY_LENGTH,
  dateOf,
  streamsOf,
  PAGE_SIZE,
  malIdOf,
  type AnimeScheduleClient,
  type AnimeScheduleSearch,
  type ScheduleAnime as ScheduleAnimeRecord,
  type TimetableEntry,
  type TimetableQuery,
} from '../../../lib/platforms/animeschedule.client.js';
import { PlatformError } from '../../../lib/platforms/platform-error.js';
import type { PlatformsContext } from '../context.js';
import { catalogRef } from '../domain/anime-ids.js';
import type { Link } from '../domain/details.js';
import { connectionOfPages, listPaging, stalestAnswer } from '../domain/page-connection.js';
import { provenance } from '../domain/provenance.js';
import { checkedZone, isoWeek } from '../../../lib/time-zones.js';
import {
  AirType,
  AnimeScheduleQueries,
  MatchMode,
  ScheduleAiringStatus,
  ScheduleAnime,
  ScheduleAnimeConnection,
  ScheduleSeason,
  ScheduleSort,
  TimetableEpisode,
  toParameter,
} from '../schema/animeschedule.types.js';
import { AFTER_ARGUMENT } from '../schema/connection.type.js';

const IMAGE_BASE = 'https://img.animeschedule.net/production/assets/public/img/';
/** The most anime one page of search holds: AnimeSchedule is asked for up to 6 of its pages. */
const MAX_FIRST = 100;

@Resolver(() => AnimeScheduleQueries)
export class AnimeScheduleResolver {
  @Query(() => AnimeScheduleQueries, {
    description:
      'AnimeSchedule (v3 API): anime search, anime by slug and weekly timetables. Without ANIMESCHEDULE_TOKEN set, its fields ' +
      'fail with UPSTREAM_UNAVAILABLE.',
  })
  animeSchedule(): AnimeScheduleQueries {
    return {};
  }

  @Directive('@listSize(slicingArguments: ["first", "limit"], sizedFields: ["edges", "nodes", "items"], requireOneSlicingArgument: false)')
  @FieldResolver(() => ScheduleAnimeConnection, {
    nullable: true,
    description: "AnimeSchedule's anime matching a title and filters, in the order of `sort`; null, with an error, when the search fails.",
  })
  async search(
    @Arg('title', () => String, {
      nullable: true,
      description:
        "Text to look for in the anime's names (failing that, AnimeSchedule tries genres, studios, ...); at most 200 characters.",
    })
    title: string | null,
    @Arg('airingStatus', () => [ScheduleAiringStatus], { nullable: true, description: 'Airing statuses to filter by.' })
    airingStatus: ScheduleAiringStatus[] | null,
    @Arg('season', () => ScheduleSeason, {
      nullable: true,
      description: 'Only that season of `year` (BAD_USER_INPUT without a year).',
    })
    season: ScheduleSeason | null,
    @Arg('year', () => Int, { nullable: true, description: 'Only anime of that year, or of its `season` when one is given.' })
    year: number | null,
    @Arg('genres', () => [String], { nullable: true, description: 'Genre slugs to filter by: action, slice-of-life, ...' })
    genres: string[] | null,
    @Arg('genresMatch', () => MatchMode, {
      defaultValue: MatchMode.ALL,
      description:
        "Whether an anime must match all the values given or any one of them; sent as AnimeSchedule's match type, which its " +
        'documentation applies to all the filters, not only genres.',
    })
    genresMatch: MatchMode,
    @Arg('studios', () => [String], { nullable: true, description: "Studio slugs to filter by, as in AnimeSchedule's studio pages." })
    studios: string[] | null,
    @Arg('sources', () => [String], {
      nullable: true,
      description: 'Source material slugs to filter by: manga, light-novel, original, ...',
    })
    sources: string[] | null,
    @Arg('mediaTypes', () => [String], { nullable: true, description: 'Media type slugs to filter by: tv, movie, ona, ova, special, ...' })
    mediaTypes: string[] | null,
    @Arg('sort', () => ScheduleSort, { defaultValue: ScheduleSort.POPULARITY, description: 'The order of the results.' })
    sort: ScheduleSort,
    @Arg('first', () => Int, {
      nullable: true,
      description: `How many anime, at most ${MAX_FIRST}; ${PAGE_SIZE} (one AnimeSchedule page) by default.`,
    })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: AFTER_ARGUMENT,
    })
    after: string | null,
    @Arg('limit', () => Int, {
      nullable: true,
      description: `How many anime from the start of the list, 1-${MAX_FIRST} (${PAGE_SIZE} by default); not with first or after.`,
      deprecationReason: 'Use first.',
    })
    limit: number | null,
    @Ctx() ctx: PlatformsContext,
  ) {
    if (title && title.length > MAX_QUERY_LENGTH)
      throw new BadUserInputError(`title must be at most ${MAX_QUERY_LENGTH} characters (got ${title.length}).`, 'title');
    const paging = listPaging({ first, after, limit }, PAGE_SIZE, MAX_FIRST);
    if (season && !year) throw new BadUserInputError('season needs a year.', 'season');
    const search: AnimeScheduleSearch = {
      q: title ?? undefined,
      mt: toParameter(genresMatch) as 'all' | 'any',
      st: toParameter(sort) as AnimeScheduleSearch['st'],
      genres: genres ?? undefined,
      studios: studios ?? undefined,
      sources: sources ?? undefined,
      mediaTypes: mediaTypes ?? undefined,
      airingStatuses: airingStatus?.map(toParameter),
      seasons: season && year ? [`${toParameter(season)}-${year}`] : undefined,
      years: !season && year ? [year] : undefined,
    };
    // A search past the last page answers 404: no anime there.
    const load = async (page: number) => {
      const answer = await client(ctx).searchPage(search, page);
      const { anime = [], hasNextPage = false, total = 0 } = answer.value ?? {};
      return { ...answer, value: { items: anime.map(toAnime), hasNextPage, total } };
    };
    const connection = (await connectionOfPages(load, paging.start, paging.first))!;
    const dataSource = provenance(stalestAnswer(connection.answers), 'anime search');
    return { ...connection, dataSource, items: connection.nodes, total: connection.totalCount };
  }

  @FieldResolver(() => ScheduleAnime, {
    nullable: true,
    description: 'One anime by its AnimeSchedule slug; null, with a NOT_FOUND error, when AnimeSchedule has no such anime.',
  })
  async anime(
    @Arg('slug', () => String, {
      description: 'Its slug: the last part of its animeschedule.net/anime/ address; letters, digits and dashes, at most 200.',
    })
    slug: string,
    @Ctx() ctx: PlatformsContext,
  ) {
    if (!/^[\w-]{1,200}$/.test(slug)) throw new BadUserInputError('slug must be letters, digits and dashes, as in "dandadan".', 'slug');
    const answer = await client(ctx).anime(slug);
    if (!answer.value) throw new PlatformError('ANIMESCHEDULE', 'NOT_FOUND', `there is no anime "${slug}"`);
    return toAnime(answer.value);
  }

  @FieldResolver(() => [TimetableEpisode], {
    nullable: true,
    description: "A week's episodes on AnimeSchedule's timetable, in airing order; empty for a week it has no timetable for.",
  })
  async timetables(
    @Arg('week', () => String, {
      defaultValue: 'current',
      description: '"current", "next", a date such as 2026-12-24 (its ISO week), or an ISO week number 1-53 (with `year`).',
    })
    week: string,
    @Arg('year', () => Int, {
      nullable: true,
      description: 'The year of an ISO week number given as `week` (needed then, ignored otherwise).',
    })
    year: number | null,
    @Arg('airType', () => AirType, {
      defaultValue: AirType.ALL,
      description: 'Which releases: the Japanese broadcast, subbed, dubbed, or all.',
    })
    airType: AirType,
    @Arg('timezone', () => String, {
      nullable: true,
      description: "An IANA time zone for the times: Europe/Paris, America/New_York; AnimeSchedule's default, Europe/London, without one.",
    })
    timezone: string | null,
    @Ctx() ctx: PlatformsContext,
  ) {
    const zone = timezone ? checkedZone(timezone) : undefined;
    const answer = await client(ctx).timetables({
      airType: toParameter(airType) as TimetableQuery['airType'],
      ...weekOf(week, year),
      tz: zone,
    });
    return [...answer.value].sort((a, b) => a.episodeDate.localeCompare(b.episodeDate)).map(toEpisode);
  }
}

function client(ctx: PlatformsContext): AnimeScheduleClient {
  const animeSchedule = ctx.platforms.animeSchedule;
  if (!animeSchedule)
    throw new PlatformError(
      'ANIMESCHEDULE',
      'UPSTREAM_UNAVAILABLE',
      'not configured: set ANIMESCHEDULE_TOKEN to an application token from animeschedule.net',
    );
  return animeSchedule;
}

function weekOf(week: string, year: number | null): { week?: number; year?: number } {
  if (week === 'current') return {};
  if (week === 'next') return isoWeek(new Date(Date.now() + 7 * 86_400_000));
  if (/^\d{4}-\d{2}-\d{2}$/.test(week) && !Number.isNaN(Date.parse(`${week}T12:00:00Z`))) return isoWeek(new Date(`${week}T12:00:00Z`));
  if (/^\d{1,2}$/.test(week) && Number(week) >= 1 && Number(week) <= 53) {
    if (!year) throw new BadUserInputError('a week number needs a year.', 'year');
    return { week: Number(week), year };
  }
  throw new BadUserInputError(`week must be "current", "next", a date like 2026-12-24 or a week number 1-53 (got "${week}").`, 'week');
}

const names = (list: { name: string }[] | null | undefined) => (list ?? []).map((c) => c.name);

/** AnimeSchedule's streams as the schema's links, by display name. */
function linksOf(streams: TimetableEntry['streams']): Link[] {
  return streamsOf(streams).map((s) => ({ site: s.name, url: s.url, subtitles: [], dubs: [], sources: ['ANIMESCHEDULE'] }));
}

function toAnime(a: ScheduleAnimeRecord) {
  const sites: [string, string | null | undefined][] = [
    ['MyAnimeList', a.websites?.mal],
    ['AniList', a.websites?.aniList],
    ['Kitsu', a.websites?.kitsu],
    ['AniDB', a.websites?.anidb],
    ['Official Site', a.websites?.official],
  ];
  return {
    slug: a.route,
    title: a.title,
    romaji: a.names?.romaji ?? null,
    english: a.names?.english ?? null,
    native: a.names?.native ?? null,
    status: a.status ?? null,
    episodes: a.episodes || null,
    lengthMinutes: a.lengthMin || null,
    premiere: dateOf(a.premier) ? a.premier! : null,
    genres: names(a.genres),
    studios: names(a.studios),
    sources: names(a.sources),
    mediaTypes: names(a.mediaTypes),
    score: a.stats?.averageScore ?? null,
    ratingCount: a.stats?.ratingCount ?? null,
    image: a.imageVersionRoute ? IMAGE_BASE + a.imageVersionRoute : null,
    websites: sites.flatMap(([site, url]) =>
      url ? [{ site, url: url.includes('://') ? url : `https://${url}`, sources: ['ANIMESCHEDULE'] }] : [],
    ),
    streams: linksOf(a.websites?.streams),
    catalog: catalogRef(malIdOf(a.websites?.mal)),
  };
}

function toEpisode(e: TimetableEntry) {
  return {
    title: e.title,
    slug: e.route,
    english: e.english ?? null,
    episodeNumber: e.episodeNumber ?? null,
    episodes: e.episodes || null,
    airsAt: e.episodeDate,
    airType: e.airType.toUpperCase() as AirType,
    airingStatus: e.airingStatus ?? null,
    delayed: e.delayedText ? `${e.delayedText}${dateOf(e.delayedUntil) ? ` until ${e.delayedUntil}` : ''}` : null,
    lengthMinutes: e.lengthMin || null,
    donghua: e.donghua ?? false,
    image: e.imageVersionRoute ? IMAGE_BASE + e.imageVersionRoute : null,
    streams: linksOf(e.streams),
  };
}
