import { Field, Float, ObjectType } from 'type-graphql';
import { Anime } from './anime.type.js';

@ObjectType({ description: 'An anime suggested by similar() or recommendations(), with why.' })
export class Suggestion {
  @Field(() => Anime, { description: 'The anime suggested.' })
  anime!: Anime;

  @Field(() => Float, {
    description: 'Higher is better; comparable within one answer only. Blends story similarity, shared tags and the catalog prior.',
  })
  score!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      "Cosine similarity of its story vector to the liked anime's (less half the disliked ones'); null without semantic vectors, " +
      'or when it is not among the 200 closest stories.',
  })
  storySimilarity!: number | null;

  @Field(() => [String], { description: 'The tags it shares with `because`.' })
  sharedTags!: string[];

  @Field(() => Anime, { description: 'The liked anime (for similar(), the anime asked about) it shares the most tags with.' })
  because!: Anime;

  @Field(() => [String], {
    description:
      'Why, in words: "shares tags action, space with Cowboy Bebop", and that its story is close when storySimilarity is 0.35 or more; may be empty.',
  })
  reasons!: string[];
}
