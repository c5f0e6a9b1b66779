import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CatalogEntry } from './catalog-entry.type.js';
import { CacheTier, ExternalPlatform, SourceState } from './enums.js';

@ObjectType({ description: "One platform's score for an anime, on its own scale and on 0-10. Never blended." })
export class PlatformScore {
  @Field(() => ExternalPlatform, { description: 'The platform the score is from.' })
  platform!: ExternalPlatform;

  @Field(() => Float, {
    description:
      'The score as the platform gives it: MyAnimeList 1-10, AniList 0-100 (its average score, else its mean score), Kitsu 0-100 ' +
      '(average rating, a percentage), AniDB 1-10 (its permanent rating, else the temporary one), AnimeSchedule 1-100.',
  })
  score!: number;

  @Field(() => Float, { description: "The top of the platform's scale: 10 or 100." })
  scale!: number;

  @Field(() => Float, { description: 'The score on 0-10: score / scale * 10, rounded to 3 decimals.' })
  normalized!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      "How many users the score stands on: MyAnimeList's and AniDB's voters, AnimeSchedule's raters, Kitsu's users with it in " +
      'their library; null for AniList, which does not say.',
  })
  votes!: number | null;

  @Field(() => String, { nullable: true, description: "The anime's page on the platform; null when the platform gives none." })
  url!: string | null;
}

@ObjectType({ description: 'A platform whose score is missing from an analysis, and why.' })
export class MissingScore {
  @Field(() => ExternalPlatform, { description: 'The platform without a score.' })
  platform!: ExternalPlatform;

  @Field(() => SourceState, {
    description: 'Why: NOT_LISTED (no id for it, not on the platform, or no score there), FAILED or NOT_CONFIGURED.',
  })
  state!: SourceState;

  @Field(() => String, {
    nullable: true,
    description: 'The error code (UPSTREAM_UNAVAILABLE, UPSTREAM_TIMEOUT, ...) when it failed; else null.',
  })
  code!: string | null;
}

@ObjectType({ description: 'How the platforms agree on an anime, from their normalized (0-10) scores.' })
export class RatingAnalysis {
  @Field(() => [PlatformScore], { description: 'The scores analysed: one per platform that has a score for the anime.' })
  scores!: PlatformScore[];

  @Field(() => Float, { description: 'Mean of the normalized scores, 0-10, rounded to 3 decimals.' })
  mean!: number;

  @Field(() => Float, { description: 'Median of the normalized scores, 0-10, rounded to 3 decimals.' })
  median!: number;

  @Field(() => Float, { description: 'Population standard deviation of the normalized scores, in points of 0-10.' })
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

@ObjectType({ description: 'A person who voices a character.' })
export class VoiceActor {
  @Field(() => String, { description: 'Their name, as the platform writes it.' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The language of the role, as MyAnimeList writes it (Japanese, English, ...); always Japanese from AniList and AniDB.',
  })
  language!: string | null;

  @Field(() => String, { nullable: true, description: 'Their page on the platform; null when it gives none.' })
  url!: string | null;
}

@ObjectType({ description: 'A character of an anime, as one platform lists it.' })
export class AnimeCharacter {
  @Field(() => String, { description: "The character's name, as the platform writes it." })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The character's part, worded as the platform has it: Main or Supporting (MyAnimeList), MAIN, SUPPORTING or BACKGROUND " +
      '(AniList), ...; null when the platform gives none.',
  })
  role!: string | null;

  @Field(() => String, { nullable: true, description: "URL of the character's picture; null when the platform has none." })
  image!: string | null;

  @Field(() => String, { nullable: true, description: "The character's page on the platform; null when it gives none." })
  url!: string | null;

  @Field(() => [VoiceActor], {
    description: 'Who voices the character: in every language MyAnimeList lists, in Japanese from AniList and AniDB; none from Kitsu.',
  })
  voiceActors!: VoiceActor[];

  @Field(() => ExternalPlatform, { description: 'The platform this character comes from.' })
  source!: ExternalPlatform;
}

@ObjectType({ description: 'Someone credited on an anime (from AniDB, also companies), with their roles.' })
export class StaffCredit {
  @Field(() => String, { description: 'Their name, as the platform writes it.' })
  name!: string;

  @Field(() => [String], { description: 'Their roles, worded as the platform has them: Director, Music, ...; may be empty.' })
  roles!: string[];

  @Field(() => String, { nullable: true, description: 'Their page on the platform; null when it gives none.' })
  url!: string | null;

  @Field(() => ExternalPlatform, { description: 'The platform this credit comes from.' })
  source!: ExternalPlatform;
}

@ObjectType({ description: "Another anime a platform's users recommend with this one." })
export class PlatformRecommendation {
  @Field(() => String, { description: "The recommended anime's title (from AniList, its English title, else its romaji one)." })
  title!: string;

