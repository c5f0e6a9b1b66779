// The external platforms as a GraphQL enum, one type for every subgraph that names them.
import { registerEnumType } from 'type-graphql';
import { EXTERNAL_PLATFORMS, type ExternalPlatform as ExternalPlatformName } from './platforms/external-platforms.js';

/** The external platforms AniGraph reads live (lib/platforms/external-platforms.ts), as a GraphQL enum. */
export const ExternalPlatform = Object.fromEntries(EXTERNAL_PLATFORMS.map((platform) => [platform, platform])) as {
  [P in ExternalPlatformName]: P;
};
export type ExternalPlatform = ExternalPlatformName;

registerEnumType(ExternalPlatform, {
  name: 'ExternalPlatform',
  description: 'A platform AniGraph reads live. MYANIMELIST is read through Jikan, its unofficial API.',
  valuesConfig: {
    MYANIMELIST: { description: 'MyAnimeList, read through Jikan v4 (api.jikan.moe), its unofficial REST API.' },
    ANILIST: { description: 'AniList, through its GraphQL API (graphql.anilist.co).' },
    KITSU: { description: 'Kitsu, through its JSON:API (kitsu.app/api/edge).' },
    ANIDB: { description: 'AniDB, through its HTTP API; only for a client registered with AniDB (ANIDB_CLIENT, ANIDB_CLIENT_VERSION).' },
    ANIMESCHEDULE: { description: 'AnimeSchedule, through its v3 API (animeschedule.net/api/v3); only with an ANIMESCHEDULE_TOKEN.' },
  },
});
