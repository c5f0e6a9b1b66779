import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CatalogEntry } from './catalog-entry.type.js';
import { platformConnection } from './connection.type.js';

// GraphQL enum values reach resolvers as their names (the federated schema is built from SDL);
// Jikan's parameter is the lower-case name, without underscores.
export enum JikanAnimeType {
  TV = 'TV',
  MOVIE = 'MOVIE',
  OVA = 'OVA',
  SPECIAL = 'SPECIAL',
  ONA = 'ONA',
  MUSIC = 'MUSIC',
}
export enum JikanTopFilter {
  AIRING = 'AIRING',
  UPCOMING = 'UPCOMING',
  BYPOPULARITY = 'BYPOPULARITY',
  FAVORITE = 'FAVORITE',
}
export enum JikanRating {
  G = 'G',
  PG = 'PG',
  PG13 = 'PG13',
  R17 = 'R17',
  R = 'R',
  RX = 'RX',
}
export enum JikanDay {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
  UNKNOWN = 'UNKNOWN',
  OTHER = 'OTHER',
}
export enum JikanGenreFilter {
  GENRES = 'GENRES',
  EXPLICIT_GENRES = 'EXPLICIT_GENRES',
  THEMES = 'THEMES',
  DEMOGRAPHICS = 'DEMOGRAPHICS',
}
export enum JikanSeason {
  WINTER = 'WINTER',
  SPRING = 'SPRING',
  SUMMER = 'SUMMER',
  FALL = 'FALL',
}

/** Jikan's spelling of an enum value: FAVORITE -> favorite, EXPLICIT_GENRES -> explicit_genres. */
export const jikanValue = <T extends string>(value: string | null | undefined): T | undefined =>
  value ? (value.toLowerCase() as T) : undefined;

registerEnumType(JikanAnimeType, {
  name: 'JikanAnimeType',
  description: 'A kind of release, as MyAnimeList files anime.',
  valuesConfig: {
    TV: { description: 'A TV series.' },
    MOVIE: { description: 'A film.' },
    OVA: { description: 'Original video animation: released straight to video.' },
    SPECIAL: { description: 'A special: an episode or short outside the regular series.' },
    ONA: { description: 'Original net animation: released online first.' },
    MUSIC: { description: 'A music video.' },
  },
});
registerEnumType(JikanTopFilter, {
  name: 'JikanTopFilter',
  description: 'Which top list: airing now, upcoming, by popularity (members), or by favorites.',
  valuesConfig: {
    AIRING: { description: 'Top anime airing now.' },
    UPCOMING: { description: 'Top anime not aired yet.' },
    BYPOPULARITY: { description: 'By popularity: the most MyAnimeList members (users with it on their list) first.' },
    FAVORITE: { description: 'By how many MyAnimeList users have it as a favorite, most first.' },
  },
});
registerEnumType(JikanRating, {
  name: 'JikanRating',
  description: "MyAnimeList's age rating: G all ages ... RX hentai.",
  valuesConfig: {
    G: { description: 'G: all ages.' },
    PG: { description: 'PG: children.' },
    PG13: { description: 'PG-13: teens 13 or older.' },
    R17: { description: 'R: 17 or older (violence and profanity).' },
    R: { description: 'R+: mild nudity.' },
    RX: { description: 'Rx: hentai.' },
  },
});
registerEnumType(JikanDay, {
  name: 'JikanDay',
  description: 'Broadcast day in Japan time (JST); UNKNOWN and OTHER (not weekly) as MyAnimeList files them.',
  valuesConfig: {
    MONDAY: { description: 'Monday, Japan time.' },
    TUESDAY: { description: 'Tuesday, Japan time.' },
    WEDNESDAY: { description: 'Wednesday, Japan time.' },
    THURSDAY: { description: 'Thursday, Japan time.' },
    FRIDAY: { description: 'Friday, Japan time.' },
    SATURDAY: { description: 'Saturday, Japan time.' },
    SUNDAY: { description: 'Sunday, Japan time.' },
    UNKNOWN: { description: 'MyAnimeList does not know the broadcast day.' },
    OTHER: { description: 'Not broadcast weekly on one day, as MyAnimeList files it.' },
  },
});
registerEnumType(JikanGenreFilter, {
  name: 'JikanGenreFilter',
  description: 'Which kind of MyAnimeList genre.',
  valuesConfig: {
    GENRES: { description: 'Genres: Action, Comedy, ...' },
    EXPLICIT_GENRES: { description: 'Explicit genres: Ecchi, Erotica, Hentai.' },
    THEMES: { description: 'Themes: School, Isekai, ...' },
    DEMOGRAPHICS: { description: 'Demographics, the target audience: Shounen, Shoujo, Seinen, Josei, Kids.' },
  },
});
registerEnumType(JikanSeason, {
  name: 'JikanSeason',
  description: 'An anime season of a year, as MyAnimeList files anime.',
  valuesConfig: {
    WINTER: { description: 'Winter: January to March.' },
    SPRING: { description: 'Spring: April to June.' },
    SUMMER: { description: 'Summer: July to September.' },
    FALL: { description: 'Fall: October to December.' },
  },
});

