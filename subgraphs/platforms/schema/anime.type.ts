import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { CatalogSite } from './enums.js';

@ObjectType({ description: "An anime's id on one of the sites anime-offline-database cross-references." })
export class PlatformId {
  @Directive('@external')
  @Field(() => CatalogSite)
  platform!: CatalogSite;

  @Directive('@external')
  @Field(() => String)
  id!: string;
}

/**
 * The catalog's Anime, extended with what the external platforms say about it; each field calls
 * only the platforms it needs, when a query asks for it. Its description (and PlatformId's) is the
 * catalog subgraph's, word for word, so that composition finds one description, not two.
 */
@Directive('@key(fields: "id")')
@ObjectType({
  description: 'An anime from the catalog: one anime-offline-database entry, which merges what the sites in `Platform` list for it.',
})
export class Anime {
  @Field(() => ID)
  id!: string;

  @Directive('@external')
  @Field(() => [PlatformId])
  platformIds!: PlatformId[];

  @Directive('@external')
  @Field(() => String, { nullable: true })
  localSynopsis!: string | null;
}

/** What the gateway sends for an Anime: its id and the catalog fields the enrichment requires. */
export interface AnimeRepresentation {
  id: string;
  platformIds?: { platform: string; id: string }[];
  localSynopsis?: string | null;
}
