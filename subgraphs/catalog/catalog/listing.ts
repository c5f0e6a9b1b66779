// The anime a filter lets through, in the order asked (catalog order by title, or best score first).
// Paging a filter asks for the same list page after page, so each catalog keeps the lists of its
// recent filters and orders.
import { LRUCache } from 'lru-cache';
import type { Anime } from './anime.js';
import { compileFilter, type AnimeFilter } from './anime-filter.js';
import type { Catalog } from './catalog.js';

export enum AnimeOrder {
  TITLE = 'TITLE',
  SCORE = 'SCORE',
}

const lists = new WeakMap<Catalog, LRUCache<string, readonly Anime[]>>();

export function matchingAnimes(catalog: Catalog, filter: AnimeFilter | null | undefined, order = AnimeOrder.TITLE): readonly Anime[] {
  const predicate = compileFilter(filter);
  if (!predicate && order === AnimeOrder.TITLE) return catalog.animes;
  let cache = lists.get(catalog);
  if (!cache) lists.set(catalog, (cache = new LRUCache({ max: 200 })));
  const key = `${order} ${JSON.stringify(filter ?? null)}`;
  let list = cache.get(key);
  if (!list) {
    const matching = predicate ? catalog.animes.filter(predicate) : [...catalog.animes];
    list = order === AnimeOrder.SCORE ? matching.sort(compareFor(order)) : matching;
    cache.set(key, list);
  }
  return list;
}

/** How `order` sorts: best score first, unscored last, ties in catalog order (so a cursor finds its place). */
export function compareFor(order: AnimeOrder): (a: Anime, b: Anime) => number {
  if (order === AnimeOrder.TITLE) return (a, b) => a.ordinal - b.ordinal;
  const score = (a: Anime) => a.score?.arithmeticGeometricMean ?? -Infinity;
  return (a, b) => score(b) - score(a) || a.ordinal - b.ordinal;
}
