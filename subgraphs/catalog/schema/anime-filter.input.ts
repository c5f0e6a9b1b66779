import { Field, Float, InputType, Int } from 'type-graphql';
import { AnimeStatus, AnimeType, Season } from './enums.js';

@InputType({ description: 'Inclusive integer range; either end may be left open.' })
export class IntRange {
  @Field(() => Int, { nullable: true })
  min?: number | null;

  @Field(() => Int, { nullable: true })
  max?: number | null;
}

@InputType({ description: 'Inclusive range; either end may be left open.' })
export class FloatRange {
  @Field(() => Float, { nullable: true })
  min?: number | null;

  @Field(() => Float, { nullable: true })
  max?: number | null;
}

@InputType({ description: 'Tag criteria (case-insensitive); all given lists must hold.' })
export class TagFilter {
  @Field(() => [String], { nullable: true, description: 'The anime has every one of these tags.' })
  allOf?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'The anime has at least one of these tags.' })
  anyOf?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'The anime has none of these tags.' })
  noneOf?: string[] | null;
}

@InputType({ description: 'Restricts a listing or a search; every criterion given must hold.' })
export class AnimeFilter {
  @Field(() => IntRange, { nullable: true, description: 'Year of the first airing.' })
  year?: IntRange | null;

  @Field(() => [Season], { nullable: true, description: 'Any of these seasons.' })
  season?: Season[] | null;

  @Field(() => [AnimeType], { nullable: true, description: 'Any of these types.' })
  type?: AnimeType[] | null;

  @Field(() => [AnimeStatus], { nullable: true, description: 'Any of these statuses.' })
  status?: AnimeStatus[] | null;

  @Field(() => TagFilter, { nullable: true })
  tags?: TagFilter | null;

  @Field(() => [String], { nullable: true, description: 'Made by any of these studios (case-insensitive).' })
  studios?: string[] | null;

  @Field(() => IntRange, { nullable: true, description: 'Number of episodes.' })
  episodes?: IntRange | null;

  @Field(() => FloatRange, { nullable: true, description: 'Catalog score (arithmetic-geometric mean, 1-10).' })
  score?: FloatRange | null;
}
