import type { AnimeRepresentation } from '../schema/anime.type.js';

/**
 * The gateway hands over an Anime's id and the catalog fields the enrichment requires; the
 * representation is all the field resolvers need, so no lookup happens here.
 */
export const animeReference = {
  Anime: {
    __resolveReference(reference: AnimeRepresentation): AnimeRepresentation {
      return reference;
    },
  },
};
