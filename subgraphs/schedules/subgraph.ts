// Builds the schedules subgraph: airing episodes merged from AniList, AnimeSchedule and MyAnimeList
// (Jikan), matched to the catalog, and Anime's next episode and broadcasts.
import 'reflect-metadata';
import type { ConfigOf } from '../../lib/config.js';
import { buildFederatedSchema } from '../../lib/federation.js';
import type { Logger } from '../../lib/logger.js';
import { sharedPlatforms } from '../../lib/platforms/platforms.js';
import type { Subgraph } from '../../lib/subgraph.js';
import { httpClient, inProcessClient } from '../../lib/subgraph-client.js';
import type { SchedulesContext } from './context.js';
import { CatalogLookup } from './domain/catalog-lookup.js';
import { ScheduleService, type Clock } from './domain/schedule.service.js';
import { animeReference } from './resolvers/anime.reference.js';
import { AnimeAiringResolver } from './resolvers/anime.resolver.js';
import { ScheduleResolver } from './resolvers/schedule.resolver.js';
import { Anime } from './schema/anime.type.js';

export type SchedulesConfig = ConfigOf<'schedules'>;

export interface SchedulesOptions {
  /** Subgraphs already running in this process: the catalog is asked in-process when it is one of them. */
  local?: ReadonlyMap<string, Subgraph>;
  /** The time the schedules are read at (tests move it). */
  clock?: Clock;
}

export async function createSchedulesSubgraph(config: SchedulesConfig, log: Logger, options: SchedulesOptions = {}): Promise<Subgraph> {
  const { schema, sdl } = await buildFederatedSchema(
    { resolvers: [ScheduleResolver, AnimeAiringResolver], orphanedTypes: [Anime] },
    animeReference,
  );
  const { platforms, release } = sharedPlatforms(config, log);
  const catalogSubgraph = options.local?.get('catalog');
  const catalog = catalogSubgraph
    ? inProcessClient(catalogSubgraph)
    : httpClient(config.CATALOG_SUBGRAPH_URL ?? `http://localhost:${config.CATALOG_PORT}/graphql`);
  const schedules = new ScheduleService(
    { anilist: platforms.anilist, jikan: platforms.jikan, animeSchedule: platforms.animeSchedule },
    new CatalogLookup(catalog),
    options.clock ?? (() => new Date()),
  );
  return {
    name: 'schedules',
    schema,
    sdl,
    start: async () => undefined,
    isReady: () => true,
    reload: async () => undefined,
    createContext: (): SchedulesContext => ({ schedules, warnings: [] }),
    close: release,
  };
}
