import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AirType } from '../../../lib/air-type.enum.js';
import { CatalogEntry } from './catalog-entry.type.js';
import { platformConnection } from './connection.type.js';
import { ExternalLink, StreamingLink } from './enrichment.types.js';

export { AirType };

// Values reach resolvers as their names; AnimeSchedule's parameters are spelled as in `toParameter`.
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

registerEnumType(ScheduleAiringStatus, {
  name: 'ScheduleAiringStatus',
  description: "An anime's airing status on AnimeSchedule.",
  valuesConfig: {
    FINISHED: { description: 'It has finished airing.' },
    ONGOING: { description: 'It is airing now.' },
    UPCOMING: { description: 'It has not started airing yet.' },
  },
});
registerEnumType(ScheduleSort, {
  name: 'ScheduleSort',
  description: "How AnimeSchedule orders a search's results.",
  valuesConfig: {
    POPULARITY: { description: 'Most popular on AnimeSchedule first.' },
    SCORE: { description: "Highest AnimeSchedule users' score first." },
    ALPHABETIC: { description: 'By title, A to Z.' },
    RELEASE_DATE: { description: 'By premiere date.' },
  },
});
registerEnumType(MatchMode, {
  name: 'MatchMode',
  description: "How the values given to AnimeSchedule's list filters combine (its `mt` parameter).",
  valuesConfig: {
    ALL: { description: 'An anime must match every value given.' },
    ANY: { description: 'An anime needs to match only one of the values given.' },
  },
});
registerEnumType(ScheduleSeason, {
  name: 'ScheduleSeason',
  description: 'An anime season of a year.',
  valuesConfig: {
    WINTER: { description: 'Winter: January to March.' },
    SPRING: { description: 'Spring: April to June.' },
    SUMMER: { description: 'Summer: July to September.' },
    FALL: { description: 'Fall: October to December.' },
  },
});

@ObjectType({ description: 'An anime as AnimeSchedule describes it.' })
export class ScheduleAnime {
  @Field(() => String, { description: "AnimeSchedule's slug (its `route`), as in animeschedule.net/anime/<slug>." })
  slug!: string;

  @Field(() => String, { description: "AnimeSchedule's display title." })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Its romanized Japanese title; null when AnimeSchedule has none.' })
  romaji!: string | null;

  @Field(() => String, { nullable: true, description: 'Its English title; null when AnimeSchedule has none.' })
  english!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Its title in the original script (Japanese, ...); null when AnimeSchedule has none.',
  })
  native!: string | null;

  @Field(() => String, { nullable: true, description: 'Its airing status on AnimeSchedule: Finished, Ongoing, Upcoming or Delayed.' })
  status!: string | null;

  @Field(() => Int, { nullable: true, description: 'How many episodes it has; null when unknown.' })
  episodes!: number | null;

  @Field(() => Int, { nullable: true, description: 'Length of one episode, in minutes; null when unknown.' })
  lengthMinutes!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'When its first episode aired (or airs) in Japan: an ISO 8601 date-time, as AnimeSchedule gives it; null when unknown.',
  })
  premiere!: string | null;

  @Field(() => [String], { description: 'Its genres, by name, as AnimeSchedule lists them.' })
  genres!: string[];

  @Field(() => [String], { description: 'Its studios, by name.' })
  studios!: string[];

  @Field(() => [String], { description: 'Its source material, by name: Manga, Light Novel, Original, ...' })
  sources!: string[];

  @Field(() => [String], { description: 'Its media types, by name: TV, Movie, ONA, ...' })
  mediaTypes!: string[];

  @Field(() => Float, { nullable: true, description: "AnimeSchedule users' average score, 1-100; null when AnimeSchedule has none." })
  score!: number | null;

  @Field(() => Int, { nullable: true, description: 'How many AnimeSchedule users rated it; null when AnimeSchedule does not say.' })
  ratingCount!: number | null;

  @Field(() => String, { nullable: true, description: "URL of its poster on AnimeSchedule's image server; null when it has none." })
  image!: string | null;

  @Field(() => [ExternalLink], {
    description: 'Its pages on MyAnimeList, AniList, Kitsu and AniDB, and its official site, where AnimeSchedule lists them.',
  })
  websites!: ExternalLink[];

  @Field(() => [StreamingLink], { description: 'Where to stream it, as AnimeSchedule lists it (without subtitle or dub languages).' })
  streams!: StreamingLink[];

  @Field(() => CatalogEntry, {
    nullable: true,
    description:
      'Its entry in the catalog, by its MyAnimeList id: `anime` there is null when the catalog does not have it; null when ' +
      'AnimeSchedule links no MyAnimeList page.',
  })
  catalog!: { platform: string; id: string } | null;
}

@ObjectType({ description: "A page of AnimeSchedule's anime search, best first by the sort asked for." })
export class ScheduleAnimeConnection extends platformConnection(ScheduleAnime, 'ScheduleAnime', 'anime', 'AnimeSchedule') {
  @Field(() => [ScheduleAnime], { description: 'The anime of this page.', deprecationReason: 'Use nodes, the same list.' })
  items!: ScheduleAnime[];

  @Field(() => Int, { description: 'How many anime match, in all pages.', deprecationReason: 'Use totalCount.' })
  total!: number;
}

@ObjectType({ description: 'An episode in a week of the timetable.' })
export class TimetableEpisode {
  @Field(() => String, { description: "The anime's display title on AnimeSchedule." })
  title!: string;

  @Field(() => String, { description: "The anime's AnimeSchedule slug: pass it to animeSchedule.anime for the whole anime." })
  slug!: string;

  @Field(() => String, { nullable: true, description: "The anime's English title; null when AnimeSchedule has none." })
  english!: string | null;

  @Field(() => Int, { nullable: true, description: 'The number of this episode; null when AnimeSchedule gives none.' })
  episodeNumber!: number | null;

  @Field(() => Int, { nullable: true, description: "The anime's episodes in all; null when unknown." })
  episodes!: number | null;

  @Field(() => String, {
    description: "When it airs: an ISO 8601 date-time in the time zone asked for (AnimeSchedule's default, Europe/London, without one).",
  })
  airsAt!: string;

  @Field(() => AirType, { description: 'Which release this is: RAW (the Japanese broadcast), SUB or DUB.' })
  airType!: AirType;

  @Field(() => String, { nullable: true, description: "The episode's status now: airing, aired, unaired or delayed-air." })
  airingStatus!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'AnimeSchedule\'s note when it is delayed, with "until" and an ISO 8601 date-time when it says until when; null when it is not.',
  })
  delayed!: string | null;

  @Field(() => Int, { nullable: true, description: 'Length of the episode, in minutes; null when unknown.' })
  lengthMinutes!: number | null;

  @Field(() => Boolean, { description: 'True for a donghua: a Chinese animation.' })
  donghua!: boolean;

  @Field(() => String, { nullable: true, description: "URL of the anime's poster on AnimeSchedule's image server; null when it has none." })
  image!: string | null;

  @Field(() => [StreamingLink], { description: 'Where to stream it, as AnimeSchedule lists it (without subtitle or dub languages).' })
  streams!: StreamingLink[];
}

@ObjectType({ description: 'AnimeSchedule (v3 API): anime search, anime by slug, and the weekly timetables.' })
export class AnimeScheduleQueries {}
