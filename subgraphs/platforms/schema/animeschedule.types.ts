import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CatalogEntry } from './catalog-entry.type.js';
import { DataSource, ExternalLink, StreamingLink } from './enrichment.types.js';

// Values reach resolvers as their names; AnimeSchedule's parameters are spelled as in `toParameter`.
export enum AirType {
  RAW = 'RAW',
  SUB = 'SUB',
  DUB = 'DUB',
  ALL = 'ALL',
}
export enum ScheduleAiringStatus {
  FINISHED = 'FINISHED',
  ONGOING = 'ONGOING',
  UPCOMING = 'UPCOMING',
}
export enum ScheduleSort {
  POPULARITY = 'POPULARITY',
  SCORE = 'SCORE',
  ALPHABETIC = 'ALPHABETIC',
  RELEASE_DATE = 'RELEASE_DATE',
}
export enum MatchMode {
  ALL = 'ALL',
  ANY = 'ANY',
}
export enum ScheduleSeason {
  WINTER = 'WINTER',
  SPRING = 'SPRING',
  SUMMER = 'SUMMER',
  FALL = 'FALL',
}

/** RELEASE_DATE -> releaseDate, ONGOING -> ongoing. */
export function toParameter(value: string): string {
  return value.toLowerCase().replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
}

registerEnumType(AirType, {
  name: 'AirType',
  description: 'RAW: the Japanese broadcast; SUB and DUB: the English subtitled and dubbed releases.',
});
registerEnumType(ScheduleAiringStatus, { name: 'ScheduleAiringStatus' });
registerEnumType(ScheduleSort, { name: 'ScheduleSort' });
registerEnumType(MatchMode, { name: 'MatchMode', description: 'Whether an anime must have all the genres given, or any of them.' });
registerEnumType(ScheduleSeason, { name: 'ScheduleSeason' });

@ObjectType({ description: 'An anime as AnimeSchedule describes it.' })
export class ScheduleAnime {
  @Field(() => String, { description: "AnimeSchedule's slug (its `route`)." })
  slug!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  romaji!: string | null;

  @Field(() => String, { nullable: true })
  english!: string | null;

  @Field(() => String, { nullable: true })
  native!: string | null;

  @Field(() => String, { nullable: true, description: 'Finished, Ongoing, Upcoming or Delayed.' })
  status!: string | null;

  @Field(() => Int, { nullable: true })
  episodes!: number | null;

  @Field(() => Int, { nullable: true })
  lengthMinutes!: number | null;

  @Field(() => String, { nullable: true, description: 'First Japanese airing (ISO date-time).' })
  premiere!: string | null;

  @Field(() => [String])
  genres!: string[];

  @Field(() => [String])
  studios!: string[];

  @Field(() => [String])
  sources!: string[];

  @Field(() => [String])
  mediaTypes!: string[];

  @Field(() => Float, { nullable: true, description: "AnimeSchedule's users' score, 0-100." })
  score!: number | null;

  @Field(() => Int, { nullable: true })
  ratingCount!: number | null;

  @Field(() => String, { nullable: true })
  image!: string | null;

  @Field(() => [ExternalLink], { description: 'Its pages on MyAnimeList, AniList, Kitsu, AniDB and its official site.' })
  websites!: ExternalLink[];

  @Field(() => [StreamingLink])
  streams!: StreamingLink[];

  @Field(() => CatalogEntry, {
    nullable: true,
    description: 'Its entry in the catalog: `anime` there is null when the catalog does not have it.',
  })
  catalog!: { platform: string; id: string } | null;
}

@ObjectType()
export class ScheduleAnimeResults {
  @Field(() => [ScheduleAnime])
  items!: ScheduleAnime[];

  @Field(() => Int, { description: 'Anime matching, in all pages.' })
  total!: number;

  @Field(() => DataSource)
  dataSource!: DataSource;
}

@ObjectType({ description: 'An episode in a week of the timetable.' })
export class TimetableEpisode {
  @Field(() => String)
  title!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => String, { nullable: true })
  english!: string | null;

  @Field(() => Int, { nullable: true })
  episodeNumber!: number | null;

  @Field(() => Int, { nullable: true, description: 'Episodes in all; null when unknown.' })
  episodes!: number | null;

  @Field(() => String, { description: 'When it airs, ISO date-time in the time zone asked for.' })
  airsAt!: string;

  @Field(() => AirType)
  airType!: AirType;

  @Field(() => String, { nullable: true, description: 'airing, aired, unaired or delayed-air.' })
  airingStatus!: string | null;

  @Field(() => String, { nullable: true, description: 'Why and how long it is delayed, when it is.' })
  delayed!: string | null;

  @Field(() => Int, { nullable: true })
  lengthMinutes!: number | null;

  @Field(() => Boolean, { description: 'A Chinese animation.' })
  donghua!: boolean;

  @Field(() => String, { nullable: true })
  image!: string | null;

  @Field(() => [StreamingLink])
  streams!: StreamingLink[];
}

@ObjectType({ description: 'AnimeSchedule: search, anime by slug, and the weekly timetables.' })
export class AnimeScheduleQueries {}
