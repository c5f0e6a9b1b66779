// The external platforms AniGraph reads, by the name a GraphQL client sees (`extensions.source`).

export const SOURCES = ['MYANIMELIST', 'ANILIST', 'KITSU', 'ANIDB', 'ANIMESCHEDULE'] as const;
export type Source = (typeof SOURCES)[number];

/** How the platform is called in messages: MyAnimeList is read through Jikan, its unofficial API. */
export const SOURCE_NAMES: Record<Source, string> = {
  MYANIMELIST: 'MyAnimeList (Jikan)',
  ANILIST: 'AniList',
  KITSU: 'Kitsu',
  ANIDB: 'AniDB',
  ANIMESCHEDULE: 'AnimeSchedule',
};
