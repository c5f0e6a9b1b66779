// A few follow-up phrasings for an answer: ways to narrow or widen what was asked that the
// parameters do not already say.
import type { Intent, Parameters, Result } from './schema.js';

const MAX_SUGGESTIONS = 4;

export function suggestionsFor(intent: Intent, p: Parameters, results: readonly Result[]): string[] {
  const out: string[] = [];
  const first = results[0];
  if (intent === 'schedule' || intent === 'compare_ratings' || intent === 'details') {
    if (first && intent !== 'schedule') out.push(`more like ${String(first.title)}`);
    if (first && intent !== 'compare_ratings') out.push(`how do MAL and AniList rate ${String(first.title)}`);
    if (intent !== 'schedule') out.push('what airs tonight');
    return out.slice(0, MAX_SUGGESTIONS);
  }
  if (!p.types?.includes('MOVIE')) out.push('only movies');
  if (!p.years?.to && !p.season) out.push('older ones');
  if (!p.years?.from && !p.season) out.push('only recent ones');
  if (p.minScore === undefined) out.push('only highly rated ones');
  if (!p.episodes?.max) out.push('shorter ones');
  if (first && intent !== 'similar') out.push(`more like ${String(first.title)}`);
  return out.slice(0, MAX_SUGGESTIONS);
}
