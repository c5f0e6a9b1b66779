import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { AnimeStatus, AnimeType, CatalogSite, Season } from './enums.js';

@ObjectType({ description: "An anime's id on another platform." })
export class PlatformId {
  @Field(() => CatalogSite)
  platform!: CatalogSite;

  @Field(() => String, { description: "The platform's own id (a number, or a slug for anime-planet)." })
  id!: string;

  @Field(() => String)
  url!: string;
}

@ObjectType({ description: 'Aggregated score over the platforms, on a 1-10 scale.' })
export class AnimeScore {
  @Field(() => Float)
  arithmeticGeometricMean!: number;

  @Field(() => Float)
  arithmeticMean!: number;

  @Field(() => Float)
  median!: number;
}

@ObjectType({ description: 'Length of one episode.' })
export class Duration {
  @Field(() => Int)
  seconds!: number;

  @Field(() => Float)
  minutes!: number;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'An anime from the catalog (anime-offline-database).' })
export class Anime {
  @Field(() => ID, { description: 'Stable AniGraph id, from the preferred platform id: "mal-16498".' })
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => [String], { description: 'Alternative titles, in any language.' })
  synonyms!: string[];

  @Field(() => AnimeType)
  type!: AnimeType;

  @Field(() => Int, { description: '0 when unknown.' })
  episodes!: number;

  @Field(() => AnimeStatus)
  status!: AnimeStatus;

  @Field(() => Season)
  season!: Season;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => String)
  picture!: string;

  @Field(() => String)
  thumbnail!: string;

  @Field(() => Duration, { nullable: true })
  duration!: Duration | null;

  @Field(() => AnimeScore, { nullable: true })
  score!: AnimeScore | null;

  @Field(() => [String])
  studios!: string[];

  @Field(() => [String])
  producers!: string[];

  @Field(() => [String])
  tags!: string[];

  @Field(() => [String], { description: 'URLs of related anime on the platforms, as the catalog lists them.' })
  relatedAnime!: string[];

  @Field(() => [String], { description: "URLs of this anime's pages on the platforms." })
  sources!: string[];

  @Field(() => [PlatformId], { description: 'The platform ids parsed from `sources`.' })
  platformIds!: PlatformId[];

  // The public `synopsis` is the platforms subgraph's: it answers with this one when there is one.
  @Directive('@inaccessible')
  @Field(() => String, { nullable: true, description: 'English synopsis from ANIME_SYNOPSES_PATH, where the catalog has one.' })
  localSynopsis!: string | null;
}
