import { Directive, Field, ObjectType } from 'type-graphql';
import { CatalogSite } from './enums.js';

/**
 * A platform's anime as the catalog knows it: the catalog subgraph resolves `anime` from the
 * platform id (null, without an error, when the catalog does not have it). Described as the catalog
 * subgraph describes it, word for word.
 */
@Directive('@key(fields: "platform id", resolvable: false)')
@ObjectType({
  description: "An anime known by its id on a platform, as the platforms subgraph returns it; `anime` is the catalog's entry for it.",
})
export class CatalogEntry {
  @Field(() => CatalogSite)
  platform!: CatalogSite;

  @Field(() => String)
  id!: string;
}
