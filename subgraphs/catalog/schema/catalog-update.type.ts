import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Anime } from './anime.type.js';

@ObjectType({ description: 'An anime a catalog update took out: the catalog no longer has it.' })
export class RemovedAnime {
  @Field(() => ID, { description: 'The AniGraph id it had.' })
  id!: string;

  @Field(() => String, { description: 'Its title.' })
  title!: string;
}

@ObjectType({ description: 'A new catalog now serves (a release update or a reload): which anime it added and removed.' })
export class CatalogUpdate {
  @Field(() => ID, {
    description: "The new catalog's version: its release date and a hash of its anime ids (the same in every instance that serves it).",
  })
  id!: string;

  @Field(() => Date, { description: 'When it started to serve.' })
  at!: Date;

  @Field(() => Int, { description: 'Anime the catalog now serves.' })
  total!: number;

  @Field(() => String, { nullable: true, description: 'The lastUpdate date the new release states (YYYY-MM-DD); null without one.' })
  lastUpdate!: string | null;

  @Field(() => Int, { description: "Anime it added (that the subscription's filter keeps)." })
  addedCount!: number;

  @Field(() => Int, { description: "Anime it removed (that the subscription's filter kept)." })
  removedCount!: number;

  @Field(() => [Anime], { description: 'The first 100 of the anime it added, by title.' })
  added!: unknown[];

  @Field(() => [RemovedAnime], { description: 'The first 100 of the anime it removed, by title.' })
  removed!: RemovedAnime[];
}
