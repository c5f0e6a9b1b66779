import { Arg, Args, Ctx, Directive, FieldResolver, Int, Query, Resolver } from 'type-graphql';
import { BadUserInputError } from '../../../lib/errors.js';
import {
  JIKAN_MAX_LIMIT,
  type Paged,
  type ScheduleQuery,
  type SeasonQuery,
  type TopAnimeQuery,
} from '../../../lib/platforms/jikan.client.js';
import type { JikanAnime as JikanAnimeRecord, JikanRecentRecommendation } from '../../../lib/platforms/jikan.schemas.js';
import { PlatformError } from '../../../lib/platforms/platform-error.js';
import type { Sourced } from '../../../lib/platforms/sourced.js';
import type { PlatformsContext } from '../context.js';
import { catalogRef } from '../domain/anime-ids.js';
import { charactersFrom, recommendationsFrom, staffFrom } from '../domain/details.js';
import { connectionOfPages, listPaging, stalestAnswer, type ListPagingArgs, type NumberedPage } from '../domain/page-connection.js';
import { provenance } from '../domain/provenance.js';
import { AnimeCharacter, PlatformRecommendation, StaffCredit } from '../schema/enrichment.types.js';
import {
  CommunityRecommendationConnection,
  JikanAnime,
  JikanAnimeConnection,
  JikanAnimeType,
  JikanDay,
  JikanGenre,
  JikanGenreFilter,
  JikanQueries,
  JikanRating,
  JikanSeason,
  JikanTopFilter,
  jikanValue,
} from '../schema/jikan.types.js';
import { JikanListArgs } from '../schema/jikan-list.args.js';
import { AFTER_ARGUMENT } from '../schema/connection.type.js';

const PAGED = '@listSize(slicingArguments: ["first", "limit"], sizedFields: ["edges", "nodes", "items"], requireOneSlicingArgument: false)';
/** Jikan's recommendations pages hold this many; the list has no `limit` parameter. */
const RECOMMENDATIONS_PAGE = 100;
const SFW = 'True: leave out adult (hentai) entries.';
const UNAPPROVED = 'True: also the entries MyAnimeList has not approved yet; without, Jikan leaves them out.';
const MAL_ID = "The anime's MyAnimeList id: a positive integer.";

@Resolver(() => JikanQueries)
export class JikanResolver {
  @Query(() => JikanQueries, {
    description:
      'MyAnimeList, read through Jikan v4: top lists, seasons, broadcast schedules, genres, characters, staff and recommendations.',
  })
  jikan(): JikanQueries {
    return {};
  }

  @Directive(PAGED)
  @FieldResolver(() => JikanAnimeConnection, {
    nullable: true,
    description: "MyAnimeList's top anime, by score unless `filter` says otherwise; null, with an error, when the list cannot be read.",
  })
  async topAnime(
    @Arg('type', () => JikanAnimeType, { nullable: true, description: 'Only anime of this type; every type without.' })
    type: JikanAnimeType | null,
    @Arg('filter', () => JikanTopFilter, { nullable: true, description: 'Another top list than the one by score.' })
    filter: JikanTopFilter | null,
    @Arg('rating', () => JikanRating, { nullable: true, description: 'Only anime of this age rating; every rating without.' })
    rating: JikanRating | null,
    @Arg('sfw', () => Boolean, { nullable: true, description: SFW }) sfw: boolean | null,
    @Args(() => JikanListArgs) paging: JikanListArgs,
    @Ctx() ctx: PlatformsContext,
  ) {
    const query: TopAnimeQuery = { type: jikanValue(type), filter: jikanValue(filter), rating: jikanValue(rating), sfw: sfw ?? undefined };
    return jikanList((p, size) => ctx.platforms.jikan.topAnime({ ...query, page: p, limit: size }), toAnime, animePaging(paging));
  }

  @FieldResolver(() => [PlatformRecommendation], {
    nullable: true,
    description: "What MyAnimeList's users recommend with an anime; null, with a NOT_FOUND error, when MyAnimeList has no such anime.",
  })
  async recommendations(@Arg('malId', () => Int, { description: MAL_ID }) malId: number, @Ctx() ctx: PlatformsContext) {
    return recommendationsFrom.jikan(existing(await ctx.platforms.jikan.recommendations(positive(malId, 'malId')), `anime ${malId}`));
  }

  @FieldResolver(() => JikanAnime, { nullable: true, description: 'A random MyAnimeList anime, another on every call (never cached).' })
  async randomAnime(@Ctx() ctx: PlatformsContext) {
    return toAnime(existing(await ctx.platforms.jikan.randomAnime(), 'a random anime'));
  }

