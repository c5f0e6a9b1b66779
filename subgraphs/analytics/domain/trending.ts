// Trending: the anime whose searches and lookups rose most against the window before, the rise
// measured in units of √(before + 1), the noise expected of counts, so that 3 → 30 ranks above
// 300 → 330 and a single look at something never seen before does not top the list.
import type { Db } from '../../../lib/db/database.js';
import type { TrendingAnime } from '../schema/trending.type.js';
import { animeCounts, type Window } from './figures.js';

export async function trendingAnime(db: Db, window: Window, first: number): Promise<TrendingAnime[]> {
  return (await animeCounts(db, window))
    .map(({ id, searches, lookups, previous }) => ({
      anime: { id },
      searches,
      lookups,
      previous,
      score: (searches + lookups - previous) / Math.sqrt(previous + 1),
    }))
    .filter((trend) => trend.score > 0)
    .sort((a, b) => b.score - a.score || b.searches + b.lookups - (a.searches + a.lookups) || a.anime.id.localeCompare(b.anime.id))
    .slice(0, first);
}
