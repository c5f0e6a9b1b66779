import DataLoader from 'dataloader';
import type { WarningsContext } from '../../lib/warnings.js';
import type { Anime } from './catalog/anime.js';
import type { CatalogChanges } from './catalog/catalog-changes.js';
import type { CatalogStore } from './catalog/catalog.store.js';
import type { ReleaseUpdates } from './catalog/release-updates.js';
import type { CatalogSite } from './catalog/sites.js';
import type { PictureSearch } from './search/picture-search.service.js';
import type { RecommendService } from './search/recommend.service.js';
import type { SearchIndexes } from './search/search-indexes.js';
import type { SearchService } from './search/search.service.js';
import type { ViewerTasteSource } from './search/viewer-taste.js';

export interface CatalogLimits {
  maxPageSize: number;
}

export interface CatalogServices {
  store: CatalogStore<SearchIndexes>;
  search: SearchService;
  /** Search by a picture, alone or blended with a query. */
  pictures: PictureSearch;
  updates: ReleaseUpdates;
  /** Catalog updates, for catalogUpdated. */
  changes: CatalogChanges;
  recommend: RecommendService;
  /** The signed-in caller's taste, from the users subgraph (recommendations without liked). */
  viewerTaste: ViewerTasteSource;
  limits: CatalogLimits;
}

export interface CatalogContext extends CatalogServices, WarningsContext {
  /** Per request: one batch per tick however many ids a query (or the gateway's _entities) asks for. */
  animeById: DataLoader<string, Anime | null>;
  animeBySource: DataLoader<{ platform: CatalogSite; id: string }, Anime | null, string>;
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
