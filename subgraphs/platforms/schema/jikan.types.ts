import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CatalogEntry } from './catalog-entry.type.js';
import { DataSource } from './enrichment.types.js';

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

registerEnumType(JikanAnimeType, { name: 'JikanAnimeType' });
registerEnumType(JikanTopFilter, {
  name: 'JikanTopFilter',
  description: 'Which top list: airing now, upcoming, by popularity (members), or by favorites.',
});
registerEnumType(JikanRating, { name: 'JikanRating', description: 'Age rating: G all ages ... RX hentai.' });
registerEnumType(JikanDay, { name: 'JikanDay', description: 'Broadcast day; UNKNOWN and OTHER (not weekly) as MyAnimeList files them.' });
registerEnumType(JikanGenreFilter, { name: 'JikanGenreFilter' });
registerEnumType(JikanSeason, { name: 'JikanSeason' });

@ObjectType({ description: 'An anime as MyAnimeList (through Jikan) describes it.' })
export class JikanAnime {
  @Field(() => Int)
  malId!: number;

  @Field(() => String)
  url!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  titleEnglish!: string | null;

  @Field(() => String, { nullable: true })
  type!: string | null;

  @Field(() => Int, { nullable: true })
  episodes!: number | null;

  @Field(() => String, { nullable: true })
  status!: string | null;

  @Field(() => Float, { nullable: true, description: '1-10.' })
  score!: number | null;

  @Field(() => Int, { nullable: true })
  scoredBy!: number | null;

  @Field(() => Int, { nullable: true })
  rank!: number | null;

  @Field(() => Int, { nullable: true })
  popularity!: number | null;

  @Field(() => Int, { nullable: true })
  members!: number | null;

  @Field(() => String, { nullable: true })
  synopsis!: string | null;

  @Field(() => String, { nullable: true })
  season!: string | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => String, { nullable: true, description: 'Broadcast slot as MyAnimeList writes it: "Saturdays at 01:25 (JST)".' })
  broadcast!: string | null;

  @Field(() => String, { nullable: true })
  image!: string | null;

  @Field(() => [String])
  genres!: string[];

  @Field(() => [String])
  studios!: string[];

  @Field(() => CatalogEntry, {
    nullable: true,
    description: 'Its entry in the catalog: `anime` there is null when the catalog does not have it.',
  })
  catalog!: { platform: string; id: string } | null;
}

@ObjectType()
export class JikanAnimePage {
  @Field(() => [JikanAnime])
  items!: JikanAnime[];

  @Field(() => Int)
  page!: number;

  @Field(() => Int)
  lastPage!: number;

  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Int, { nullable: true, description: 'Items in all pages, where Jikan says.' })
  total!: number | null;

  @Field(() => DataSource, { description: 'Where this answer came from (cache tier, age).' })
  dataSource!: DataSource;
}

@ObjectType()
export class JikanGenre {
  @Field(() => Int)
  malId!: number;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  url!: string;

  @Field(() => Int, { description: 'Anime with this genre.' })
  count!: number;
}

@ObjectType()
export class JikanAnimeRef {
  @Field(() => Int)
  malId!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  url!: string;

  @Field(() => CatalogEntry, {
    nullable: true,
    description: 'Its entry in the catalog: `anime` there is null when the catalog does not have it.',
  })
  catalog!: { platform: string; id: string } | null;
}

@ObjectType({ description: "A MyAnimeList user's recommendation: if you liked one, watch the other." })
export class CommunityRecommendation {
  @Field(() => String)
  id!: string;

  @Field(() => [JikanAnimeRef])
  entries!: JikanAnimeRef[];

  @Field(() => String, { nullable: true })
  content!: string | null;

  @Field(() => String, { nullable: true })
  date!: string | null;

  @Field(() => String, { nullable: true })
  user!: string | null;
}

@ObjectType()
export class CommunityRecommendationPage {
  @Field(() => [CommunityRecommendation])
  items!: CommunityRecommendation[];

  @Field(() => Int)
  page!: number;

  @Field(() => Boolean)
  hasNextPage!: boolean;
}

@ObjectType({ description: 'MyAnimeList, read through Jikan: top lists, seasons, schedules, genres and more.' })
export class JikanQueries {}
