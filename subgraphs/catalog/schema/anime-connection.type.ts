import { Field, Int, ObjectType } from 'type-graphql';
import { Anime } from './anime.type.js';
import { PageInfo } from '../../../lib/page-info.type.js';

@ObjectType({ description: 'An anime of a page, with its cursor.' })
export class AnimeEdge {
  @Field(() => String, { description: 'Pass as `after` for the anime that follow this one.' })
  cursor!: string;

  @Field(() => Anime, { description: 'The anime.' })
  node!: Anime;
}

@ObjectType({ description: 'A page of anime in catalog order (by title).' })
export class AnimeConnection {
  @Field(() => [AnimeEdge], { description: 'The anime of this page with their cursors, in catalog order.' })
  edges!: AnimeEdge[];

  @Field(() => [Anime], { description: 'The same anime as `edges`, without cursors.' })
  nodes!: Anime[];

  @Field(() => PageInfo, { description: 'Where this page stands: whether more anime follow, and the cursor to ask for them.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many anime match the filter in all: paging to the end returns exactly these.' })
  totalCount!: number;
}
