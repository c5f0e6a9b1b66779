import { Directive, Field, ObjectType } from 'type-graphql';
import { Anime } from './anime.type.js';
import { CatalogSite } from './enums.js';

@Directive('@key(fields: "platform id")')
@ObjectType({ description: 'An anime known by its id on a platform; `anime` is null when the catalog does not have it.' })
export class CatalogEntry {
  @Field(() => CatalogSite)
  platform!: CatalogSite;

  @Field(() => String)
  id!: string;

  @Field(() => Anime, { nullable: true })
  anime!: Anime | null;
}
