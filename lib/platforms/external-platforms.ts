// The external platforms AniGraph reads live (not the sites the catalog cross-references), by the
// name a GraphQL client sees: the ExternalPlatform enum and `extensions.source`.

export const EXTERNAL_PLATFORMS = ['MYANIMELIST', 'ANILIST', 'KITSU', 'ANIDB', 'ANIMESCHEDULE'] as const;
export type ExternalPlatform = (typeof EXTERNAL_PLATFORMS)[number];

/** How the platform is called in messages: MyAnimeList is read through Jikan, its unofficial API. */
export const EXTERNAL_PLATFORM_NAMES: Record<ExternalPlatform, string> = {
  MYANIMELIST: 'MyAnimeList (Jikan)',
  ANILIST: 'AniList',
  KITSU: 'Kitsu',
  ANIDB: 'AniDB',
  ANIMESCHEDULE: 'AnimeSchedule',
};
