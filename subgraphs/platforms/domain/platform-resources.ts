// Each platform resource the enrichment reads, declared once: which platform, the name dataSources
// gives it, and how to ask the platform's client for it from an anime's ids.
import type { AniDbAnime } from '../../../lib/platforms/anidb.client.js';
import type { AniListMedia } from '../../../lib/platforms/anilist.client.js';
import type { ScheduleAnime } from '../../../lib/platforms/animeschedule.client.js';
import type { ExternalPlatform } from '../../../lib/platforms/external-platforms.js';
import type { JikanAnimeFull, JikanCharacter, JikanRecommendation, JikanStaffMember } from '../../../lib/platforms/jikan.schemas.js';
import type { KitsuAnime, KitsuCharacter, KitsuClient, KitsuStaff, KitsuStreamingLink } from '../../../lib/platforms/kitsu.client.js';
import type { Platforms } from '../../../lib/platforms/platforms.js';
import type { Sourced } from '../../../lib/platforms/sourced.js';
import type { AnimeIds } from './anime-ids.js';

/** How to ask for the resource; NOT_LISTED without an id to ask with, NOT_CONFIGURED without credentials. */
export type PlatformCall<T> = (() => Promise<Sourced<T | null>>) | 'NOT_LISTED' | 'NOT_CONFIGURED';

export interface PlatformResource<T> {
  platform: ExternalPlatform;
  /** As dataSources names it. */
  resource: string;
  call(platforms: Platforms, ids: AnimeIds): PlatformCall<T>;
}

function byMalId<T>(resource: string, ask: (platforms: Platforms, malId: number) => Promise<Sourced<T | null>>): PlatformResource<T> {
  return {
    platform: 'MYANIMELIST',
    resource,
    call: (platforms, { mal }) => (mal === undefined ? 'NOT_LISTED' : () => ask(platforms, mal)),
  };
}

function byKitsuId<T>(resource: string, ask: (kitsu: KitsuClient, kitsuId: string) => Promise<Sourced<T | null>>): PlatformResource<T> {
  return {
    platform: 'KITSU',
    resource,
    call({ kitsu }, ids) {
      if (ids.kitsu !== undefined) return () => ask(kitsu, ids.kitsu!);
      if (ids.mal === undefined) return 'NOT_LISTED';
      // Not in the catalog's Kitsu ids: Kitsu's own mapping from MyAnimeList ids.
      return async () => {
        const mapped = await kitsu.idForMal(ids.mal!);
        return mapped.value === null ? { ...mapped, value: null } : ask(kitsu, mapped.value);
      };
    },
  };
}

export const JIKAN_ANIME = byMalId<JikanAnimeFull>('anime', (p, id) => p.jikan.anime(id));
export const JIKAN_CHARACTERS = byMalId<JikanCharacter[]>('characters', (p, id) => p.jikan.characters(id));
export const JIKAN_STAFF = byMalId<JikanStaffMember[]>('staff', (p, id) => p.jikan.staff(id));
export const JIKAN_RECOMMENDATIONS = byMalId<JikanRecommendation[]>('recommendations', (p, id) => p.jikan.recommendations(id));
export const JIKAN_STREAMING = byMalId<{ name: string; url: string }[]>('streaming', (p, id) => p.jikan.streaming(id));

export const ANILIST_MEDIA: PlatformResource<AniListMedia> = {
  platform: 'ANILIST',
  resource: 'media',
  call({ anilist }, ids) {
    const lookup = ids.anilist !== undefined ? { anilistId: ids.anilist } : ids.mal !== undefined ? { malId: ids.mal } : undefined;
    return lookup ? () => anilist.media(lookup) : 'NOT_LISTED';
  },
};

export const KITSU_ANIME = byKitsuId<KitsuAnime>('anime', (kitsu, id) => kitsu.anime(id));
export const KITSU_CHARACTERS = byKitsuId<KitsuCharacter[]>('characters', (kitsu, id) => kitsu.characters(id));
export const KITSU_STAFF = byKitsuId<KitsuStaff[]>('staff', (kitsu, id) => kitsu.staff(id));
export const KITSU_STREAMING = byKitsuId<KitsuStreamingLink[]>('streaming links', (kitsu, id) => kitsu.streamingLinks(id));

export const ANIDB_ANIME: PlatformResource<AniDbAnime> = {
  platform: 'ANIDB',
  resource: 'anime',
  call({ anidb: client }, { anidb }) {
    if (!client) return 'NOT_CONFIGURED';
    return anidb === undefined ? 'NOT_LISTED' : () => client.anime(anidb);
  },
};

export const ANIMESCHEDULE_ANIME: PlatformResource<ScheduleAnime> = {
  platform: 'ANIMESCHEDULE',
  resource: 'anime',
  call({ animeSchedule: client }, { mal }) {
    if (!client) return 'NOT_CONFIGURED';
    return mal === undefined ? 'NOT_LISTED' : () => client.byMalId(mal);
  },
};
