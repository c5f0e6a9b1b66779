// The one PageInfo of every connection in the graph; each subgraph that pages resolves it itself.
import { Directive, Field, ObjectType } from 'type-graphql';

@Directive('@shareable')
@ObjectType({ description: 'Where a page stands in its list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'More items follow: pass `endCursor` as `after` for them. False on the last page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Items of the list come before this page; false on the first page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge; null when the page is empty.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; null when the page is empty.' })
  endCursor!: string | null;
}
