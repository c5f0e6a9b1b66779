import type { CatalogContext } from '../context.js';
import type { Anime } from '../catalog/anime.js';

/** Resolves `Anime` entities other subgraphs reference by id (the gateway's _entities calls). */
export const animeReference = {
  Anime: {
    __resolveReference(reference: { id: string }, ctx: CatalogContext): Promise<Anime | null> {
      return ctx.animeById.load(reference.id);
    },
  },
  // Other subgraphs link what a platform returns to the catalog by its platform id.
  CatalogEntry: {
    __resolveReference(reference: { platform: string; id: string }) {
      return reference;
    },
  },
};
