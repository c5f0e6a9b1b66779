// The gateway's metrics as gateway/app.ts wires them: the registry of this app, the platform
// clients it reads on scrape, the routes /metrics and /status; all of it absent when METRICS=false.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Registry } from 'prom-client';
import type { Config } from '../../lib/config.js';
import type { Logger } from '../../lib/logger.js';
import { AppMetrics, type MetricSources, type RequestMetrics } from '../../lib/metrics/index.js';
import { sharedPlatforms } from '../../lib/platforms/platforms.js';
import type { Subgraph } from '../../lib/subgraph.js';
import { statusRoutes } from './routes.js';

/** The in-process subgraphs that hold the process's platform clients (lib/platforms sharedPlatforms). */
const PLATFORM_USERS = new Set(['platforms', 'schedules']);

export interface Observability {
  /** What the transports time and count (undefined when METRICS=false). */
  requests?: RequestMetrics;
  /** The registry /metrics serves, for the parts that add their own metrics (webhooks); undefined when METRICS=false. */
  registry?: Registry;
  /** A facade's handler (REST, MCP) whose GraphQL requests are its own, not counted again. */
  facade<A extends unknown[], R>(handler: (...args: A) => R): (...args: A) => R;
  /** Answers /metrics, /status, /status.js and /status.json; false for any other request. */
  routes(req: IncomingMessage, res: ServerResponse): boolean;
  /** Where the gauges read what exists only once the server is up. */
  watch(sources: Omit<MetricSources, 'platforms'>): void;
  close(): Promise<void>;
}

export function createObservability(config: Config, log: Logger, local: readonly Subgraph[]): Observability {
  if (!config.METRICS) return { facade: (handler) => handler, routes: () => false, watch: () => undefined, close: async () => undefined };
  const metrics = new AppMetrics();
  // The same clients (breakers, quotas, cache) the in-process subgraphs use: sharedPlatforms hands
  // out one set per configuration. A gateway whose platforms run elsewhere has none to read.
  const held = local.some((s) => PLATFORM_USERS.has(s.name)) ? sharedPlatforms(config, log) : undefined;
  metrics.watch({ platforms: held?.platforms });
  return {
    requests: metrics.requests,
    registry: metrics.registry,
    facade: (handler) => metrics.requests.facade(handler),
    routes: statusRoutes(metrics, log),
    watch: (sources) => metrics.watch({ ...sources, platforms: held?.platforms }),
    async close() {
      metrics.close();
      await held?.release();
    },
  };
}
