// What the catalog alone says about how likely an anime is the one a user means: how many sites
// list it, how well it is rated, and whether it is a main work (TV, movie) or a side one.
import { AnimeType, type Anime } from './anime.js';

const TYPE_WEIGHT: Record<AnimeType, number> = {
  [AnimeType.TV]: 1,
  [AnimeType.MOVIE]: 0.75,
  [AnimeType.ONA]: 0.6,
  [AnimeType.OVA]: 0.45,
  [AnimeType.SPECIAL]: 0.3,
  [AnimeType.UNKNOWN]: 0.2,
};

const SITES = 7;

/** In [0, 1]. */
export function catalogPrior(anime: Anime): number {
  const listed = Math.min(anime.platformIds.length, SITES) / SITES;
  const rating = anime.score ? (anime.score.arithmeticGeometricMean - 1) / 9 : 0.4;
  return 0.35 * listed + 0.35 * TYPE_WEIGHT[anime.type] + 0.3 * rating;
}
