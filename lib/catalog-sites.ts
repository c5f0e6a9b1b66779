// The sites anime-offline-database lists in `sources`: the catalog's ids come from them, and the
// platforms subgraph reads some of those ids back through federation. One enum for both.

export enum CatalogSite {
  MYANIMELIST = 'MYANIMELIST',
  ANILIST = 'ANILIST',
  KITSU = 'KITSU',
  ANIDB = 'ANIDB',
  ANIME_PLANET = 'ANIME_PLANET',
  ANISEARCH = 'ANISEARCH',
  LIVECHART = 'LIVECHART',
  ANIMECOUNTDOWN = 'ANIMECOUNTDOWN',
  SIMKL = 'SIMKL',
  ANIMENEWSNETWORK = 'ANIMENEWSNETWORK',
}

export const PLATFORM_DESCRIPTION = 'A site that anime-offline-database cross-references.';
