// Builds the platforms subgraph: Anime enriched from MyAnimeList (Jikan), AniList, Kitsu, AniDB and
// AnimeSchedule, their direct query fields, and their status.
import 'reflect-metadata';
import type { Config } from '../../lib/config.js';
import { buildFederatedSchema } from '../../lib/federation.js';
import type { Logger } from '../../lib/logger.js';
import { sharedPlatforms, type PlatformConfig } from '../../lib/platforms/platforms.js';
import type { Subgraph } from '../../lib/subgraph.js';
import { createPlatformsContext } from './context.js';
import { animeReference } from './resolvers/anime.reference.js';
import { AnimeEnrichmentResolver } from './resolvers/anime.resolver.js';
import { AnimeScheduleResolver } from './resolvers/animeschedule.resolver.js';
import { DataQualityConflictsResolver, dataQualityReference } from './resolvers/data-quality.resolver.js';
import { JikanResolver } from './resolvers/jikan.resolver.js';
import { StatusResolver } from './resolvers/status.resolver.js';
import { Anime } from './schema/anime.type.js';
import { CatalogEntry } from './schema/catalog-entry.type.js';
import { DataQuality } from './schema/data-quality.type.js';

export type PlatformsSubgraphConfig = PlatformConfig & Pick<Config, 'MAX_PAGE_SIZE'>;

export async function createPlatformsSubgraph(config: PlatformsSubgraphConfig, log: Logger): Promise<Subgraph> {
  const { schema, sdl } = await buildFederatedSchema(
    {
      resolvers: [AnimeEnrichmentResolver, JikanResolver, AnimeScheduleResolver, StatusResolver, DataQualityConflictsResolver],
      orphanedTypes: [Anime, CatalogEntry, DataQuality],
    },
    { ...animeReference, ...dataQualityReference },
  );
  const { platforms, release } = sharedPlatforms(config, log);
  return {
    name: 'platforms',
    schema,
    sdl,
    start: async () => undefined,
    isReady: () => true,
    reload: async () => undefined,
    createContext: () => createPlatformsContext(platforms, config.MAX_PAGE_SIZE),
    close: release,
  };
}
