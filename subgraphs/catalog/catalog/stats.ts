import type { Catalog, Rejection } from './catalog.js';

export interface Count {
  key: string;
  count: number;
}

export interface CatalogStats {
  total: number;
  rejected: number;
  rejections: readonly Rejection[];
  lastUpdate: string | null;
  loadedAt: Date;
  byType: Count[];
  byStatus: Count[];
  byDecade: Count[];
  /** All tags by descending count; callers take the top n. */
  tags: Count[];
}

const cache = new WeakMap<Catalog, CatalogStats>();

/** Computed once per catalog snapshot. */
export function statsOf(catalog: Catalog): CatalogStats {
  let stats = cache.get(catalog);
  if (!stats) {
    stats = compute(catalog);
    cache.set(catalog, stats);
  }
  return stats;
}

function compute(catalog: Catalog): CatalogStats {
  const byType = new Map<string, number>();
  const byStatus = new Map<string, number>();
  const byDecade = new Map<string, number>();
  const tags = new Map<string, number>();
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const anime of catalog.animes) {
    add(byType, anime.type);
    add(byStatus, anime.status);
    add(byDecade, anime.year == null ? 'unknown' : `${Math.floor(anime.year / 10) * 10}s`);
    for (const tag of anime.tags) add(tags, tag);
  }
  const byCount = (map: Map<string, number>) =>
    [...map].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  return {
    total: catalog.size,
    rejected: catalog.rejectedCount,
    rejections: catalog.rejections,
    lastUpdate: catalog.lastUpdate,
    loadedAt: catalog.loadedAt,
    byType: byCount(byType),
    byStatus: byCount(byStatus),
    byDecade: byCount(byDecade).sort((a, b) => a.key.localeCompare(b.key)),
    tags: byCount(tags),
  };
}
