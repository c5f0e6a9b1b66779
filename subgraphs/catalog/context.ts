import DataLoader from 'dataloader';
import type { WarningsContext } from '../../lib/warnings.js';
import type { Anime } from './domain/anime.js';
import type { CatalogStore } from './domain/catalog.store.js';
import type { Platform } from './domain/platforms.js';
import type { RecommendService } from './domain/recommend.service.js';
import type { SearchService } from './domain/search.service.js';

export interface CatalogLimits {
  maxPageSize: number;
}

export interface CatalogServices {
  store: CatalogStore;
  search: SearchService;
  recommend: RecommendService;
  limits: CatalogLimits;
}

export interface CatalogContext extends CatalogServices, WarningsContext {
  /** Per request: one batch per tick however many ids a query (or the gateway's _entities) asks for. */
  animeById: DataLoader<string, Anime | null>;
  animeBySource: DataLoader<{ platform: Platform; id: string }, Anime | null, string>;
}

export function createCatalogContext(services: CatalogServices): CatalogContext {
  const { store } = services;
  return {
    ...services,
    warnings: [],
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
