import DataLoader from 'dataloader';
import type { Anime } from './domain/anime.js';
import type { CatalogStore } from './domain/catalog.store.js';
import type { Platform } from './domain/platforms.js';

export interface CatalogLimits {
  maxPageSize: number;
}

export interface CatalogContext {
  store: CatalogStore;
  limits: CatalogLimits;
  /** Per request: one batch per tick however many ids a query (or the gateway's _entities) asks for. */
  animeById: DataLoader<string, Anime | null>;
  animeBySource: DataLoader<{ platform: Platform; id: string }, Anime | null, string>;
}

export function createCatalogContext(store: CatalogStore, limits: CatalogLimits): CatalogContext {
  return {
    store,
    limits,
    animeById: new DataLoader(async (ids) => {
      const { catalog } = store.snapshot();
      return ids.map((id) => catalog.get(id) ?? null);
    }),
    animeBySource: new DataLoader(
      async (keys) => {
        const { catalog } = store.snapshot();
        return keys.map(({ platform, id }) => catalog.bySource(platform, id) ?? null);
      },
      { cacheKeyFn: ({ platform, id }) => `${platform}:${id}` },
    ),
  };
}
