// A query that describes a story matches every entry of its franchise alike (the series, its sequels,
// films and recaps tell the same story): the user means the work, so its main entry comes first.
// Unless the query names a particular entry: a season or part, a film, an OVA, a year, a number, or
// that entry's own title or synonym (its title signal beats the main entry's).
import type { Franchises, Franchise } from './franchise.js';
import { titleStrength } from './ranking.js';
import type { SearchHit } from './search-hit.js';

const NAMES_AN_ENTRY =
  /\b(seasons?|part|cour|movies?|films?|ovas?|onas?|specials?|recaps?|finale?|sequel|prequel|gaiden|zoku|shin|kan|\d+(st|nd|rd|th)|ii|iii|iv|v|r2|\d+)\b/i;
/** The main entry moves up within the hits a user looks at, never from far below. */
const WINDOW = 50;
/** What a main entry scores above the entry it is moved past. */
const SCORE_STEP = 1e-6;
/** How much better a sibling's title must match for the query to name it rather than the work. */
const TITLE_MARGIN = 0.02;

export function mainEntriesFirst(hits: readonly SearchHit[], query: string, franchises: Franchises): SearchHit[] {
  const ranked = [...hits];
  if (NAMES_AN_ENTRY.test(query)) return ranked;
  const done = new Set<Franchise>();
  const end = Math.min(WINDOW, ranked.length);
  for (let i = 0; i < end; i++) {
    const hit = ranked[i];
    const franchise = franchises.of(hit.anime);
    if (!franchise || done.has(franchise)) continue;
    done.add(franchise);
    if (hit.anime === franchise.main) continue;
    const at = ranked.findIndex((other, k) => k > i && k < end && other.anime === franchise.main);
    if (at < 0 || namesEntry(hit, ranked[at])) continue;
    const [main] = ranked.splice(at, 1);
    // It takes the score just above the entry it passes, so that the hits stay best first by score.
    const above = i > 0 ? ranked[i - 1].score : Infinity;
    ranked.splice(i, 0, { ...main, score: Math.max(main.score, Math.min(above, hit.score + SCORE_STEP)) });
  }
  return ranked;
}

/** Whether the query names this entry's title (or synonym) rather than the main entry's. */
function namesEntry(entry: SearchHit, main: SearchHit): boolean {
  return titleStrength(entry.components.title) > 0 && entry.components.title > main.components.title + TITLE_MARGIN;
}

export interface CollapsedHit extends SearchHit {
  /** The other entries of its franchise that matched, in their order. */
  franchiseMatches: SearchHit[];
}

/** One hit per franchise: its first (best, or main) entry, the others under it. */
export function collapseFranchises(hits: readonly SearchHit[], franchises: Franchises): CollapsedHit[] {
  const collapsed: CollapsedHit[] = [];
  const byFranchise = new Map<Franchise, CollapsedHit>();
  for (const hit of hits) {
    const franchise = franchises.of(hit.anime);
    const first = franchise && byFranchise.get(franchise);
    if (first) {
      first.franchiseMatches.push(hit);
      continue;
    }
    const head = { ...hit, franchiseMatches: [] };
    if (franchise) byFranchise.set(franchise, head);
    collapsed.push(head);
  }
  return collapsed;
}
