import { Field, Float, ObjectType } from 'type-graphql';
import { Anime } from './anime.type.js';

@ObjectType({ description: 'An anime suggested by similar() or recommendations(), with why.' })
export class Suggestion {
  @Field(() => Anime)
  anime!: Anime;

  @Field(() => Float)
  score!: number;

  @Field(() => Float, { nullable: true, description: 'Cosine of its synopsis to the liked anime; null without semantic vectors.' })
  storySimilarity!: number | null;

  @Field(() => [String])
  sharedTags!: string[];

  @Field(() => Anime, { description: 'The liked anime it is closest to.' })
  because!: Anime;

  @Field(() => [String], { description: 'Why, in words: "shares tags space, action with Cowboy Bebop".' })
  reasons!: string[];
}
