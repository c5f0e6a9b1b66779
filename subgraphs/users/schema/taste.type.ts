import { Field, ObjectType } from 'type-graphql';
import { LinkedPlatform } from './linked-account.type.js';

@ObjectType({
  description:
    "A user's taste: their preferences merged with what their linked accounts' anime lists say. What `recommendations` uses when a signed-in user gives no `liked`. " +
    'Anime are named by platform references: "anilist:<AniList id>" or "mal:<MyAnimeList id>".',
})
export class Taste {
  @Field(() => [String], {
    description: 'The favourite tags they set, then those of their linked lists (never an excluded one), lower case.',
  })
  favouriteTags!: string[];

  @Field(() => [String], { description: 'The favourite studios they set, then those of their linked lists.' })
  favouriteStudios!: string[];

  @Field(() => [String], { description: 'The tags they set to avoid (preferences.excludedTags); these win over the linked lists.' })
  excludedTags!: string[];

  @Field(() => [String], { description: 'Anime they scored well (or finished, on a list without scores), best first.' })
  likedAnime!: string[];

  @Field(() => [String], { description: 'Anime they dropped or scored well below their mean.' })
  dislikedAnime!: string[];

  @Field(() => [String], { description: 'Every anime on their linked lists but the planned ones: recommendations leave these out.' })
  seenAnime!: string[];

  @Field(() => [LinkedPlatform], { description: 'The linked accounts this taste draws on.' })
  linkedPlatforms!: LinkedPlatform[];
}
