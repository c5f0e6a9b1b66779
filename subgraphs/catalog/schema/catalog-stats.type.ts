import { Field, Int, ObjectType } from 'type-graphql';
import { CatalogRefusal, CatalogUpdates } from './catalog-updates.type.js';

@ObjectType()
export class CountByKey {
  @Field(() => String)
  key!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'A catalog entry that failed validation and is not served.' })
export class CatalogRejection {
  @Field(() => Int, { description: "Position in the file's data array (0-based)." })
  index!: number;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String)
  reason!: string;
}

@ObjectType()
export class CatalogStats {
  @Field(() => Int, { description: 'Anime served.' })
  total!: number;

  @Field(() => Int, { description: 'Entries of the file that failed validation.' })
  rejected!: number;

  @Field(() => [CatalogRejection], { description: 'The first rejected entries (up to 200) and why.' })
  rejections!: CatalogRejection[];

  @Field(() => String, { nullable: true, description: 'The release date the served release states (YYYY-MM-DD).' })
  lastUpdate!: string | null;

  @Field(() => String, { description: 'The release file served: ANIME_DB_PATH, or the demo catalog when there is none.' })
  file!: string;

  @Field(() => CatalogUpdates, { description: 'The in-process update: its last check and its outcome, and the next one.' })
  updates!: CatalogUpdates;

  @Field(() => CatalogRefusal, {
    nullable: true,
    description: 'The last catalog refused because it shrank too much (null once a newer one serves): the served one stayed.',
  })
  lastRefusal!: CatalogRefusal | null;

  @Field(() => Date, { description: 'When this server loaded the catalog.' })
  loadedAt!: Date;

  @Field(() => [CountByKey])
  byType!: CountByKey[];

  @Field(() => [CountByKey])
  byStatus!: CountByKey[];

  @Field(() => [CountByKey], { description: 'By decade of the first airing ("1990s"), "unknown" without a year.' })
  byDecade!: CountByKey[];

  @Field(() => [CountByKey], { description: 'Most frequent tags first.' })
  topTags!: CountByKey[];
}
