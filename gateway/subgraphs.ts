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
  /**
   * Schema coordinates whose answers change by themselves, never cached ("Query.searchStatus"); or
   * "Type.field without arg": not cached when the field is asked without that argument.
   */
  uncachedFields?: readonly string[];
}

// Built in this order: a subgraph asks those built before it in its process (the catalog asks users for
// a caller's taste, schedules asks the catalog).
export const SUBGRAPHS: readonly SubgraphDefinition[] = [
  {
    name: 'users',
    create: async (config, log) => (await import('../subgraphs/users/subgraph.js')).createUsersSubgraph(config, log),
    remoteUrl: (config) => config.USERS_SUBGRAPH_URL,
    port: (config) => config.USERS_PORT,
    // Each answer is the caller's own (viewer, their keys) and changes with every mutation: never kept.
    cacheResponses: false,
  },
  {
    name: 'catalog',
    create: async (config, log, environment) =>
      (await import('../subgraphs/catalog/subgraph.js')).createCatalogSubgraph(config, log, environment),
    remoteUrl: (config) => config.CATALOG_SUBGRAPH_URL,
    port: (config) => config.CATALOG_PORT,
    cacheResponses: true,
    // Build progress and update checks move on their own; every other catalog answer changes only with the catalog.
    // Recommendations without liked are the caller's own (their taste).
    uncachedFields: ['Query.searchStatus', 'CatalogStats.updates', 'CatalogStats.lastRefusal', 'Query.recommendations without liked'],
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
    name: 'analytics',
    create: async (config, log, environment) =>
      (await import('../subgraphs/analytics/subgraph.js')).createAnalyticsSubgraph(config, log, environment),
    remoteUrl: (config) => config.ANALYTICS_SUBGRAPH_URL,
    port: (config) => config.ANALYTICS_PORT,
    // Reports are the caller's (or an operator's) and trending moves with every operation: never kept.
    cacheResponses: false,
  },
];

export const localUrl = (port: number) => `http://localhost:${port}/graphql`;
