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

export const PLATFORM_DESCRIPTION = "A site whose anime pages anime-offline-database cross-references: an anime's `sources` link to them.";

/** The `valuesConfig` of every GraphQL registration of `Platform`, so both subgraphs describe it alike. */
export const PLATFORM_VALUES: { readonly [K in keyof typeof CatalogSite]: { description: string } } = {
  MYANIMELIST: { description: 'MyAnimeList (myanimelist.net).' },
  ANILIST: { description: 'AniList (anilist.co).' },
  KITSU: { description: 'Kitsu (kitsu.app, formerly kitsu.io).' },
  ANIDB: { description: 'AniDB (anidb.net).' },
  ANIME_PLANET: { description: 'Anime-Planet (anime-planet.com); its ids are slugs such as "cowboy-bebop".' },
  ANISEARCH: { description: 'aniSearch (anisearch.com).' },
  LIVECHART: { description: 'LiveChart.me (livechart.me).' },
  ANIMECOUNTDOWN: { description: 'AnimeCountdown (animecountdown.com).' },
  SIMKL: { description: 'Simkl (simkl.com).' },
  ANIMENEWSNETWORK: { description: "Anime News Network's encyclopedia (animenewsnetwork.com)." },
};
