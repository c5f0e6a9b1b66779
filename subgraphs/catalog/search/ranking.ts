// How the search signals add up, per mode; every signal is in [0, 1] before weighting. The weights
// sit in the middle of a plateau of a grid search on the development set (npm run eval:search):
// neighbouring values score the same, so they are not fitted to its particular queries. The prior
// carries real weight: without it sequels, recaps and obscure near-duplicates crowd the top.

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

export interface Weights {
  /** On titleStrength: only a title the query names (nearly) exactly counts much. */
  title: number;
  titleWords: number;
  lexical: number;
  semantic: number;
  prior: number;
}

export const WEIGHTS: Record<SearchMode, Weights> = {
  [SearchMode.LEXICAL]: { title: 1.5, titleWords: 0.2, lexical: 0.6, semantic: 0, prior: 0.6 },
  [SearchMode.SEMANTIC]: { title: 0, titleWords: 0, lexical: 0, semantic: 2, prior: 0.6 },
  [SearchMode.HYBRID]: { title: 1.5, titleWords: 0.2, lexical: 0.45, semantic: 2, prior: 0.6 },
};

/** Below this whole-title similarity a title match is word overlap, not a title the query names. */
export const TITLE_FLOOR = 0.5;

export function titleStrength(similarity: number): number {
  return Math.max(0, (similarity - TITLE_FLOOR) / (1 - TITLE_FLOOR));
}

export function blend(mode: SearchMode, s: Signals): number {
  const w = WEIGHTS[mode];
  return (
    w.title * titleStrength(s.title) + w.titleWords * s.titleWords + w.lexical * s.lexical + w.semantic * s.semantic + w.prior * s.prior
  );
}
