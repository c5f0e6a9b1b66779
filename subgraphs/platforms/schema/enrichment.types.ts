import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CatalogEntry } from './catalog-entry.type.js';
import { CacheTier, ExternalPlatform, SourceState } from './enums.js';

@ObjectType({ description: "One platform's score for an anime, on its own scale and on 0-10. Never blended." })
export class PlatformScore {
  @Field(() => ExternalPlatform)
  platform!: ExternalPlatform;

  @Field(() => Float, {
    description: 'The score as the platform gives it (MyAnimeList 1-10, AniList 0-100, Kitsu 0-100 %, AniDB 1-10, AnimeSchedule 0-100).',
  })
  score!: number;

  @Field(() => Float, { description: "The top of the platform's scale (10 or 100)." })
  scale!: number;

  @Field(() => Float, { description: 'The score on 0-10: score / scale * 10.' })
  normalized!: number;

  @Field(() => Int, { nullable: true, description: 'How many votes the score stands on, where the platform says.' })
  votes!: number | null;

  @Field(() => String, { nullable: true, description: "The anime's page on the platform." })
  url!: string | null;
}

@ObjectType({ description: 'A platform whose score is missing from an analysis, and why.' })
export class MissingScore {
  @Field(() => ExternalPlatform)
  platform!: ExternalPlatform;

  @Field(() => SourceState)
  state!: SourceState;

  @Field(() => String, { nullable: true, description: 'The error code (UPSTREAM_UNAVAILABLE, UPSTREAM_TIMEOUT, ...) when it failed.' })
  code!: string | null;
}

@ObjectType({ description: 'How the platforms agree on an anime, from their normalized (0-10) scores.' })
export class RatingAnalysis {
  @Field(() => [PlatformScore])
  scores!: PlatformScore[];

  @Field(() => Float)
  mean!: number;

  @Field(() => Float)
  median!: number;

  @Field(() => Float, { description: 'Population standard deviation of the normalized scores.' })
  standardDeviation!: number;

  @Field(() => Float, {
    description: '1 when the platforms agree exactly, 0 when their scores spread by 2 points (standard deviation) or more.',
  })
  consistency!: number;

  @Field(() => [PlatformScore], {
    description:
      'Scores far from the others: more than 1 point and 2.5 median absolute deviations from the median (with 3 or more platforms).',
  })
  outliers!: PlatformScore[];

  @Field(() => [MissingScore], { description: 'Platforms without a score here: not listing the anime, failing, or not configured.' })
  missing!: MissingScore[];
}

@ObjectType()
export class VoiceActor {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  language!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;
}

@ObjectType()
export class AnimeCharacter {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Main, Supporting, ... as the platform says.' })
  role!: string | null;

  @Field(() => String, { nullable: true })
  image!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => [VoiceActor])
  voiceActors!: VoiceActor[];

  @Field(() => ExternalPlatform)
  source!: ExternalPlatform;
}

@ObjectType()
export class StaffCredit {
  @Field(() => String)
  name!: string;

  @Field(() => [String], { description: 'Director, Music, ...' })
  roles!: string[];

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => ExternalPlatform)
  source!: ExternalPlatform;
}

@ObjectType({ description: "Another anime a platform's users recommend with this one." })
export class PlatformRecommendation {
  @Field(() => String)
  title!: string;

  @Field(() => CatalogEntry, {
    nullable: true,
    description: 'Its entry in the catalog: `anime` there is null when the catalog does not have it.',
  })
  catalog!: { platform: string; id: string } | null;

  @Field(() => Int, { nullable: true, description: 'Votes (MyAnimeList) or rating (AniList) behind the recommendation.' })
  votes!: number | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => ExternalPlatform)
  source!: ExternalPlatform;
}

@ObjectType({ description: 'Where to watch it; one entry per URL, with every platform that lists it.' })
export class StreamingLink {
  @Field(() => String)
  site!: string;

  @Field(() => String)
  url!: string;

  @Field(() => [String], { description: 'Subtitle languages, where the platform says.' })
  subtitles!: string[];

  @Field(() => [String], { description: 'Dub languages, where the platform says.' })
  dubs!: string[];

  @Field(() => [ExternalPlatform])
  sources!: ExternalPlatform[];
}

@ObjectType()
export class Trailer {
  @Field(() => String, { description: 'youtube or dailymotion.' })
  site!: string;

  @Field(() => String)
  id!: string;

  @Field(() => String)
  url!: string;

  @Field(() => String, { nullable: true })
  thumbnail!: string | null;

  @Field(() => ExternalPlatform)
  source!: ExternalPlatform;
}

@ObjectType()
export class ExternalLink {
  @Field(() => String)
  site!: string;

  @Field(() => String)
  url!: string;

  @Field(() => [ExternalPlatform])
  sources!: ExternalPlatform[];
}

@ObjectType({ description: 'The error of a platform that failed.' })
export class SourceError {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType({ description: 'Which platform answered for this anime in this response, from where, and how fresh.' })
export class DataSource {
  @Field(() => ExternalPlatform)
  platform!: ExternalPlatform;

  @Field(() => String, { description: 'What was asked of it: anime, characters, staff, streaming links, ...' })
  resource!: string;

  @Field(() => SourceState)
  state!: SourceState;

  @Field(() => CacheTier, { nullable: true })
  cacheTier!: CacheTier | null;

  @Field(() => Date, { nullable: true, description: 'When the platform gave the data.' })
  fetchedAt!: Date | null;

  @Field(() => Int, { nullable: true })
  ageSeconds!: number | null;

  @Field(() => Boolean, { description: 'Older than its cache TTL: served while it is refreshed, or because the platform failed.' })
  stale!: boolean;

  @Field(() => String, { nullable: true, description: 'revalidating or upstream-failed, when stale.' })
  staleReason!: string | null;

  @Field(() => SourceError, { nullable: true })
  error!: SourceError | null;

  @Field(() => [String], { description: 'The fields of this response it supplied.' })
  fields!: string[];
}
