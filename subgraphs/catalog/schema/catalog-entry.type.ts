import { Directive, Field, ObjectType } from 'type-graphql';
import { Anime } from './anime.type.js';
import { CatalogSite } from './enums.js';

@Directive('@key(fields: "platform id")')
@ObjectType({
  description: "An anime known by its id on a platform, as the platforms subgraph returns it; `anime` is the catalog's entry for it.",
})
export class CatalogEntry {
  @Field(() => CatalogSite, { description: 'The site the id belongs to.' })
  platform!: CatalogSite;

  @Field(() => String, { description: 'The id on that site, as in PlatformId.id.' })
  id!: string;

  @Field(() => Anime, { nullable: true, description: 'The catalog anime with this platform id; null when the catalog does not have it.' })
  anime!: Anime | null;
}
