import { Directive, Field, ObjectType } from 'type-graphql';
import { CatalogSite } from './enums.js';

/**
 * A platform's anime as the catalog knows it: the catalog subgraph resolves `anime` from the
 * platform id (null, without an error, when the catalog does not have it).
 */
@Directive('@key(fields: "platform id", resolvable: false)')
@ObjectType()
export class CatalogEntry {
  @Field(() => CatalogSite)
  platform!: CatalogSite;

  @Field(() => String)
  id!: string;
}
