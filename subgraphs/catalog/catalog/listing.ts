// The anime a filter lets through, in catalog order. Paging a filter asks for the same list page
// after page, so each catalog keeps the lists of its recent filters.
import { LRUCache } from 'lru-cache';
import type { Anime } from './anime.js';
import { compileFilter, type AnimeFilter } from './anime-filter.js';
import type { Catalog } from './catalog.js';

const lists = new WeakMap<Catalog, LRUCache<string, readonly Anime[]>>();

export function matchingAnimes(catalog: Catalog, filter: AnimeFilter | null | undefined): readonly Anime[] {
  const predicate = compileFilter(filter);
  if (!predicate) return catalog.animes;
  let cache = lists.get(catalog);
  if (!cache) lists.set(catalog, (cache = new LRUCache({ max: 200 })));
  const key = JSON.stringify(filter);
  let list = cache.get(key);
  if (!list) cache.set(key, (list = catalog.animes.filter(predicate)));
  return list;
}
