import { Field, Int, ObjectType } from 'type-graphql';
import { Anime } from './anime.type.js';
import { PageInfo } from './page-info.type.js';

@ObjectType()
export class AnimeEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Anime)
  node!: Anime;
}

@ObjectType({ description: 'A page of anime in catalog order (by title).' })
export class AnimeConnection {
  @Field(() => [AnimeEdge])
  edges!: AnimeEdge[];

  @Field(() => [Anime], { description: 'The same anime as `edges`, without cursors.' })
  nodes!: Anime[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many anime match the filter in all: paging to the end returns exactly these.' })
  totalCount!: number;
}
