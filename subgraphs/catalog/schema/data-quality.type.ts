// Data quality: an anime's completeness (this subgraph) and, from the platforms subgraph, where the
// live platforms disagree with the catalog. The catalog's own facts ride along, inaccessible, for it.
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { AnimeStatus, AnimeType } from './enums.js';
import { PlatformId } from './anime.type.js';

export const DATA_QUALITY_DESCRIPTION =
  "How complete and how consistent an anime's data is: `score` and `missing` from the catalog's record, `conflicts` from the " +
  'live platforms (their answers already cached; no platform is asked for it).';

@Directive('@key(fields: "animeId")')
@ObjectType({ description: DATA_QUALITY_DESCRIPTION })
export class DataQuality {
  @Field(() => ID, { description: 'AniGraph id of the anime it describes.' })
  animeId!: string;

  @Field(() => Float, {
    description:
      'Completeness, 0-1: the weights of the fields the record has, out of synopsis 0.2, tags 0.15, picture, year, episodes, ' +
      'studios, score and sources 0.1 each, season 0.05.',
  })
  score!: number;

  @Field(() => [String], {
    description:
      'The fields the record lacks, heaviest first: synopsis (none at ANIME_SYNOPSES_PATH), picture (only the placeholder), year, ' +
      'season (UNDEFINED), episodes (0), studios, tags, score, sources (fewer than two sites list it).',
  })
  missing!: string[];

  // What the platforms subgraph compares the platforms' answers with (its `conflicts` requires them).
  @Directive('@inaccessible')
  @Field(() => Int, { description: "The catalog's episode count (0 when unknown)." })
  catalogEpisodes!: number;

  @Directive('@inaccessible')
  @Field(() => Int, { nullable: true, description: "The catalog's year; null when unknown." })
  catalogYear!: number | null;

  @Directive('@inaccessible')
  @Field(() => AnimeType, { description: "The catalog's type." })
  catalogType!: AnimeType;

  @Directive('@inaccessible')
  @Field(() => AnimeStatus, { description: "The catalog's status." })
  catalogStatus!: AnimeStatus;

  @Directive('@inaccessible')
  @Field(() => [PlatformId], { description: "The anime's platform ids, to find the platforms' answers by." })
  platformIds!: PlatformId[];
}

@ObjectType({ description: 'How many served anime have a data quality score in [from, to) (the last bucket includes 1).' })
export class QualityBucket {
  @Field(() => Float, { description: 'Lower bound, inclusive.' })
  from!: number;

  @Field(() => Float, { description: 'Upper bound, exclusive (inclusive for the last bucket, 1).' })
  to!: number;

  @Field(() => Int, { description: 'Number of served anime in it.' })
  count!: number;
}

@ObjectType({ description: 'A field of the record (as DataQuality.missing names it) and how many served anime lack it.' })
export class QualityGap {
  @Field(() => String, { description: 'The field, as DataQuality.missing names it.' })
  field!: string;

  @Field(() => Int, { description: 'Number of served anime that lack it.' })
  count!: number;

  @Field(() => Float, { description: 'That number as a share of the served anime (0-1, 3 decimals).' })
  share!: number;
}

@ObjectType({ description: "The distribution of Anime.dataQuality.score over the served catalog, and the catalog's most common gaps." })
export class CatalogQuality {
  @Field(() => Float, { description: 'Mean completeness score (0-1, 3 decimals).' })
  mean!: number;

  @Field(() => [QualityBucket], { description: 'Ten buckets of 0.1, lowest first, empty ones included.' })
  histogram!: QualityBucket[];

  @Field(() => [QualityGap], { description: 'The fields served anime lack, most often missing first.' })
  commonGaps!: QualityGap[];
}
