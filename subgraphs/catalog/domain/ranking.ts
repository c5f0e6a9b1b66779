// How the search signals add up, per mode. Weights tuned on the development set
// (npm run eval:search); every signal is in [0, 1] before weighting.

import { SearchMode } from './search-mode.js';

export interface Signals {
  /** Whole-title similarity of the query to the best title or synonym (typo tolerant). */
  title: number;
  /** BM25 over titles and synonyms, 1 for the best candidate. */
  titleWords: number;
  /** BM25 over tags and synopsis, 1 for the best candidate. */
  lexical: number;
  /** Best cosine of the query to the anime's synopsis, synopsis sentences and titles. */
  semantic: number;
  /** From the catalog alone: how many sites list it, its score, TV/movie before side stories. */
  prior: number;
}

export const WEIGHTS = {
  [SearchMode.LEXICAL]: { title: 1, titleWords: 0.5, lexical: 0.6, semantic: 0, prior: 0.2 },
  [SearchMode.SEMANTIC]: { title: 0, titleWords: 0, lexical: 0, semantic: 2, prior: 0.3 },
  [SearchMode.HYBRID]: { title: 1, titleWords: 0.5, lexical: 0.6, semantic: 2, prior: 0.3 },
};

export function blend(mode: SearchMode, s: Signals): number {
  const w = WEIGHTS[mode];
  // Title-word overlap counts only for as much as whole-title similarity leaves open (see TitleIndex).
  return w.title * s.title + w.titleWords * s.titleWords * Math.max(0, 1 - s.title) + w.lexical * s.lexical + w.semantic * s.semantic + w.prior * s.prior;
}