  @Directive(PAGED)
  @FieldResolver(() => JikanAnimeConnection, {
    nullable: true,
    description: "MyAnimeList's broadcast schedule: the anime airing on a day of the week, in Japan time.",
  })
  async schedules(
    @Arg('day', () => JikanDay, { nullable: true, description: 'The broadcast day in Japan time (JST); every day without.' })
    day: JikanDay | null,
    @Arg('kids', () => Boolean, {
      nullable: true,
      description: "True: only anime of MyAnimeList's Kids demographic; false: none of them; null: no such filter.",
    })
    kids: boolean | null,
    @Arg('sfw', () => Boolean, { nullable: true, description: SFW }) sfw: boolean | null,
    @Arg('unapproved', () => Boolean, { nullable: true, description: UNAPPROVED }) unapproved: boolean | null,
    @Args(() => JikanListArgs) paging: JikanListArgs,
    @Ctx() ctx: PlatformsContext,
  ) {
    const query: ScheduleQuery = {
      day: jikanValue(day),
      kids: kids ?? undefined,
      sfw: sfw ?? undefined,
      unapproved: unapproved ?? undefined,
    };
    return jikanList((p, size) => ctx.platforms.jikan.schedules({ ...query, page: p, limit: size }), toAnime, animePaging(paging));
  }

  @FieldResolver(() => [JikanGenre], {
    nullable: true,
    description: "MyAnimeList's genres, themes or demographics, with how many anime each has.",
  })
  async genres(
    @Arg('filter', () => JikanGenreFilter, { nullable: true, description: 'Which kind; all kinds without.' })
    filter: JikanGenreFilter | null,
    @Ctx() ctx: PlatformsContext,
  ) {
    return existing(await ctx.platforms.jikan.genres(jikanValue(filter)), 'genres').map((g) => ({
      malId: g.mal_id,
      name: g.name,
      url: g.url,
      count: g.count,
    }));
  }

  @FieldResolver(() => [AnimeCharacter], {
    nullable: true,
    description: "An anime's characters and their voice actors on MyAnimeList; null, with a NOT_FOUND error, when it has no such anime.",
  })
  async characters(@Arg('malId', () => Int, { description: MAL_ID }) malId: number, @Ctx() ctx: PlatformsContext) {
    return charactersFrom.jikan(existing(await ctx.platforms.jikan.characters(positive(malId, 'malId')), `anime ${malId}`));
  }

  @FieldResolver(() => [StaffCredit], {
    nullable: true,
    description: "An anime's staff and their positions on MyAnimeList; null, with a NOT_FOUND error, when it has no such anime.",
  })
  async staff(@Arg('malId', () => Int, { description: MAL_ID }) malId: number, @Ctx() ctx: PlatformsContext) {
    return staffFrom.jikan(existing(await ctx.platforms.jikan.staff(positive(malId, 'malId')), `anime ${malId}`));
  }

  @Directive(PAGED)
  @FieldResolver(() => JikanAnimeConnection, { nullable: true, description: 'The anime of a season, as MyAnimeList files them.' })
  async season(
    @Arg('year', () => Int, { description: 'The year, from 1917 to two years from now.' }) year: number,
    @Arg('season', () => JikanSeason, { description: 'The season of that year.' }) season: JikanSeason,
    @Arg('filter', () => JikanAnimeType, { nullable: true, description: 'Only anime of this type; every type without.' })
    filter: JikanAnimeType | null,
    @Arg('sfw', () => Boolean, { nullable: true, description: SFW }) sfw: boolean | null,
    @Arg('unapproved', () => Boolean, { nullable: true, description: UNAPPROVED }) unapproved: boolean | null,
    @Arg('continuing', () => Boolean, { nullable: true, description: 'True: also the anime continuing from earlier seasons.' })
    continuing: boolean | null,
    @Args(() => JikanListArgs) paging: JikanListArgs,
    @Ctx() ctx: PlatformsContext,
  ) {
    if (year < 1917 || year > new Date().getFullYear() + 2)
      throw new BadUserInputError(`year must be between 1917 and ${new Date().getFullYear() + 2} (got ${year}).`, 'year');
    const query: SeasonQuery = {
      year,
      season: jikanValue(season)!,
      filter: jikanValue(filter),
      sfw: sfw ?? undefined,
      unapproved: unapproved ?? undefined,
      continuing: continuing ?? undefined,
    };
    return jikanList((p, size) => ctx.platforms.jikan.season({ ...query, page: p, limit: size }), toAnime, animePaging(paging));
  }

