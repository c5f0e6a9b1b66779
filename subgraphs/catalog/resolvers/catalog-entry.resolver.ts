import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { CatalogContext } from '../context.js';
import type { Anime as AnimeRecord } from '../catalog/anime.js';
import type { CatalogSite } from '../catalog/sites.js';
import { Anime } from '../schema/anime.type.js';
import { CatalogEntry } from '../schema/catalog-entry.type.js';

@Resolver(() => CatalogEntry)
export class CatalogEntryResolver {
  @FieldResolver(() => Anime, { nullable: true })
  anime(@Root() entry: { platform: CatalogSite; id: string }, @Ctx() ctx: CatalogContext): Promise<AnimeRecord | null> {
    return ctx.animeBySource.load(entry);
  }
}
