// The subgraphs this graph is composed of, and where each runs when it does not run in-process. A
// subgraph's code is imported only when it runs in this process: a gateway in front of remote
// subgraphs loads none of it.
import type { Config } from '../lib/config.js';
import type { Logger } from '../lib/logger.js';
import type { Subgraph, SubgraphEnvironment } from '../lib/subgraph.js';

export interface SubgraphDefinition {
  name: string;
  /** Builds it in this process. */
  create: (config: Config, log: Logger, environment: SubgraphEnvironment) => Promise<Subgraph>;
  /** Set in distributed mode: the gateway then calls this URL instead of running the subgraph itself. */
  remoteUrl: (config: Config) => string | undefined;
  /** Port of `npm run start:subgraph -- <name>`; also the URL written into the committed supergraph. */
  port: (config: Config) => number;
  /** Whether the gateway may cache whole responses with its fields (false: it keeps freshness of its own). */
  cacheResponses: boolean;
  /** Schema coordinates whose answers change by themselves, never cached ("Query.searchStatus"). */
  uncachedFields?: readonly string[];
}

export const SUBGRAPHS: readonly SubgraphDefinition[] = [
  {
    name: 'catalog',
    create: async (config, log) => (await import('../subgraphs/catalog/subgraph.js')).createCatalogSubgraph(config, log),
    remoteUrl: (config) => config.CATALOG_SUBGRAPH_URL,
    port: (config) => config.CATALOG_PORT,
    cacheResponses: true,
    // Build progress and update checks move on their own; every other catalog answer changes only with the catalog.
    uncachedFields: ['Query.searchStatus', 'CatalogStats.updates', 'CatalogStats.lastRefusal'],
  },
  {
    name: 'platforms',
    create: async (config, log) => (await import('../subgraphs/platforms/subgraph.js')).createPlatformsSubgraph(config, log),
    remoteUrl: (config) => config.PLATFORMS_SUBGRAPH_URL,
    port: (config) => config.PLATFORMS_PORT,
    cacheResponses: false,
  },
  {
    name: 'schedules',
    create: async (config, log, environment) =>
      (await import('../subgraphs/schedules/subgraph.js')).createSchedulesSubgraph(config, log, environment),
    remoteUrl: (config) => config.SCHEDULES_SUBGRAPH_URL,
    port: (config) => config.SCHEDULES_PORT,
    // Broadcasts move with the clock (status, airingNow) and the platforms: never kept whole.
    cacheResponses: false,
  },
  {
    name: 'users',
    create: async (config, log) => (await import('../subgraphs/users/subgraph.js')).createUsersSubgraph(config, log),
    remoteUrl: (config) => config.USERS_SUBGRAPH_URL,
    port: (config) => config.USERS_PORT,
    // Each answer is the caller's own (viewer, their keys) and changes with every mutation: never kept.
    cacheResponses: false,
  },
];

export const localUrl = (port: number) => `http://localhost:${port}/graphql`;