  @FieldResolver(() => CommunityRecommendationConnection, {
    nullable: true,
    description: "MyAnimeList users' latest recommendations, newest first.",
  })
  async recentRecommendations(
    @Arg('first', () => Int, {
      nullable: true,
      description: `How many recommendations, at most ${RECOMMENDATIONS_PAGE} (also the default).`,
    })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: AFTER_ARGUMENT,
    })
    after: string | null,
    @Arg('page', () => Int, {
      nullable: true,
      description: `The MyAnimeList page of ${RECOMMENDATIONS_PAGE} recommendations to read whole, 1 or more; not with first or after.`,
      deprecationReason: 'Use first and after.',
    })
    page: number | null,
    @Ctx() ctx: PlatformsContext,
  ) {
    // Jikan's pages of recommendations have a fixed size, which the deprecated `page` read whole.
    const paging = listPaging({ first, after, page }, RECOMMENDATIONS_PAGE, RECOMMENDATIONS_PAGE);
    return jikanList((p) => ctx.platforms.jikan.recentRecommendations(p), toRecommendation, paging);
  }
}

/** first/after (or the deprecated page/limit) over Jikan's anime lists, whose pages hold up to 25. */
const animePaging = (args: ListPagingArgs) => listPaging(args, JIKAN_MAX_LIMIT, JIKAN_MAX_LIMIT);

function positive(value: number, argument: string): number {
  if (!Number.isInteger(value) || value < 1)
    throw new BadUserInputError(`${argument} must be a positive integer (got ${value}).`, argument);
  return value;
}

/** The answer's value; NOT_FOUND when MyAnimeList has no such thing. */
function existing<T>(answer: Sourced<T | null>, what: string): T {
  if (answer.value === null || answer.value === undefined) throw new PlatformError('MYANIMELIST', 'NOT_FOUND', `${what} does not exist`);
  return answer.value;
}

/**
 * A Jikan list as a connection (NOT_FOUND when Jikan has no such list), with the deprecated page
 * fields it had before: those of the first Jikan page read.
 */
async function jikanList<R, T>(
  load: (page: number, size: number) => Promise<Sourced<Paged<R> | null>>,
  map: (record: R) => T,
  paging: ReturnType<typeof listPaging>,
) {
  const connection = await connectionOfPages(async (page, size) => numbered(await load(page, size), map), paging.start, paging.first);
  if (!connection) throw new PlatformError('MYANIMELIST', 'NOT_FOUND', `page ${paging.start.page} does not exist`);
  return {
    ...connection,
    dataSource: provenance(stalestAnswer(connection.answers), 'list'),
    items: connection.nodes,
    page: paging.start.page,
    lastPage: connection.answers[0].value!.lastPage,
    hasNextPage: connection.pageInfo.hasNextPage,
    total: connection.totalCount,
  };
}

function numbered<R, T>(answer: Sourced<Paged<R> | null>, map: (record: R) => T): Sourced<NumberedPage<T> | null> {
  const page = answer.value;
  const { pagination } = page ?? {};
  return {
    ...answer,
    value: page && {
      items: page.items.map(map),
      hasNextPage: pagination!.has_next_page,
      total: pagination!.items?.total ?? null,
      lastPage: pagination!.last_visible_page,
    },
  };
}

function toAnime(a: JikanAnimeRecord) {
  return {
    malId: a.mal_id,
    url: a.url,
    title: a.title,
    titleEnglish: a.title_english ?? null,
    type: a.type ?? null,
    episodes: a.episodes ?? null,
    status: a.status ?? null,
    score: a.score ?? null,
    scoredBy: a.scored_by ?? null,
    rank: a.rank ?? null,
    popularity: a.popularity ?? null,
    members: a.members ?? null,
    synopsis: a.synopsis ?? null,
    season: a.season ?? null,
    year: a.year ?? null,
    broadcast: a.broadcast?.string ?? null,
    image: a.images?.jpg?.image_url ?? null,
    genres: a.genres.map((g) => g.name),
    studios: a.studios.map((s) => s.name),
    catalog: catalogRef(a.mal_id),
  };
}

function toRecommendation(r: JikanRecentRecommendation) {
  return {
    id: r.mal_id,
    entries: r.entry.map((e) => ({ malId: e.mal_id, title: e.title, url: e.url, catalog: catalogRef(e.mal_id) })),
    content: r.content ?? null,
    date: r.date ?? null,
    user: r.user?.username ?? null,
  };
}
