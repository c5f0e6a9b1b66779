import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { CatalogSite } from './enums.js';

@ObjectType({ description: "An anime's id on another platform." })
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
 * only the platforms it needs, when a query asks for it.
 */
@Directive('@key(fields: "id")')
@ObjectType()
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
