// Builds the catalog subgraph: schema, catalog store, and where its catalog comes from.
import 'reflect-metadata';
import type { Config } from '../../lib/config.js';
import { buildFederatedSchema } from '../../lib/federation.js';
import type { Logger } from '../../lib/logger.js';
import type { Subgraph } from '../../lib/subgraph.js';
import { createCatalogContext } from './context.js';
import { resolveCatalogPath } from './domain/catalog-source.js';
import { CatalogStore } from './domain/catalog.store.js';
import { RecommendService } from './domain/recommend.service.js';
import { SearchService } from './domain/search.service.js';
import { animeReference } from './resolvers/anime.reference.js';
import { AnimeResolver } from './resolvers/anime.resolver.js';
import { CatalogEntryResolver } from './resolvers/catalog-entry.resolver.js';
import { SearchResolver } from './resolvers/search.resolver.js';
import { StatsResolver } from './resolvers/stats.resolver.js';
import { SuggestionResolver } from './resolvers/suggestion.resolver.js';
import { Anime } from './schema/anime.type.js';
import { CatalogEntry } from './schema/catalog-entry.type.js';
import { createSemanticIndex, type SemanticConfig } from './semantic/create-semantic-index.js';

export type CatalogConfig = Pick<
  Config,
  'ANIME_DB_PATH' | 'ANIME_DB_URL' | 'ANIME_SYNOPSES_PATH' | 'CATALOG_AUTO_DOWNLOAD' | 'DOWNLOAD_TIMEOUT_MS' | 'MAX_PAGE_SIZE'
> &
  SemanticConfig;

export interface CatalogSubgraph extends Subgraph {
  store: CatalogStore;
  search: SearchService;
  /** Settles when the search indexes of the loaded catalog are built (semantic included, when enabled). */
  searchReady(): Promise<void>;
}

export async function createCatalogSubgraph(config: CatalogConfig, log: Logger): Promise<CatalogSubgraph> {
  const { schema, sdl } = await buildFederatedSchema(
    {
      resolvers: [AnimeResolver, CatalogEntryResolver, SearchResolver, StatsResolver, SuggestionResolver],
      orphanedTypes: [Anime, CatalogEntry],
    },
    animeReference,
  );
  const store = new CatalogStore(log);
  const semantic = await createSemanticIndex(config, log);
  const search = new SearchService(store, semantic, log);
  const services = { store, search, recommend: new RecommendService(store, semantic), limits: { maxPageSize: config.MAX_PAGE_SIZE } };
  const synopsesPath = config.ANIME_SYNOPSES_PATH;
  let indexing: Promise<void> = Promise.resolve();
  // Search indexes beyond titles build in the background, from as soon as the catalog is read: the
  // catalog answers meanwhile, and they swap in once it serves.
  const load = async (files: { catalogPath: string; synopsesPath?: string }) => {
    let settle!: (served: boolean) => void;
    const served = new Promise<boolean>((resolve) => (settle = resolve));
    const loading = store.load(files, (catalog) => {
      indexing = search
        .catalogLoaded(catalog, served)
        .catch((error: Error) => log.error({ err: error }, 'building the search indexes failed'));
    });
    loading.then(
      () => settle(true),
      () => settle(false),
    );
    await loading;
  };

  return {
    name: 'catalog',
    schema,
    sdl,
    store,
    search,
    searchReady: () => indexing,
    async start() {
      // The model loads in its worker thread while this one reads the catalog.
      void semantic.start();
      const catalogPath = await resolveCatalogPath(
        {
          catalogPath: config.ANIME_DB_PATH,
          releaseUrl: config.ANIME_DB_URL,
          autoDownload: config.CATALOG_AUTO_DOWNLOAD,
          downloadTimeoutMs: config.DOWNLOAD_TIMEOUT_MS,
        },
        log,
      );
      await load({ catalogPath, synopsesPath });
    },
    isReady: () => store.ready,
    // Re-reads the configured file (also after start fell back to the demo catalog and
    // `npm run data:update` has since fetched the release); on failure the old catalog keeps serving.
    async reload() {
      await load({ catalogPath: config.ANIME_DB_PATH, synopsesPath });
    },
    createContext: () => createCatalogContext(services),
    onDataChanged: (listener) => search.onAnswersChanged(listener),
    async close() {
      await semantic.close();
    },
  };
}
