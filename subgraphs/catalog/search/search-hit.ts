// One anime of a search's ranking, with how it was found.
import type { Anime } from '../catalog/anime.js';
import type { Signals } from './ranking.js';

export interface HitComponents extends Signals {
  /** Cosine of the query's picture to the anime's poster (CLIP); 0 without a picture. Weighed by imageWeight, not blend(). */
  image: number;
}

export interface SearchHit {
  anime: Anime;
  score: number;
  matchedName: string | null;
  matchedFields: string[];
  components: HitComponents;
  /** With collapseFranchise: the other entries of its franchise that matched. */
  franchiseMatches?: SearchHit[];
}
