import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Directive, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import { pageSize } from '../../../lib/paging.js';
import type { PlatformsContext } from '../context.js';
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
import { siblingFieldNames } from './sibling-fields.js';

const REQUIRES_IDS = '@requires(fields: "platformIds { platform id }")';
const SLICED_BY_FIRST = '@listSize(slicingArguments: ["first"], requireOneSlicingArgument: false)';
const MAX_PEOPLE = 100;

/** Each field is its chain in domain/enriched-fields.ts, resolved once per anime and request. */
@Resolver(() => Anime)
export class AnimeEnrichmentResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The synopsis: the catalog's own where it has one, else MyAnimeList's, AniList's or Kitsu's (the first that has one); null when " +
      'none has one.',
  })
  @Directive('@requires(fields: "localSynopsis platformIds { platform id }")')
  synopsis(@Root() anime: AnimeRepresentation, @Ctx() ctx: PlatformsContext) {
    return ctx.enrichment.field('synopsis', anime);
  }

  @FieldResolver(() => [PlatformScore], {
    nullable: 'items',
    description:
      "Each platform's score, on its own scale and on 0-10 (platforms without one are left out); a platform that failed is a null " +
      'item with an error (extensions.code, extensions.source).',
  })
  @Directive(REQUIRES_IDS)
  platformScores(@Root() anime: AnimeRepresentation, @Ctx() ctx: PlatformsContext) {
    return ctx.enrichment.field('platformScores', anime);
  }

  @FieldResolver(() => RatingAnalysis, {
    nullable: true,
    description: 'Mean, median, spread and outliers of the normalized scores; null when no platform has a score.',
  })
  @Directive(REQUIRES_IDS)
  ratingAnalysis(@Root() anime: AnimeRepresentation, @Ctx() ctx: PlatformsContext) {
    return ctx.enrichment.field('ratingAnalysis', anime);
  }

  @FieldResolver(() => [AnimeCharacter], {
    description: 'Its characters and their voice actors, from MyAnimeList, else AniList, Kitsu or AniDB (the first that lists some).',
  })
  @Directive(REQUIRES_IDS)
  @Directive(SLICED_BY_FIRST)
  async characters(
    @Root() anime: AnimeRepresentation,
    @Arg('first', () => Int, {
      defaultValue: 25,
      description: 'How many characters, at most 100; 25 by default (AniList gives at most 25, Kitsu 20).',
    })
    first: number,
    @Ctx() ctx: PlatformsContext,
  ) {
    return ((await ctx.enrichment.field('characters', anime)) ?? []).slice(0, pageSize(first, 25, MAX_PEOPLE));
  }

  @FieldResolver(() => [StaffCredit], {
    description: 'Who made it and in what role, from MyAnimeList, else AniList, Kitsu or AniDB (the first that lists some).',
  })
  @Directive(REQUIRES_IDS)
  @Directive(SLICED_BY_FIRST)
  async staff(
    @Root() anime: AnimeRepresentation,
    @Arg('first', () => Int, {
      defaultValue: 25,
      description: 'How many credits, at most 100; 25 by default (AniList gives at most 25, Kitsu 20).',
    })
    first: number,
    @Ctx() ctx: PlatformsContext,
  ) {
    return ((await ctx.enrichment.field('staff', anime)) ?? []).slice(0, pageSize(first, 25, MAX_PEOPLE));
  }

  @FieldResolver(() => [PlatformRecommendation], {
    description: "What MyAnimeList's users recommend with it (else AniList's), linked to the catalog where it has the anime.",
  })
  @Directive(REQUIRES_IDS)
  @Directive(SLICED_BY_FIRST)
  async platformRecommendations(
    @Root() anime: AnimeRepresentation,
    @Arg('first', () => Int, {
      defaultValue: 10,
      description: 'How many recommendations, at most 100; 10 by default (AniList gives at most 10).',
    })
    first: number,
    @Ctx() ctx: PlatformsContext,
  ) {
    return ((await ctx.enrichment.field('platformRecommendations', anime)) ?? []).slice(0, pageSize(first, 10, MAX_PEOPLE));
  }

  @FieldResolver(() => [StreamingLink], {
    nullable: 'items',
    description: 'Where to watch it, from MyAnimeList, AniList and Kitsu; a platform that failed is a null item with an error.',
  })
  @Directive(REQUIRES_IDS)
  streamingLinks(@Root() anime: AnimeRepresentation, @Ctx() ctx: PlatformsContext) {
    return ctx.enrichment.field('streamingLinks', anime);
  }

  @FieldResolver(() => Trailer, {
    nullable: true,
    description: 'Its trailer, from MyAnimeList, else AniList or Kitsu; null when none has one.',
  })
  @Directive(REQUIRES_IDS)
  trailer(@Root() anime: AnimeRepresentation, @Ctx() ctx: PlatformsContext) {
    return ctx.enrichment.field('trailer', anime);
  }

  @FieldResolver(() => [ExternalLink], {
    nullable: 'items',
    description:
      'Official sites and other pages, from MyAnimeList, AniList and AniDB; a platform that failed is a null item with an error.',
  })
  @Directive(REQUIRES_IDS)
  externalLinks(@Root() anime: AnimeRepresentation, @Ctx() ctx: PlatformsContext) {
    return ctx.enrichment.field('externalLinks', anime);
  }

  @FieldResolver(() => [DataSource], {
    description:
      "The platform calls behind this anime's other fields in this response, by platform (asked without them: each platform's " +
      'main record, fetched for it).',
  })
  @Directive(REQUIRES_IDS)
  dataSources(@Root() anime: AnimeRepresentation, @Ctx() ctx: PlatformsContext, @Info() info: GraphQLResolveInfo) {
    return ctx.enrichment.dataSources(anime, siblingFieldNames(info));
  }
}