@ObjectType({ description: 'An anime as MyAnimeList (through Jikan) describes it.' })
export class JikanAnime {
  @Field(() => Int, { description: 'Its MyAnimeList id.' })
  malId!: number;

  @Field(() => String, { description: 'Its MyAnimeList page.' })
  url!: string;

  @Field(() => String, { description: "MyAnimeList's main title (usually the romanized Japanese one)." })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Its English title; null when MyAnimeList has none.' })
  titleEnglish!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Its type as MyAnimeList writes it: TV, Movie, OVA, Special, ONA, Music, ...; null when unknown.',
  })
  type!: string | null;

  @Field(() => Int, { nullable: true, description: 'How many episodes it has; null when unknown (often while it airs).' })
  episodes!: number | null;

  @Field(() => String, { nullable: true, description: 'Finished Airing, Currently Airing or Not yet aired, as MyAnimeList writes it.' })
  status!: string | null;

  @Field(() => Float, { nullable: true, description: "MyAnimeList's user score, 1-10; null when it has none yet." })
  score!: number | null;

  @Field(() => Int, { nullable: true, description: 'How many MyAnimeList users scored it.' })
  scoredBy!: number | null;

  @Field(() => Int, { nullable: true, description: "Its place in MyAnimeList's ranking by score (1 is best); null when unranked." })
  rank!: number | null;

  @Field(() => Int, { nullable: true, description: "Its place in MyAnimeList's ranking by members (1 has the most)." })
  popularity!: number | null;

  @Field(() => Int, { nullable: true, description: 'How many MyAnimeList users have it on their list.' })
  members!: number | null;

  @Field(() => String, { nullable: true, description: "MyAnimeList's synopsis; null when it has none." })
  synopsis!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The season it premiered in: winter, spring, summer or fall; null when MyAnimeList files it under none.',
  })
  season!: string | null;

  @Field(() => Int, { nullable: true, description: 'The year of that season; null when none.' })
  year!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Its weekly broadcast slot in Japan time, as MyAnimeList writes it: "Saturdays at 01:25 (JST)"; null when it has none.',
  })
  broadcast!: string | null;

  @Field(() => String, { nullable: true, description: 'URL of its cover picture (JPEG); null when it has none.' })
  image!: string | null;

  @Field(() => [String], { description: 'Its genres, by name (its explicit genres, themes and demographics are not included).' })
  genres!: string[];

  @Field(() => [String], { description: 'Its studios, by name.' })
  studios!: string[];

  @Field(() => CatalogEntry, {
    nullable: true,
    description: 'Its entry in the catalog: `anime` there is null when the catalog does not have it.',
  })
  catalog!: { platform: string; id: string } | null;
}

