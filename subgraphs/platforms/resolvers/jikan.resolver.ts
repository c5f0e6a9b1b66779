import { Arg, Ctx, Directive, FieldResolver, Int, Query, Resolver } from 'type-graphql';
import { BadUserInputError } from '../../../lib/errors.js';
import { JIKAN_MAX_LIMIT, type Paged } from '../../../lib/platforms/jikan.client.js';
import type { JikanAnime as JikanAnimeRecord } from '../../../lib/platforms/jikan.schemas.js';
import { PlatformError } from '../../../lib/platforms/platform-error.js';
import type { Sourced } from '../../../lib/platforms/sourced.js';
import type { PlatformsContext } from '../context.js';
import { catalogRef } from '../domain/anime-ids.js';
import { charactersFrom, recommendationsFrom, staffFrom } from '../domain/details.js';
import { provenance } from '../domain/provenance.js';
import { AnimeCharacter, PlatformRecommendation, StaffCredit } from '../schema/enrichment.types.js';
import {
  CommunityRecommendationPage,
  JikanAnime,
  JikanAnimePage,
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

const PAGE_OF_LIMIT = '@listSize(slicingArguments: ["limit"], sizedFields: ["items"], requireOneSlicingArgument: false)';

@Resolver(() => JikanQueries)
export class JikanResolver {
  @Query(() => JikanQueries, { description: 'MyAnimeList, read through Jikan.' })
  jikan(): JikanQueries {
    return {};
  }

  @Directive(PAGE_OF_LIMIT)
  @FieldResolver(() => JikanAnimePage, { nullable: true, description: 'Top anime, by score unless a filter says otherwise.' })
  async topAnime(
    @Arg('type', () => JikanAnimeType, { nullable: true }) type: JikanAnimeType | null,
    @Arg('filter', () => JikanTopFilter, { nullable: true }) filter: JikanTopFilter | null,
    @Arg('rating', () => JikanRating, { nullable: true }) rating: JikanRating | null,
    @Arg('sfw', () => Boolean, { nullable: true, description: 'Leave out adult entries.' }) sfw: boolean | null,
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
    @Arg('limit', () => Int, { defaultValue: JIKAN_MAX_LIMIT }) limit: number,
    @Ctx() ctx: PlatformsContext,
  ) {
    const answer = await ctx.platforms.jikan.topAnime({
      type: jikanValue(type),
      filter: jikanValue(filter),
      rating: jikanValue(rating),
      sfw: sfw ?? undefined,
      ...paging(page, limit),
    });
    return animePage(answer, page);
  }

  @FieldResolver(() => [PlatformRecommendation], { nullable: true, description: "What MyAnimeList's users recommend with an anime." })
  async recommendations(@Arg('malId', () => Int) malId: number, @Ctx() ctx: PlatformsContext) {
    return recommendationsFrom.jikan(existing(await ctx.platforms.jikan.recommendations(positive(malId, 'malId')), `anime ${malId}`));
  }

  @FieldResolver(() => JikanAnime, { nullable: true, description: 'A random anime (never cached).' })
  async randomAnime(@Ctx() ctx: PlatformsContext) {
    return toAnime(existing(await ctx.platforms.jikan.randomAnime(), 'a random anime'));
  }

  @Directive(PAGE_OF_LIMIT)
  @FieldResolver(() => JikanAnimePage, { nullable: true, description: 'What airs on a day of the week.' })
  async schedules(
    @Arg('day', () => JikanDay, { nullable: true }) day: JikanDay | null,
    @Arg('kids', () => Boolean, { nullable: true, description: 'true: only anime for kids; false: none.' }) kids: boolean | null,
    @Arg('sfw', () => Boolean, { nullable: true }) sfw: boolean | null,
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
    @Arg('limit', () => Int, { defaultValue: JIKAN_MAX_LIMIT }) limit: number,
    @Ctx() ctx: PlatformsContext,
  ) {
    const answer = await ctx.platforms.jikan.schedules({
      day: jikanValue(day),
      kids: kids ?? undefined,
      sfw: sfw ?? undefined,
      ...paging(page, limit),
    });
    return animePage(answer, page);
  }

  @FieldResolver(() => [JikanGenre], {
    nullable: true,
    description: "MyAnimeList's genres, themes or demographics, with how many anime each has.",
  })
  async genres(@Arg('filter', () => JikanGenreFilter, { nullable: true }) filter: JikanGenreFilter | null, @Ctx() ctx: PlatformsContext) {
    return existing(await ctx.platforms.jikan.genres(jikanValue(filter)), 'genres').map((g) => ({
      malId: g.mal_id,
      name: g.name,
      url: g.url,
      count: g.count,
    }));
  }

  @FieldResolver(() => [AnimeCharacter], { nullable: true, description: "An anime's characters and their voice actors." })
  async characters(@Arg('malId', () => Int) malId: number, @Ctx() ctx: PlatformsContext) {
    return charactersFrom.jikan(existing(await ctx.platforms.jikan.characters(positive(malId, 'malId')), `anime ${malId}`));
  }

  @FieldResolver(() => [StaffCredit], { nullable: true, description: "An anime's staff and their positions." })
  async staff(@Arg('malId', () => Int) malId: number, @Ctx() ctx: PlatformsContext) {
    return staffFrom.jikan(existing(await ctx.platforms.jikan.staff(positive(malId, 'malId')), `anime ${malId}`));
  }

  @Directive(PAGE_OF_LIMIT)
  @FieldResolver(() => JikanAnimePage, { nullable: true, description: 'The anime of a season.' })
  async season(
    @Arg('year', () => Int) year: number,
    @Arg('season', () => JikanSeason) season: JikanSeason,
    @Arg('filter', () => JikanAnimeType, { nullable: true }) filter: JikanAnimeType | null,
    @Arg('sfw', () => Boolean, { nullable: true }) sfw: boolean | null,
    @Arg('continuing', () => Boolean, { nullable: true, description: 'Also the anime continuing from earlier seasons.' })
    continuing: boolean | null,
    @Arg('page', () => Int, { defaultValue: 1 }) page: number,
    @Arg('limit', () => Int, { defaultValue: JIKAN_MAX_LIMIT }) limit: number,
    @Ctx() ctx: PlatformsContext,
  ) {
    if (year < 1917 || year > new Date().getFullYear() + 2)
      throw new BadUserInputError(`year must be between 1917 and ${new Date().getFullYear() + 2} (got ${year}).`, 'year');
    const answer = await ctx.platforms.jikan.season({
      year,
      season: jikanValue(season)!,
      filter: jikanValue(filter),
      sfw: sfw ?? undefined,
      continuing: continuing ?? undefined,
      ...paging(page, limit),
    });
    return animePage(answer, page);
  }

  @FieldResolver(() => CommunityRecommendationPage, { nullable: true, description: "MyAnimeList users' latest recommendations." })
  async recentRecommendations(@Arg('page', () => Int, { defaultValue: 1 }) page: number, @Ctx() ctx: PlatformsContext) {
    const answer = existing(await ctx.platforms.jikan.recentRecommendations(paging(page, 1).page), 'recommendations');
    return {
      page,
      hasNextPage: answer.pagination.has_next_page,
      items: answer.items.map((r) => ({
        id: r.mal_id,
        entries: r.entry.map((e) => ({ malId: e.mal_id, title: e.title, url: e.url, catalog: catalogRef(e.mal_id) })),
        content: r.content ?? null,
        date: r.date ?? null,
        user: r.user?.username ?? null,
      })),
    };
  }
}

function paging(page: number, limit: number): { page: number; limit: number } {
  if (!Number.isInteger(page) || page < 1) throw new BadUserInputError(`page must be 1 or more (got ${page}).`, 'page');
  if (!Number.isInteger(limit) || limit < 1 || limit > JIKAN_MAX_LIMIT) {
    throw new BadUserInputError(`limit must be between 1 and ${JIKAN_MAX_LIMIT}, as Jikan allows (got ${limit}).`, 'limit');
  }
  return { page, limit };
}

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

function animePage(answer: Sourced<Paged<JikanAnimeRecord> | null>, page: number) {
  const value = existing(answer, `page ${page}`);
  return {
    items: value.items.map(toAnime),
    page: value.pagination.current_page ?? page,
    lastPage: value.pagination.last_visible_page,
    hasNextPage: value.pagination.has_next_page,
    total: value.pagination.items?.total ?? null,
    dataSource: provenance(answer, 'list'),
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
