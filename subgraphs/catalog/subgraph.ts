// Builds the catalog subgraph: schema, the served catalog with its search indexes, and where its
// catalog comes from (the release file, its first download, the weekly update).
import 'reflect-metadata';
import type { ConfigOf } from '../../lib/config.js';
import { buildFederatedSchema } from '../../lib/federation.js';
import type { Logger } from '../../lib/logger.js';
import type { Subgraph, SubgraphEnvironment } from '../../lib/subgraph.js';
import { usersClient } from './users-client.js';
import { DEMO_CATALOG_PATH, resolveCatalogPath } from './catalog/catalog-source.js';
import { CatalogChanges } from './catalog/catalog-changes.js';
import { CatalogStore } from './catalog/catalog.store.js';
import { ReleaseUpdates } from './catalog/release-updates.js';
import { createCatalogContext } from './context.js';
import { animeReference } from './resolvers/anime.reference.js';
import { AnimeResolver } from './resolvers/anime.resolver.js';
import { CatalogUpdateResolver } from './resolvers/catalog-update.resolver.js';
import { CatalogEntryResolver } from './resolvers/catalog-entry.resolver.js';
import { CatalogQualityResolver, DataQualityResolver, dataQualityReference } from './resolvers/data-quality.resolver.js';
import { AnimeFranchiseResolver, FranchiseResolver, SearchHitFranchiseResolver } from './resolvers/franchise.resolver.js';
import { SearchResolver } from './resolvers/search.resolver.js';
import { StatsResolver } from './resolvers/stats.resolver.js';
import { SuggestionResolver } from './resolvers/suggestion.resolver.js';
import { UnderstandResolver } from './resolvers/understand.resolver.js';
import { vocabularyOf } from './understand/vocabulary.js';
import { Anime } from './schema/anime.type.js';
import { CatalogEntry } from './schema/catalog-entry.type.js';
import { RecommendService } from './search/recommend.service.js';
import { viewerTasteSource } from './search/viewer-taste.js';
import { buildSearchIndexes, type SearchIndexes } from './search/search-indexes.js';
import { PictureSearch } from './search/picture-search.service.js';
import { SearchService } from './search/search.service.js';
import { createSemanticModels } from './semantic/create-semantic-models.js';
import { createImageIndex, imageReading } from './image/create-image-index.js';

export type CatalogConfig = ConfigOf<'catalog'>;

export interface CatalogSubgraph extends Subgraph {
  store: CatalogStore<SearchIndexes>;
  search: SearchService;
  updates: ReleaseUpdates;
  /** Catalog updates as catalogUpdated tells them. */
  changes: CatalogChanges;
}

export async function createCatalogSubgraph(
  config: CatalogConfig,
  log: Logger,
  environment: Partial<SubgraphEnvironment> = {},
): Promise<CatalogSubgraph> {
  const changes = new CatalogChanges();
  // type-graphql asks for a pub/sub with subscriptions; catalogUpdated subscribes itself (resolvers/catalog-update.resolver.ts).
  const pubSub = { publish: () => undefined, subscribe: () => changes.stream(() => null) };
  const { schema, sdl } = await buildFederatedSchema(
    {
      resolvers: [
        AnimeResolver,
        CatalogEntryResolver,
        SearchResolver,
        StatsResolver,
        SuggestionResolver,
        UnderstandResolver,
        CatalogUpdateResolver,
        AnimeFranchiseResolver,
        FranchiseResolver,
        SearchHitFranchiseResolver,
        DataQualityResolver,
        CatalogQualityResolver,
      ],
      orphanedTypes: [Anime, CatalogEntry],
      pubSub,
    },
    { ...animeReference, ...dataQualityReference },
  );
  const semantic = await createSemanticModels(config, log);
  const images = await createImageIndex(config, log);
  const store: CatalogStore<SearchIndexes> = new CatalogStore({
    log,
    maxShrink: config.CATALOG_MAX_SHRINK,
    standIn: DEMO_CATALOG_PATH,
    buildIndexes: (catalog, first) =>
      buildSearchIndexes(catalog, { semantic, images }, log, { first, onJoined: () => search.answersChanged() }),
    retireIndexes: (indexes) => indexes.retire(),
  });
  const search = new SearchService(store, semantic, log);
  const pictures = new PictureSearch(store, images, imageReading(config), search);
  store.onSwap(() => search.answersChanged());
  // Query understanding's vocabulary of the new catalog, built once it serves rather than on the first request that needs it.
  store.onSwap(() => setImmediate(() => vocabularyOf(store.snapshot().catalog)));
  // Each catalog after the first is a catalogUpdated event.
  store.onSwap(() => changes.served(store.snapshot().catalog));
  const files = { catalogPath: config.ANIME_DB_PATH, synopsesPath: config.ANIME_SYNOPSES_PATH };
  const updates = new ReleaseUpdates({
    url: config.ANIME_DB_URL,
    files,
    intervalSeconds: config.CATALOG_UPDATE_INTERVAL,
    timeoutMs: config.DOWNLOAD_TIMEOUT_MS,
    log,
    serve: (read, label) => store.serve(read, { label }, files),
    downloadWhenMissing: config.CATALOG_AUTO_DOWNLOAD,
  });
  const serveFile = async (catalogPath: string) => {
    await store.load({ ...files, catalogPath });
    if (catalogPath === files.catalogPath) await updates.fileServed();
    else updates.standInServed();
  };
  const services = {
    store,
    search,
    pictures,
    updates,
    changes,
    recommend: new RecommendService(store),
    viewerTaste: viewerTasteSource(usersClient(config, environment)),
    limits: { maxPageSize: config.MAX_PAGE_SIZE },
  };

  return {
    name: 'catalog',
    schema,
    sdl,
    store,
    search,
    updates,
    changes,
    async start() {
      // The model loads in its worker thread while this one reads the catalog.
      void semantic.start();
      void images.start();
      const catalogPath = await resolveCatalogPath(
        {
          catalogPath: config.ANIME_DB_PATH,
          releaseUrl: config.ANIME_DB_URL,
          autoDownload: config.CATALOG_AUTO_DOWNLOAD,
          downloadTimeoutMs: config.DOWNLOAD_TIMEOUT_MS,
        },
        log,
      );
      await serveFile(catalogPath);
      await updates.start();
    },
    isReady: () => store.ready,
    // Re-reads the configured file (also after start fell back to the demo catalog and
    // `npm run data:update` has since fetched the release); on failure the old catalog keeps serving.
    async reload() {
      await serveFile(files.catalogPath);
    },
    createContext: () => createCatalogContext(services),
    onDataChanged: (listener) => search.onAnswersChanged(listener),
    async close() {
      updates.stop();
      await Promise.all([semantic.close(), images.close()]);
    },
  };
}
