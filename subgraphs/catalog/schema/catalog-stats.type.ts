import { Field, Int, ObjectType } from 'type-graphql';
import { CatalogRefusal, CatalogUpdates } from './catalog-updates.type.js';

@ObjectType({ description: 'How many served anime have one key: a type, a status, a decade or a tag.' })
export class CountByKey {
  @Field(() => String, {
    description: 'What is counted: an AnimeType or AnimeStatus value, a decade ("1990s", or "unknown"), or a tag.',
  })
  key!: string;

  @Field(() => Int, { description: 'Number of served anime with that key.' })
  count!: number;
}

@ObjectType({ description: "An entry of the release file that is not served: it failed validation or duplicates another entry's id." })
export class CatalogRejection {
  @Field(() => Int, { description: "Position in the file's data array (0-based)." })
  index!: number;

  @Field(() => String, { nullable: true, description: 'Its title; null when the entry has no title string.' })
  title!: string | null;

  @Field(() => String, {
    description: 'Why: the first problems validation found (up to three), or the entry whose AniGraph id it duplicates.',
  })
  reason!: string;
}

@ObjectType({ description: 'What the served catalog holds, what its load rejected, and how it is kept up to date.' })
export class CatalogStats {
  @Field(() => Int, { description: 'Number of anime served.' })
  total!: number;

  @Field(() => Int, { description: 'Entries of the file that are not served: they failed validation or duplicate an id.' })
  rejected!: number;

  @Field(() => [CatalogRejection], { description: 'The first rejected entries (up to 200) and why.' })
  rejections!: CatalogRejection[];

  @Field(() => String, {
    nullable: true,
    description: 'The date the served release states as its lastUpdate (YYYY-MM-DD); null when the file states none.',
  })
  lastUpdate!: string | null;

  @Field(() => String, { description: 'Path of the release file served: ANIME_DB_PATH, or the bundled demo catalog while there is none.' })
  file!: string;

  @Field(() => CatalogUpdates, { description: 'The in-process update: whether it is on, its last check and outcome, and the next one.' })
  updates!: CatalogUpdates;

  @Field(() => CatalogRefusal, {
    nullable: true,
    description:
      'The last catalog refused by the shrink guard since this server started (the served one stayed); null once a catalog serves after it.',
  })
  lastRefusal!: CatalogRefusal | null;

  @Field(() => Date, { description: 'When this server loaded the served catalog (UTC, ISO 8601).' })
  loadedAt!: Date;

  @Field(() => [CountByKey], { description: 'Served anime per AnimeType, most first.' })
  byType!: CountByKey[];

  @Field(() => [CountByKey], { description: 'Served anime per AnimeStatus, most first.' })
  byStatus!: CountByKey[];

  @Field(() => [CountByKey], {
    description: 'Served anime per decade of the first airing ("1990s"), oldest first; "unknown" (no year) last.',
  })
  byDecade!: CountByKey[];

  @Field(() => [CountByKey], { description: 'The most frequent tags, each with how many served anime carry it, most first.' })
  topTags!: CountByKey[];
}
