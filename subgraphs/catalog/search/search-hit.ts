// One anime of a search's ranking, with how it was found.
import type { Anime } from '../catalog/anime.js';
import type { Signals } from './ranking.js';

export interface SearchHit {
  anime: Anime;
  score: number;
  matchedName: string | null;
  matchedFields: string[];
  components: Signals;
  /** With collapseFranchise: the other entries of its franchise that matched. */
  franchiseMatches?: SearchHit[];
}
