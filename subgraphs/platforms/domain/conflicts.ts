// Where the live platforms disagree with the catalog, or with each other, on an anime's basic facts:
// read only from the platform answers already cached (peeks), never by asking a platform.
import type { AniDbAnime } from '../../../lib/platforms/anidb.client.js';
import type { AniListMedia } from '../../../lib/platforms/anilist.client.js';
import type { ExternalPlatform } from '../../../lib/platforms/external-platforms.js';
import type { JikanAnimeFull } from '../../../lib/platforms/jikan.schemas.js';
import type { KitsuAnime } from '../../../lib/platforms/kitsu.client.js';
import type { Platforms } from '../../../lib/platforms/platforms.js';
import type { AnimeIds } from './anime-ids.js';

export const CONFLICT_FIELDS = ['episodes', 'year', 'type', 'status'] as const;
export type ConflictField = (typeof CONFLICT_FIELDS)[number];

/** One source's facts in the catalog's terms (AnimeType, AnimeStatus); null where it does not say. */
export type Facts = Record<ConflictField, string | null>;

export interface PlatformValue {
  platform: ExternalPlatform;
  value: string;
}

export interface Conflict {
  field: ConflictField;
  /** Null when the catalog does not know it (0 episodes, no year, UNKNOWN). */
  catalogValue: string | null;
  /** What each platform with a cached answer says, in platform order. */
  values: PlatformValue[];
}

export interface CatalogFacts {
  episodes: number;
  year: number | null;
  type: string;
  status: string;
}

/** The fields on which the known values (the catalog's and the platforms') are not all the same. */
export function conflictsOf(catalog: CatalogFacts, platforms: { platform: ExternalPlatform; facts: Facts }[]): Conflict[] {
  const own: Facts = {
    episodes: catalog.episodes > 0 ? String(catalog.episodes) : null,
    year: catalog.year === null ? null : String(catalog.year),
    type: catalog.type === 'UNKNOWN' ? null : catalog.type,
    status: catalog.status === 'UNKNOWN' ? null : catalog.status,
  };
  return CONFLICT_FIELDS.flatMap((field) => {
    const values = platforms.flatMap(({ platform, facts }) => (facts[field] === null ? [] : [{ platform, value: facts[field]! }]));
    const known = new Set([...values.map((v) => v.value), ...(own[field] === null ? [] : [own[field]])]);
    return known.size > 1 ? [{ field, catalogValue: own[field], values }] : [];
  });
}

/** Each platform's cached facts for the anime; platforms with nothing cached (or no such anime) are left out. */
export async function cachedFacts(platforms: Platforms, ids: AnimeIds): Promise<{ platform: ExternalPlatform; facts: Facts }[]> {
  const kitsuId = ids.kitsu ?? (ids.mal === undefined ? undefined : (await platforms.kitsu.peekIdForMal(ids.mal))?.value);
  const anilist = ids.anilist !== undefined ? { anilistId: ids.anilist } : ids.mal !== undefined ? { malId: ids.mal } : undefined;
  const [jikan, media, kitsu, anidb] = await Promise.all([
    ids.mal === undefined ? undefined : platforms.jikan.peekAnime(ids.mal),
    anilist && platforms.anilist.peekMedia(anilist),
    kitsuId == null ? undefined : platforms.kitsu.peekAnime(kitsuId),
    ids.anidb === undefined ? undefined : platforms.anidb?.peekAnime(ids.anidb),
  ]);
  const found: { platform: ExternalPlatform; facts: Facts }[] = [];
  if (jikan?.value) found.push({ platform: 'MYANIMELIST', facts: fromJikan(jikan.value) });
  if (media?.value) found.push({ platform: 'ANILIST', facts: fromAniList(media.value) });
  if (kitsu?.value) found.push({ platform: 'KITSU', facts: fromKitsu(kitsu.value) });
  if (anidb?.value) found.push({ platform: 'ANIDB', facts: fromAniDb(anidb.value) });
  return found;
}

const count = (n: number | null | undefined) => (n ? String(n) : null);
const yearOf = (date: string | null | undefined) => (date && /^\d{4}/.test(date) ? date.slice(0, 4) : null);
const known = (table: Record<string, string>, value: string | null | undefined) => (value ? (table[value.toLowerCase()] ?? null) : null);

// Each platform's words for a kind of release and a status, in the catalog's (anime-offline-database's) terms.
const TYPES: Record<string, string> = {
  tv: 'TV',
  tv_short: 'TV',
  'tv series': 'TV',
  movie: 'MOVIE',
  ova: 'OVA',
  ona: 'ONA',
  web: 'ONA',
  special: 'SPECIAL',
  'tv special': 'SPECIAL',
  music: 'SPECIAL',
  'music video': 'SPECIAL',
};
const STATUSES: Record<string, string> = {
  'finished airing': 'FINISHED',
  finished: 'FINISHED',
  'currently airing': 'ONGOING',
  releasing: 'ONGOING',
  current: 'ONGOING',
  'not yet aired': 'UPCOMING',
  not_yet_released: 'UPCOMING',
  upcoming: 'UPCOMING',
};

function fromJikan(anime: JikanAnimeFull): Facts {
  // Jikan's `year` is the broadcast season's, null for films: the first airing date says it for all.
  const aired = (anime as { aired?: { from?: string | null } }).aired;
  return {
    episodes: count(anime.episodes),
    year: anime.year ? String(anime.year) : yearOf(aired?.from),
    type: known(TYPES, anime.type),
    status: known(STATUSES, anime.status),
  };
}

function fromAniList(media: AniListMedia): Facts {
  return {
    episodes: count(media.episodes),
    year: media.startDate?.year ? String(media.startDate.year) : null,
    type: known(TYPES, media.format),
    status: known(STATUSES, media.status),
  };
}

function fromKitsu(anime: KitsuAnime): Facts {
  return {
    episodes: count(anime.episodeCount),
    year: yearOf(anime.startDate),
    type: known(TYPES, anime.subtype),
    status: known(STATUSES, anime.status),
  };
}

// AniDB has no status field (an end date in the past is not proof of one): its status is left out.
function fromAniDb(anime: AniDbAnime): Facts {
  return { episodes: count(anime.episodeCount), year: yearOf(anime.startDate), type: known(TYPES, anime.type), status: null };
}
