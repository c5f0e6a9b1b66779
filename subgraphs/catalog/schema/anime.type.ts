import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { AnimeStatus, AnimeType, CatalogSite, Season } from './enums.js';

@ObjectType({ description: "An anime's id on one of the sites anime-offline-database cross-references." })
export class PlatformId {
  @Field(() => CatalogSite, { description: 'The site the id belongs to.' })
  platform!: CatalogSite;

  @Field(() => String, {
    description: 'The id on that site, as in its URL: digits ("1") on most sites, a slug ("cowboy-bebop") on ANIME_PLANET.',
  })
  id!: string;

  @Field(() => String, { description: "URL of the anime's page on that site, in the canonical https form rebuilt from the id." })
  url!: string;
}

@ObjectType({ description: "anime-offline-database's aggregate of the scores the sites give an anime, on a 1-10 scale (10 best)." })
export class AnimeScore {
  @Field(() => Float, {
    description: "Arithmetic-geometric mean of the sites' scores (1-10): the score AnimeFilter.score filters on and search ranks by.",
  })
  arithmeticGeometricMean!: number;

  @Field(() => Float, { description: "Arithmetic mean of the sites' scores (1-10)." })
  arithmeticMean!: number;

  @Field(() => Float, { description: "Median of the sites' scores (1-10)." })
  median!: number;
}

@ObjectType({ description: 'Running time of one episode, as anime-offline-database gives it.' })
export class Duration {
  @Field(() => Int, { description: 'Length of one episode in seconds.' })
  seconds!: number;

  @Field(() => Float, { description: 'The same length in minutes (seconds / 60, rounded to 2 decimals).' })
  minutes!: number;
}

@Directive('@key(fields: "id")')
@ObjectType({
  description: 'An anime from the catalog: one anime-offline-database entry, which merges what the sites in `Platform` list for it.',
})
export class Anime {
  @Field(() => ID, {
    description:
      'Stable AniGraph id: the prefix and id of the most preferred site that lists it ("mal-1" for MyAnimeList, else "anilist-…", ' +
      '"kitsu-…", "anidb-…" and so on), or "aod-" and a hash of its sources when none does.',
  })
  id!: string;

  @Field(() => String, { description: 'Main title, as anime-offline-database gives it (usually the romanized Japanese title).' })
  title!: string;

  @Field(() => [String], { description: 'Alternative titles and spellings, in any language and script; may be empty.' })
  synonyms!: string[];

  @Field(() => AnimeType, { description: 'Kind of release: TV, MOVIE, OVA, ONA, SPECIAL or UNKNOWN.' })
  type!: AnimeType;

  @Field(() => Int, { description: 'Number of episodes (1 for most movies); 0 when unknown.' })
  episodes!: number;

  @Field(() => AnimeStatus, { description: 'Airing status as of the served release (catalogStats.lastUpdate).' })
  status!: AnimeStatus;

  @Field(() => Season, { description: 'Season of the year it first aired in; UNDEFINED when unknown.' })
  season!: Season;

  @Field(() => Int, { nullable: true, description: 'Year it first aired (or is to air); null when unknown.' })
  year!: number | null;

  @Field(() => String, {
    description: "URL of its picture; anime-offline-database's placeholder image (no_pic.png) when no site has one.",
  })
  picture!: string;

  @Field(() => String, {
    description: 'URL of a smaller version of `picture` (may be the same image); a placeholder (no_pic_thumbnail.png) when there is none.',
  })
  thumbnail!: string;

  @Field(() => Duration, { nullable: true, description: 'Running time of one episode; null when unknown.' })
  duration!: Duration | null;

  @Field(() => AnimeScore, {
    nullable: true,
    description: "anime-offline-database's aggregate of the sites' scores (1-10); null when no site scores it.",
  })
  score!: AnimeScore | null;

  @Field(() => [String], { description: 'Animation studios that made it, in lower case as anime-offline-database lists them.' })
  studios!: string[];

  @Field(() => [String], { description: 'Producing companies, in lower case as anime-offline-database lists them.' })
  producers!: string[];

  @Field(() => [String], { description: 'Genre and theme tags from anime-offline-database, in lower case ("action", "space").' })
  tags!: string[];

  @Field(() => [String], {
    description:
      'URLs of related anime (sequels, prequels, side stories and others, without saying which) on the sites, as the catalog lists them.',
  })
  relatedAnime!: string[];

  @Field(() => [String], { description: "URLs of this anime's pages on the sites anime-offline-database merged it from; at least one." })
  sources!: string[];

  @Field(() => [PlatformId], {
    description: 'The platform ids parsed from `sources`; URLs of sites that are not in `Platform` are left out.',
  })
  platformIds!: PlatformId[];

  // The public `synopsis` is the platforms subgraph's: it answers with this one when there is one.
  @Directive('@inaccessible')
  @Field(() => String, {
    nullable: true,
    description:
      'Synopsis from the file at ANIME_SYNOPSES_PATH (matched by MyAnimeList id or source URL); null when it has none for this anime.',
  })
  localSynopsis!: string | null;
}
