// The filter every anime listing, search and schedule takes; one input type, so that the subgraphs agree on it.
import { Field, Float, InputType, Int } from 'type-graphql';
import { AnimeStatus, AnimeType, Season } from './anime-kinds.js';

@InputType({ description: 'Inclusive integer range; either end may be left open. A min above the max fails with BAD_USER_INPUT.' })
export class IntRange {
  @Field(() => Int, { nullable: true, description: 'Smallest value let through (inclusive); no lower bound when null.' })
  min?: number | null;

  @Field(() => Int, { nullable: true, description: 'Largest value let through (inclusive); no upper bound when null.' })
  max?: number | null;
}

@InputType({ description: 'Inclusive range; either end may be left open. A min above the max fails with BAD_USER_INPUT.' })
export class FloatRange {
  @Field(() => Float, { nullable: true, description: 'Smallest value let through (inclusive); no lower bound when null.' })
  min?: number | null;

  @Field(() => Float, { nullable: true, description: 'Largest value let through (inclusive); no upper bound when null.' })
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

@InputType({
  description: 'Restricts a listing, a search or suggestions; every criterion given must hold. Null or an empty list restricts nothing.',
})
export class AnimeFilter {
  @Field(() => IntRange, {
    nullable: true,
    description: 'Year of the first airing; anime without a known year are left out once a bound is given.',
  })
  year?: IntRange | null;

  @Field(() => [Season], { nullable: true, description: 'First aired in any of these seasons.' })
  season?: Season[] | null;

  @Field(() => [AnimeType], { nullable: true, description: 'Any of these types.' })
  type?: AnimeType[] | null;

  @Field(() => [AnimeStatus], { nullable: true, description: 'Any of these statuses.' })
  status?: AnimeStatus[] | null;

  @Field(() => TagFilter, { nullable: true, description: 'Tags the anime must, may or must not have (case-insensitive).' })
  tags?: TagFilter | null;

  @Field(() => [String], { nullable: true, description: 'Made by any of these studios (exact names, case-insensitive).' })
  studios?: string[] | null;

  @Field(() => IntRange, { nullable: true, description: 'Number of episodes; an unknown number counts as 0.' })
  episodes?: IntRange | null;

  @Field(() => FloatRange, {
    nullable: true,
    description: 'Catalog score (AnimeScore.arithmeticGeometricMean, 1-10); anime without a score are left out once a bound is given.',
  })
  score?: FloatRange | null;
}
