import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Anime } from './anime.type.js';

@ObjectType({
  description:
    "A work's entries together: its series, sequels, films, OVAs and specials, grouped by the catalog's related-anime links where it has them, else by title (the same title once a season, part, film or OVA marker and a subtitle are taken off).",
})
export class Franchise {
  @Field(() => ID, { description: '"franchise-" and the id of its main entry.' })
  id!: string;

  @Field(() => Int, { description: 'How many entries it has (2 or more).' })
  size!: number;

  @Field(() => Anime, { description: 'Its main entry: the first TV series, else the first film, else the earliest entry.' })
  main!: Anime;
}
