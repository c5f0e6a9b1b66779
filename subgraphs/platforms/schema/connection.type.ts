// The Relay connection shape of the platforms' paged lists, one edge and connection type per node type.
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from '../../../lib/page-info.type.js';
import { DataSource } from './enrichment.types.js';

/** The description of every connection's `after` argument. */
export const AFTER_ARGUMENT = "The cursor after which the page starts: a previous page's pageInfo.endCursor.";

/**
 * `<name>Edge` and an abstract connection base that `<name>Connection` extends with its own fields.
 * Descriptions are templated: `what` is one item in the singular ("anime", "recommendation"), `platform` the list's owner.
 */
export function platformConnection<TNode extends object>(node: ClassType<TNode>, name: string, what: string, platform: string) {
  @ObjectType(`${name}Edge`, { description: `One ${what} in a page of ${platform}'s list, with its cursor.` })
  class Edge {
    @Field(() => String, {
      description: `Opaque cursor of this ${what}: pass it as \`after\`, with the same other arguments, for the items that follow it.`,
    })
    cursor!: string;

    @Field(() => node, { description: `The ${what}.` })
    node!: TNode;
  }

  @ObjectType()
  abstract class Connection {
    @Field(() => [Edge], { description: `The items of this page, in ${platform}'s order, each with its cursor.` })
    edges!: Edge[];

    @Field(() => [node], { description: 'The same items as `edges`, without cursors.' })
    nodes!: TNode[];

    @Field(() => PageInfo, { description: 'Whether more follow, and the cursors to ask for them.' })
    pageInfo!: PageInfo;

    @Field(() => Int, {
      nullable: true,
      description: `How many items the whole list holds, as ${platform} counts them; null when ${platform} does not say.`,
    })
    totalCount!: number | null;

    @Field(() => DataSource, {
      description: `Where this page came from (cache tier, age); when it took several of ${platform}'s pages, the least fresh of them.`,
    })
    dataSource!: DataSource;
  }
  return Connection;
}
