import { createGatewayRuntime, type GatewayPlugin, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { Logger as HiveLogger } from '@graphql-hive/logger';
import wsTransport from '@graphql-mesh/transport-ws';
import { PinoLogWriter } from '@graphql-hive/logger/writers/pino';
import type { GraphiQLOptions } from 'graphql-yoga';
import type { Config } from '../lib/config.js';
import type { Logger } from '../lib/logger.js';
import type { RequestMetrics } from '../lib/metrics/index.js';
import type { Subgraph } from '../lib/subgraph.js';
import { inProcessTransport } from './in-process.transport.js';
import { redactingWriter } from './log-redaction.js';
import type { ResponseCache } from './response-cache.js';
import { useCorrelationId } from './plugins/useCorrelationId.js';
import { useDepthLimit } from './plugins/useDepthLimit.js';
import { useErrorCodes } from './plugins/useErrorCodes.js';
import { useMetrics } from './plugins/useMetrics.js';
import { useSubgraphWarnings } from './plugins/useSubgraphWarnings.js';

type GatewayConfig = Pick<Config, 'MAX_QUERY_DEPTH' | 'MAX_QUERY_COST' | 'GRAPHIQL' | 'LOG_LEVEL'>;

export interface GatewayOptions {
  config: GatewayConfig;
  log: Logger;
  supergraph: string;
  /** Subgraphs executed in this process; the others are called at their supergraph URL. */
  local: readonly Subgraph[];
  responseCache?: ResponseCache;
  /** Authentication and quotas (gateway/auth): counted before the response cache answers. */
  authPlugins?: GatewayPlugin[];
  /** Times GraphQL requests over HTTP and counts their errors (METRICS). */
  metrics?: RequestMetrics;
  /** Records every operation for the analytics subgraph (gateway/analytics): before the quotas and the response cache, which answer without executing. */
  analytics?: GatewayPlugin;
}

export function createGateway({
  config,
  log,
  supergraph,
  local,
  responseCache,
  authPlugins,
  metrics,
  analytics,
}: GatewayOptions): GatewayRuntime {
  const gatewayLog = log.child({ component: 'gateway' });
  return createGatewayRuntime({
    supergraph,
    transports: { http: inProcessTransport(new Map(local.map((s) => [s.name, s])), gatewayLog), ws: wsTransport },
    // A remote subgraph with subscriptions is subscribed to over graphql-ws at its /graphql.
    transportEntries: { '*.http': { options: { subscriptions: { kind: 'ws', location: '/graphql' } } } },
    logging: new HiveLogger({ level: hiveLevel(config.LOG_LEVEL), writers: [redactingWriter(new PinoLogWriter(gatewayLog))] }),
    graphqlEndpoint: '/graphql',
    graphiql: config.GRAPHIQL ? { title: 'AniGraph' } : false,
    // Yoga's own page loads GraphiQL from unpkg.com, and stays blank without internet.
    renderGraphiQL: config.GRAPHIQL ? renderOfflineGraphiQL : undefined,
    landingPage: false,
    // Correlation ids are handled by the HTTP front and useCorrelationId (header x-correlation-id).
    requestId: false,
    // Each object in a response costs 1, lists are counted by their `first` argument (@listSize)
    // or else assumed to hold 10 items.
    demandControl: { maxCost: config.MAX_QUERY_COST, listSize: 10 },
    plugins: () => [
      useCorrelationId(),
      useDepthLimit({ maxDepth: config.MAX_QUERY_DEPTH }),
      useSubgraphWarnings(),
      useErrorCodes(gatewayLog),
      // Before the quotas: an operation they refuse is recorded too (with its QUOTA_EXCEEDED).
      ...(analytics ? [analytics] : []),
      ...(authPlugins ?? []),
      ...(metrics ? [useMetrics(metrics)] : []),
      ...(responseCache ? [responseCache.plugin] : []),
    ],
  });
}

let offlineGraphiQL: { key: string; html: Promise<string> } | undefined;

/**
 * GraphiQL with its scripts, styles and editor workers inlined in the page (@graphql-yoga/render-graphiql),
 * so that it works on a closed network. The bundle (about 9 MB) is imported on the first page asked
 * for, and the page is rendered once for the options the gateway passes (the same on every request).
 */
function renderOfflineGraphiQL(options: GraphiQLOptions): Promise<string> {
  const key = JSON.stringify(options);
  if (offlineGraphiQL?.key !== key) {
    const html = import('@graphql-yoga/render-graphiql').then(({ renderGraphiQL }) => renderGraphiQL(options));
    html.catch(() => {
      if (offlineGraphiQL?.html === html) offlineGraphiQL = undefined; // let the next request try again
    });
    offlineGraphiQL = { key, html };
  }
  return offlineGraphiQL.html;
}

function hiveLevel(level: Config['LOG_LEVEL']): 'trace' | 'debug' | 'info' | 'warn' | 'error' | false {
  if (level === 'silent') return false;
  return level === 'fatal' ? 'error' : level;
}
