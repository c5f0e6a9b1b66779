// Catalog search. Today: title search (typo-tolerant, exact and prefix first). Semantic and hybrid
// ranking plug in here as further signals over the same request and hit shape.
import { BadUserInputError } from '../../../lib/errors.js';
import type { Anime } from './anime.js';
import { compileFilter, type AnimeFilter } from './anime-filter.js';
import type { CatalogSnapshot } from './catalog.store.js';

export const MAX_QUERY_LENGTH = 500;

export interface SearchRequest {
  query: string;
  filter?: AnimeFilter | null;
  first: number;
}

export interface SearchHit {
  anime: Anime;
  score: number;
  matchedName: string | null;
  matchedFields: string[];
  components: { lexical: number; title: number; prior: number };
}

export interface SearchResult {
  hits: SearchHit[];
  totalCount: number;
}

/** Rejects queries no search can answer, with a message that says what to change. */
export function validateQuery(query: string): string {
  const trimmed = query.trim();
  if (!trimmed) throw new BadUserInputError('query must not be empty.', 'query');
  if (trimmed.length > MAX_QUERY_LENGTH) {
    throw new BadUserInputError(`query must be at most ${MAX_QUERY_LENGTH} characters (got ${trimmed.length}).`, 'query');
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(trimmed)) {
    throw new BadUserInputError('query must not contain control characters.', 'query');
  }
  return trimmed;
}

export function search(snapshot: CatalogSnapshot, request: SearchRequest): SearchResult {
  const query = validateQuery(request.query);
  const predicate = compileFilter(request.filter);
  const { matches, total } = snapshot.titles.search(query, predicate, request.first);
  return {
    totalCount: total,
    hits: matches.map((m) => ({
      anime: m.anime,
      score: m.score,
      matchedName: m.matchedName,
      matchedFields: m.matchedFields,
      components: { lexical: m.lexical, title: m.title, prior: m.prior },
    })),
  };
}
