import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { pageSize } from '../../../lib/paging.js';
import type { PlatformsContext } from '../context.js';
import { animeIds } from '../domain/anime-ids.js';
import {
  charactersFrom,
  externalFrom,
  mergeLinks,
  recommendationsFrom,
  staffFrom,
  streamingFrom,
  trailerFrom,
  type Link,
} from '../domain/details.js';
import type { Answer } from '../domain/enrichment.js';
import { analyse, scoreOf, type Score } from '../domain/scores.js';
import { dataSources } from '../domain/data-sources.js';
import { Anime, type AnimeRepresentation } from '../schema/anime.type.js';
import {
  AnimeCharacter,
  DataSource,
  ExternalLink,
  PlatformRecommendation,
  PlatformScore,
  RatingAnalysis,
  StaffCredit,
  StreamingLink,
  Trailer,
} from '../schema/enrichment.types.js';

const REQUIRES_IDS = '@requires(fields: "platformIds { platform id }")';
const SLICED_BY_FIRST = '@listSize(slicingArguments: ["first"], requireOneSlicingArgument: false)';
const MAX_PEOPLE = 100;

@Resolver(() => Anime)
export class AnimeEnrichmentResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: "The synopsis: the catalog's own where it has one, else MyAnimeList's, AniList's or Kitsu's.",
  })
  @Directive('@requires(fields: "localSynopsis platformIds { platform id }")')
  async synopsis(@Root() anime: AnimeRepresentation, @Ctx() ctx: PlatformsContext): Promise<string | null> {
    if (anime.localSynopsis) return anime.localSynopsis;
    const ids = animeIds(anime);
    return firstOf<string>([
      async () => pick(await ctx.enrichment.jikanAnime(ids, 'synopsis'), (a) => a.synopsis ?? null),
      async () => pick(await ctx.enrichment.anilist(ids, 'synopsis'), (m) => m.description ?? null),
      async () => pick(await ctx.enrichment.kitsu(ids, 'synopsis'), (k) => k.synopsis ?? k.description ?? null),
    ]);
  }

  @FieldResolver(() => [PlatformScore], {
    nullable: 'items',
    description: "Each platform's score; a platform that failed is a null item with an error (extensions.code, extensions.source).",
  })
  @Directive(REQUIRES_IDS)
  async platformScores(@Root() anime: AnimeRepresentation, @Ctx() ctx: PlatformsContext): Promise<(Score | Error)[]> {
    const answers = await scoreAnswers(anime, ctx, 'platformScores');
    return [...answers.flatMap(scored), ...answers.flatMap((a) => (a.state === 'FAILED' ? [a.error] : []))];
  }

  @FieldResolver(() => RatingAnalysis, {
    nullable: true,
    description: 'Mean, median, spread and outliers of the normalized scores; null when no platform has a score.',
  })
  @Directive(REQUIRES_IDS)
  async ratingAnalysis(@Root() anime: AnimeRepresentation, @Ctx() ctx: PlatformsContext) {
    const answers = await scoreAnswers(anime, ctx, 'ratingAnalysis');
    return analyse(answers.flatMap(scored), answers);
  }

  @FieldResolver(() => [AnimeCharacter], { description: 'From MyAnimeList, else AniList, Kitsu or AniDB.' })
  @Directive(REQUIRES_IDS)
  @Directive(SLICED_BY_FIRST)
  async characters(
    @Root() anime: AnimeRepresentation,
    @Arg('first', () => Int, { defaultValue: 25 }) first: number,
    @Ctx() ctx: PlatformsContext,
  ) {
    const ids = animeIds(anime);
    const e = ctx.enrichment;
    const all = await firstOf([
      async () => pick(await e.jikanCharacters(ids, 'characters'), charactersFrom.jikan),
      async () => pick(await e.anilist(ids, 'characters'), charactersFrom.anilist),
      async () => pick(await e.kitsuCharacters(ids, 'characters'), charactersFrom.kitsu),
      async () => pick(await e.anidb(ids, 'characters'), charactersFrom.anidb),
    ]);
    return (all ?? []).slice(0, pageSize(first, 25, MAX_PEOPLE));
  }

  @FieldResolver(() => [StaffCredit], { description: 'From MyAnimeList, else AniList, Kitsu or AniDB.' })
  @Directive(REQUIRES_IDS)
  @Directive(SLICED_BY_FIRST)
  async staff(
    @Root() anime: AnimeRepresentation,
    @Arg('first', () => Int, { defaultValue: 25 }) first: number,
    @Ctx() ctx: PlatformsContext,
  ) {
    const ids = animeIds(anime);
    const e = ctx.enrichment;
    const all = await firstOf([
      async () => pick(await e.jikanStaff(ids, 'staff'), staffFrom.jikan),
      async () => pick(await e.anilist(ids, 'staff'), staffFrom.anilist),
      async () => pick(await e.kitsuStaff(ids, 'staff'), staffFrom.kitsu),
      async () => pick(await e.anidb(ids, 'staff'), staffFrom.anidb),
    ]);
    return (all ?? []).slice(0, pageSize(first, 25, MAX_PEOPLE));
  }

  @FieldResolver(() => [PlatformRecommendation], {
    description: "What MyAnimeList's users recommend with it (else AniList's), linked to the catalog where it has the anime.",
  })
  @Directive(REQUIRES_IDS)
  @Directive(SLICED_BY_FIRST)
  async platformRecommendations(
    @Root() anime: AnimeRepresentation,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Ctx() ctx: PlatformsContext,
  ) {
    const ids = animeIds(anime);
    const all = await firstOf([
      async () => pick(await ctx.enrichment.jikanRecommendations(ids, 'platformRecommendations'), recommendationsFrom.jikan),
      async () => pick(await ctx.enrichment.anilist(ids, 'platformRecommendations'), recommendationsFrom.anilist),
    ]);
    return (all ?? []).slice(0, pageSize(first, 10, MAX_PEOPLE));
  }

  @FieldResolver(() => [StreamingLink], {
    nullable: 'items',
    description: 'Where to watch it, from MyAnimeList, AniList and Kitsu; a platform that failed is a null item with an error.',
  })
  @Directive(REQUIRES_IDS)
  async streamingLinks(@Root() anime: AnimeRepresentation, @Ctx() ctx: PlatformsContext): Promise<(Link | Error)[]> {
    const ids = animeIds(anime);
    const e = ctx.enrichment;
    return merged([
      e.jikanStreaming(ids, 'streamingLinks').then((a) => mapAnswer(a, streamingFrom.jikan)),
      e.anilist(ids, 'streamingLinks').then((a) => mapAnswer(a, streamingFrom.anilist)),
      e.kitsuStreaming(ids, 'streamingLinks').then((a) => mapAnswer(a, streamingFrom.kitsu)),
    ]);
  }

  @FieldResolver(() => Trailer, { nullable: true, description: 'From MyAnimeList, else AniList or Kitsu.' })
  @Directive(REQUIRES_IDS)
  async trailer(@Root() anime: AnimeRepresentation, @Ctx() ctx: PlatformsContext) {
    const ids = animeIds(anime);
    const e = ctx.enrichment;
    return firstOf([
      async () => pick(await e.jikanAnime(ids, 'trailer'), (a) => trailerFrom('MYANIMELIST', a)),
      async () => pick(await e.anilist(ids, 'trailer'), (m) => trailerFrom('ANILIST', m)),
      async () => pick(await e.kitsu(ids, 'trailer'), (k) => trailerFrom('KITSU', k)),
    ]);
  }

  @FieldResolver(() => [ExternalLink], {
    nullable: 'items',
    description:
      'Official sites and other pages, from MyAnimeList, AniList and AniDB; a platform that failed is a null item with an error.',
  })
  @Directive(REQUIRES_IDS)
  async externalLinks(@Root() anime: AnimeRepresentation, @Ctx() ctx: PlatformsContext): Promise<(Link | Error)[]> {
    const ids = animeIds(anime);
    const e = ctx.enrichment;
    return merged([
      e.jikanAnime(ids, 'externalLinks').then((a) => mapAnswer(a, externalFrom.jikan)),
      e.anilist(ids, 'externalLinks').then((a) => mapAnswer(a, externalFrom.anilist)),
      e.anidb(ids, 'externalLinks').then((a) => mapAnswer(a, externalFrom.anidb)),
    ]);
  }

  @FieldResolver(() => [DataSource], {
    description: "The platform calls behind this anime's other fields in this response (asked alone: each platform's main record).",
  })
  @Directive(REQUIRES_IDS)
  async dataSources(@Root() anime: AnimeRepresentation, @Ctx() ctx: PlatformsContext) {
    // The sibling fields' resolvers all start before any of them settles: after one turn, every
    // call this response makes for the anime is in the ledger.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (ctx.enrichment.entries(anime.id).length === 0) await scoreAnswers(anime, ctx, 'dataSources');
    return dataSources(ctx.enrichment.entries(anime.id));
  }
}

