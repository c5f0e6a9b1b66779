// What one linked account's anime list says of its owner: favourite tags and studios (weighted by
// how each anime was scored against the owner's own mean), their rating pattern, and which anime they
// liked, disliked and have seen, as platform references ("anilist:21", "mal:1535") that the catalog
// maps to its anime through their sources.

/** A list entry's status, the same for both platforms. */
export type ListStatus = 'WATCHING' | 'COMPLETED' | 'PAUSED' | 'DROPPED' | 'PLANNING';

export interface ListEntry {
  /** "anilist:<AniList id>" or "mal:<MyAnimeList id>". */
  ref: string;
  status: ListStatus;
  /** The owner's score from 0 to 100; null when they gave none. */
  score: number | null;
  /** Genres and tags, lower case as the catalog writes them. */
  tags: string[];
  studios: string[];
}

export interface WeightedName {
  name: string;
  weight: number;
}

export interface AccountTaste {
  favouriteTags: WeightedName[];
  favouriteStudios: WeightedName[];
  /** The mean of the owner's scores (0 to 100); null when they scored nothing. */
  meanScore: number | null;
  scored: number;
  completed: number;
  entries: number;
  /** Best first. */
  liked: string[];
  disliked: string[];
  /** Every anime on the list but the planned ones. */
  seen: string[];
}

const MAX_TAGS = 20;
const MAX_STUDIOS = 10;
const MAX_LIKED = 50;

/** How much an entry speaks for its tags: its score against the owner's mean, plus a little for having finished it. */
function weightOf(entry: ListEntry, mean: number | null): number {
  const relative = entry.score !== null && mean !== null ? (entry.score - mean) / 10 : 0;
  const base = { COMPLETED: 0.25, WATCHING: 0.1, PAUSED: 0, DROPPED: 0, PLANNING: 0 }[entry.status];
  const weight = relative + base;
  return entry.status === 'DROPPED' ? Math.min(weight, -0.5) : weight;
}

function favourites(entries: ListEntry[], mean: number | null, names: (entry: ListEntry) => string[], max: number): WeightedName[] {
  const weights = new Map<string, number>();
  for (const entry of entries) {
    if (entry.status === 'PLANNING') continue;
    const weight = weightOf(entry, mean);
    for (const name of new Set(names(entry))) weights.set(name, (weights.get(name) ?? 0) + weight);
  }
  return [...weights]
    .filter(([, weight]) => weight > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([name, weight]) => ({ name, weight: Math.round(weight * 100) / 100 }));
}

export function tasteOf(list: readonly ListEntry[]): AccountTaste {
  // One entry per anime (AniList repeats entries in custom lists).
  const entries = [...new Map(list.map((entry) => [entry.ref, entry])).values()];
  const scores = entries.map((e) => e.score).filter((s): s is number => s !== null);
  const mean = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
  const watched = entries.filter((e) => e.status !== 'PLANNING');
  const scoredLiked = watched
    .filter((e) => e.status !== 'DROPPED' && e.score !== null && e.score >= Math.max(mean ?? 0, 60))
    .sort((a, b) => b.score! - a.score!);
  // Without scores, finishing an anime is the best sign of liking it.
  const liked = (scoredLiked.length ? scoredLiked : watched.filter((e) => e.status === 'COMPLETED' && e.score === null)).slice(
    0,
    MAX_LIKED,
  );
  const disliked = watched.filter(
    (e) => e.status === 'DROPPED' || (e.score !== null && mean !== null && e.score < Math.min(mean - 15, 50)),
  );
  return {
    favouriteTags: favourites(entries, mean, (e) => e.tags, MAX_TAGS),
    favouriteStudios: favourites(entries, mean, (e) => e.studios, MAX_STUDIOS),
    meanScore: mean === null ? null : Math.round(mean * 10) / 10,
    scored: scores.length,
    completed: entries.filter((e) => e.status === 'COMPLETED').length,
    entries: entries.length,
    liked: liked.map((e) => e.ref),
    disliked: disliked.map((e) => e.ref).slice(0, MAX_LIKED),
    seen: watched.map((e) => e.ref),
  };
}

/** A stored taste (JSON) read defensively: older or partial rows give empty lists. */
export function storedTaste(stored: unknown): AccountTaste {
  const record = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  const weighted = (value: unknown) =>
    Array.isArray(value)
      ? value
          .filter((v): v is WeightedName => typeof v?.name === 'string' && typeof v?.weight === 'number')
          .map(({ name, weight }) => ({ name, weight }))
      : [];
  const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
  return {
    favouriteTags: weighted(record.favouriteTags),
    favouriteStudios: weighted(record.favouriteStudios),
    meanScore: typeof record.meanScore === 'number' ? record.meanScore : null,
    scored: count(record.scored),
    completed: count(record.completed),
    entries: count(record.entries),
    liked: strings(record.liked),
    disliked: strings(record.disliked),
    seen: strings(record.seen),
  };
}
