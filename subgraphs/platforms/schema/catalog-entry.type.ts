import { Directive, Field, ObjectType } from 'type-graphql';
import { Platform } from './enums.js';

/**
 * A platform's anime as the catalog knows it: the catalog subgraph resolves `anime` from the
 * platform id (null, without an error, when the catalog does not have it).
 */
@Directive('@key(fields: "platform id", resolvable: false)')
@ObjectType()
export class CatalogEntry {
  @Field(() => Platform)
  platform!: Platform;

  @Field(() => String)
  id!: string;
}
