import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { QueryIntent } from '../understand/parameters.js';
import { AnimeStatus, AnimeType, Season } from './enums.js';

registerEnumType(QueryIntent, {
  name: 'QueryIntent',
  description: 'What kind of answer a request in words asks for.',
  valuesConfig: {
    SEARCH: { description: 'Anime that fit the criteria (the default).' },
    SIMILAR: { description: 'Anime like the one title named (similarTo).' },
    DETAILS: { description: 'What is known about the one anime named (similarTo).' },
    SCHEDULE: { description: 'When episodes air: tonight, this week, or the next episode of the anime named.' },
    RECOMMENDATIONS: { description: 'What to watch next after the anime the user liked (similarTo, two or more, or "I liked X").' },
    COMPARE_RATINGS: { description: 'How the platforms (MyAnimeList, AniList, ...) rate the anime named.' },
    SEASONAL: { description: 'The anime of one season (season).' },
    TOP: { description: 'A top list, within the criteria given (years, types, tags).' },
    RANDOM: { description: 'A random pick, within the criteria given.' },
  },
});

@ObjectType({ description: 'An anime the request names, found by the catalog title search (typos tolerated, only strong matches).' })
export class UnderstoodTitle {
  @Field(() => ID, { description: 'AniGraph id of the anime.' })
  id!: string;

  @Field(() => String, { description: "The anime's catalog title." })
  title!: string;

  @Field(() => String, { description: 'The words of the request that named it, lower case.' })
  words!: string;
}

@ObjectType({ description: 'A range of first-air years; either end may be open.' })
export class UnderstoodYears {
  @Field(() => Int, { nullable: true, description: 'First year included; null when open.' })
  from?: number;

  @Field(() => Int, { nullable: true, description: 'Last year included; null when open.' })
  to?: number;
}

@ObjectType({ description: 'One season of one year ("winter 2023", "this season").' })
export class UnderstoodSeason {
  @Field(() => Int, { description: "The year (the catalog counts January to March as that year's winter)." })
  year!: number;

  @Field(() => Season, { description: 'The season.' })
  season!: Season;
}

@ObjectType({ description: 'A range of episode counts; either end may be open.' })
export class UnderstoodEpisodes {
  @Field(() => Int, { nullable: true, description: 'Fewest episodes; null when open.' })
  min?: number;

  @Field(() => Int, { nullable: true, description: 'Most episodes; null when open.' })
  max?: number;
}

@ObjectType({ description: 'A catalog tag the request asks for, and how strongly.' })
export class TagWeight {
  @Field(() => String, { description: 'The catalog tag, lower case.' })
  tag!: string;

  @Field(() => Float, { description: '1 for a tag named outright; less for a tag a descriptor only suggests ("dark" → tragedy 0.5).' })
  weight!: number;

  @Field(() => String, { description: 'The words of the request it was read from.' })
  words!: string;
}

@ObjectType({
  description:
    'What a request in words asks for, understood offline by rules (no language model): the intent and the criteria, ' +
    'each optional, and why. The criteria map onto AnimeFilter and the search, similar and recommendations fields.',
})
export class QueryUnderstanding {
  @Field(() => QueryIntent, { description: 'What kind of answer the request asks for.' })
  intent!: QueryIntent;

  @Field(() => String, {
    nullable: true,
    description:
      'The words no rule used, lower case and without the words requests are made of, for semantic search; null when none are left.',
  })
  text?: string;

  @Field(() => [UnderstoodTitle], { description: 'The anime the request names: to be like, liked, or asked about; may be empty.' })
  similarTo!: UnderstoodTitle[];

  @Field(() => UnderstoodYears, { nullable: true, description: 'The first-air years asked for; null when the request names none.' })
  years?: UnderstoodYears;

  @Field(() => UnderstoodSeason, { nullable: true, description: 'The season asked for; null when the request names none.' })
  season?: UnderstoodSeason;

  @Field(() => [AnimeType], { description: 'The kinds of release asked for ("movie" MOVIE, "series" TV); empty for any.' })
  types!: AnimeType[];

  @Field(() => [String], {
    description: 'Catalog tags (lower case) the anime should have: named, or suggested strongly (weight 0.5 or more) by a descriptor.',
  })
  tagsInclude!: string[];

  @Field(() => [String], { description: 'Catalog tags (lower case) the request rules out ("not isekai", "no romance").' })
  tagsExclude!: string[];

  @Field(() => [TagWeight], { description: 'Every tag the request asks for with its weight, the weak suggestions included.' })
  tagWeights!: TagWeight[];

  @Field(() => UnderstoodEpisodes, {
    nullable: true,
    description: 'The episode counts asked for ("short" at most 13); null when the request says nothing of length.',
  })
  episodes?: UnderstoodEpisodes;

  @Field(() => [String], { description: 'Studios named, as the catalog writes them (lower case); empty for any.' })
  studios!: string[];

  @Field(() => Float, { nullable: true, description: 'Lowest catalog score (0-10) asked for ("highly rated" 8); null when none.' })
  minScore?: number;

  @Field(() => [AnimeStatus], { description: 'Airing statuses asked for ("airing now" ONGOING); empty for any.' })
  status!: AnimeStatus[];

  @Field(() => String, { nullable: true, description: 'The IANA time zone the request names ("in JST" Asia/Tokyo); null when none.' })
  timezone?: string;

  @Field(() => [String], {
    description: 'What was understood from which words, in the order the rules read them: "\\"90s\\": years 1990–1999".',
  })
  reasons!: string[];
}