function scoreAnswers(anime: AnimeRepresentation, ctx: PlatformsContext, field: string): Promise<Answer<unknown>[]> {
  const ids = animeIds(anime);
  const e = ctx.enrichment;
  return Promise.all([
    e.jikanAnime(ids, field),
    e.anilist(ids, field),
    e.kitsu(ids, field),
    e.anidb(ids, field),
    e.animeSchedule(ids, field),
  ]);
}

function scored(answer: Answer<unknown>): Score[] {
  if (answer.state !== 'ANSWERED') return [];
  const s = (scoreOf[answer.source] as (value: unknown) => Score | null)(answer.value);
  return s ? [s] : [];
}

/** The value `map` makes of an answer: undefined when the platform had nothing; throws its failure. */
function pick<T, R>(answer: Answer<T>, map: (value: T) => R | null): R | undefined {
  if (answer.state === 'FAILED') throw answer.error;
  if (answer.state !== 'ANSWERED') return undefined;
  const value = map(answer.value);
  return value === null || (Array.isArray(value) && value.length === 0) ? undefined : value;
}

/**
 * The first platform in order that has a value, asking the next only when one has none or fails;
 * when none has a value and one failed, its error is the field's.
 */
async function firstOf<R>(tries: (() => Promise<R | undefined>)[]): Promise<R | null> {
  let failure: unknown;
  for (const attempt of tries) {
    try {
      const value = await attempt();
      if (value !== undefined) return value;
    } catch (error) {
      failure ??= error;
    }
  }
  if (failure) throw failure;
  return null;
}

function mapAnswer<T>(answer: Answer<T>, map: (value: T) => Link[]): Link[] | Error {
  if (answer.state === 'FAILED') return answer.error;
  return answer.state === 'ANSWERED' ? map(answer.value) : [];
}

/** Links of every platform merged; one error item per platform that failed. */
async function merged(parts: Promise<Link[] | Error>[]): Promise<(Link | Error)[]> {
  const settled = await Promise.all(parts);
  return [...mergeLinks(settled.filter((p): p is Link[] => Array.isArray(p))), ...settled.filter((p): p is Error => p instanceof Error)];
}