@ObjectType({ description: "A page of a MyAnimeList list (top, season, a day's schedule), read through Jikan." })
export class JikanAnimeConnection extends platformConnection(JikanAnime, 'JikanAnime', 'anime', 'MyAnimeList') {
  @Field(() => [JikanAnime], { description: 'The anime of this page.', deprecationReason: 'Use nodes, the same list.' })
  items!: JikanAnime[];

  @Field(() => Int, {
    description: 'The number of the MyAnimeList page (of `limit` anime, else 25) this page starts on.',
    deprecationReason: 'Page with first and after; pageInfo says where a page stands.',
  })
  page!: number;

  @Field(() => Int, {
    description: "The number of the list's last MyAnimeList page (of `limit` anime, else 25).",
    deprecationReason: 'Page with first and after until pageInfo.hasNextPage is false.',
  })
  lastPage!: number;

  @Field(() => Boolean, { description: 'Whether more anime follow this page.', deprecationReason: 'Use pageInfo.hasNextPage.' })
  hasNextPage!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'How many anime the list holds in all; null when MyAnimeList does not say.',
    deprecationReason: 'Use totalCount.',
  })
  total!: number | null;
}

@ObjectType({ description: 'A MyAnimeList genre, theme or demographic.' })
export class JikanGenre {
  @Field(() => Int, { description: 'Its MyAnimeList id.' })
  malId!: number;

  @Field(() => String, { description: 'Its name: Action, School, Shounen, ...' })
  name!: string;

  @Field(() => String, { description: 'Its MyAnimeList page, which lists its anime.' })
  url!: string;

  @Field(() => Int, { description: 'How many anime MyAnimeList files under it.' })
  count!: number;
}

@ObjectType({ description: 'An anime named in a MyAnimeList recommendation.' })
export class JikanAnimeRef {
  @Field(() => Int, { description: 'Its MyAnimeList id.' })
  malId!: number;

  @Field(() => String, { description: "MyAnimeList's main title." })
  title!: string;

  @Field(() => String, { description: 'Its MyAnimeList page.' })
  url!: string;

  @Field(() => CatalogEntry, {
    nullable: true,
    description: 'Its entry in the catalog: `anime` there is null when the catalog does not have it.',
  })
  catalog!: { platform: string; id: string } | null;
}

@ObjectType({ description: "A MyAnimeList user's recommendation: if you liked one, watch the other." })
export class CommunityRecommendation {
  @Field(() => String, { description: "Jikan's id of the recommendation." })
  id!: string;

  @Field(() => [JikanAnimeRef], { description: 'The two anime it pairs.' })
  entries!: JikanAnimeRef[];

  @Field(() => String, { nullable: true, description: "Why, in the user's words; null when there is no text." })
  content!: string | null;

  @Field(() => String, { nullable: true, description: 'When it was posted: an ISO 8601 date-time, as Jikan gives it; null when unknown.' })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'The MyAnimeList username of its author; null when unknown.' })
  user!: string | null;
}

@ObjectType({ description: "A page of MyAnimeList users' latest recommendations, newest first." })
export class CommunityRecommendationConnection extends platformConnection(
  CommunityRecommendation,
  'CommunityRecommendation',
  'recommendation',
  'MyAnimeList',
) {
  @Field(() => [CommunityRecommendation], {
    description: 'The recommendations of this page.',
    deprecationReason: 'Use nodes, the same list.',
  })
  items!: CommunityRecommendation[];

  @Field(() => Int, {
    description: 'The number of the MyAnimeList page (of 100 recommendations) this page starts on.',
    deprecationReason: 'Page with first and after; pageInfo says where a page stands.',
  })
  page!: number;

  @Field(() => Boolean, { description: 'Whether more recommendations follow this page.', deprecationReason: 'Use pageInfo.hasNextPage.' })
  hasNextPage!: boolean;
}

@ObjectType({ description: 'MyAnimeList, read through Jikan v4: top lists, seasons, schedules, genres and more.' })
export class JikanQueries {}