  @Field(() => CatalogEntry, {
    nullable: true,
    description:
      'Its entry in the catalog, by its MyAnimeList id: `anime` there is null when the catalog does not have it; null when the ' +
      'platform gives no MyAnimeList id for it.',
  })
  catalog!: { platform: string; id: string } | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Votes (MyAnimeList) or rating (AniList) behind the recommendation; null when AniList gives none.',
  })
  votes!: number | null;

  @Field(() => String, {
    nullable: true,
    description: "The recommendation's page on MyAnimeList, or the recommended anime's page on AniList; null when there is none.",
  })
  url!: string | null;

  @Field(() => ExternalPlatform, { description: 'The platform whose users recommend it.' })
  source!: ExternalPlatform;
}

@ObjectType({ description: 'Where to watch it; one entry per URL, with every platform that lists it.' })
export class StreamingLink {
  @Field(() => String, {
    description: 'The streaming service (Crunchyroll, Netflix, ...), named as the first platform listing the URL names it.',
  })
  site!: string;

  @Field(() => String, { description: "The anime's page on that service." })
  url!: string;

  @Field(() => [String], {
    description: 'Subtitle languages, as codes such as en; only Kitsu says, so empty when it does not list the URL.',
  })
  subtitles!: string[];

  @Field(() => [String], { description: 'Dub languages, as codes such as ja; only Kitsu says, so empty when it does not list the URL.' })
  dubs!: string[];

  @Field(() => [ExternalPlatform], { description: 'Every platform that lists this URL.' })
  sources!: ExternalPlatform[];
}

@ObjectType({ description: 'A trailer video of an anime.' })
export class Trailer {
  @Field(() => String, { description: 'Where the video is: youtube or dailymotion.' })
  site!: string;

  @Field(() => String, { description: "The video's id on that site." })
  id!: string;

  @Field(() => String, { description: "The video's page." })
  url!: string;

  @Field(() => String, { nullable: true, description: 'URL of a still of the video; null when there is none.' })
  thumbnail!: string | null;

  @Field(() => ExternalPlatform, { description: 'The platform that gave the trailer.' })
  source!: ExternalPlatform;
}

@ObjectType({ description: 'A web page about an anime (official site, social account, database entry, ...); one entry per URL.' })
export class ExternalLink {
  @Field(() => String, {
    description: 'What the page is, named as the first platform listing the URL names it: Official Site, Twitter, Wikipedia, ...',
  })
  site!: string;

  @Field(() => String, { description: "The page's address." })
  url!: string;

  @Field(() => [ExternalPlatform], { description: 'Every platform that lists this URL.' })
  sources!: ExternalPlatform[];
}

@ObjectType({ description: 'The error a platform call ended with.' })
export class SourceError {
  @Field(() => String, {
    description: 'The error code, as in extensions.code: UPSTREAM_UNAVAILABLE, UPSTREAM_TIMEOUT or UPSTREAM_RATE_LIMITED.',
  })
  code!: string;

  @Field(() => String, { description: 'What went wrong, in words, after the platform\'s name ("AniList: answered 503").' })
  message!: string;
}

@ObjectType({
  description:
    'Where part of this response came from: which platform was asked for what, whether it answered, from which cache tier, how fresh.',
})
export class DataSource {
  @Field(() => ExternalPlatform, { description: 'The platform asked.' })
  platform!: ExternalPlatform;

  @Field(() => String, {
    description:
      "What it was asked for: anime, media (AniList's one record of an anime), characters, staff, recommendations, streaming, " +
      'streaming links, anime search or list (a page of a list).',
  })
  resource!: string;

  @Field(() => SourceState, { description: 'Whether it answered, and why not when it did not.' })
  state!: SourceState;

  @Field(() => CacheTier, {
    nullable: true,
    description: 'Where the answer came from (for stale data, the tier that held it); null when the platform did not answer.',
  })
  cacheTier!: CacheTier | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the data was fetched from the platform (UTC); null when it did not answer.',
  })
  fetchedAt!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Whole seconds since the data was fetched from the platform (0 when fetched for this request); null when it did not answer.',
  })
  ageSeconds!: number | null;

  @Field(() => Boolean, {
    description:
      'Older than its cache TTL (by default 7 days for anime details, 1 hour for schedules, 30 minutes for streaming links, 6 hours ' +
      'for the rest) and served anyway, up to a day past it by default: while it is refreshed, or because the platform failed.',
  })
  stale!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Why stale data was served: revalidating (a refresh is under way) or upstream-failed (the last refresh failed; see `error`). ' +
      'Null when not stale.',
  })
  staleReason!: string | null;

  @Field(() => SourceError, {
    nullable: true,
    description: 'Why the call failed (state FAILED), or why the last refresh of stale data failed (upstream-failed); else null.',
  })
  error!: SourceError | null;

  @Field(() => [String], {
    description:
      'The fields of this response it supplied: ["dataSources"] when dataSources was asked without them; empty for the dataSource of a list page.',
  })
  fields!: string[];
}
