// The catalog's view of one anime: a validated anime-offline-database entry plus derived ids.
import type { PlatformId } from './sites.js';

import { AnimeStatus, AnimeType, Season } from '../../../lib/anime-kinds.js';

export { AnimeStatus, AnimeType, Season };

export interface AnimeScore {
  arithmeticGeometricMean: number;
  arithmeticMean: number;
  median: number;
}

export interface Anime {
  /** Stable AniGraph id, derived from the preferred platform id ("mal-16498"). */
  id: string;
  /** Position in the catalog's own order (title), used for stable paging. */
  ordinal: number;
  title: string;
  synonyms: string[];
  type: AnimeType;
  episodes: number;
  status: AnimeStatus;
  season: Season;
  year: number | null;
  picture: string;
  thumbnail: string;
  durationSeconds: number | null;
  score: AnimeScore | null;
  studios: string[];
  producers: string[];
  tags: string[];
  relatedAnime: string[];
  sources: string[];
  platformIds: PlatformId[];
  synopsis: string | null;
}

/** anime-offline-database's placeholder picture (no_pic.png) when no site has one. */
const PLACEHOLDER_PICTURE = /\/no_pic(_thumbnail)?\.png$/;

/** The URL of the anime's own picture; undefined for none or the placeholder. */
export function posterOf(anime: Pick<Anime, 'picture'>): string | undefined {
  return anime.picture && !PLACEHOLDER_PICTURE.test(anime.picture) ? anime.picture : undefined;
}
