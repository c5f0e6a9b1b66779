// The whole graph in one process: builds the in-process subgraphs, composes the supergraph (with
// remote subgraphs where their URL is configured) and serves it over HTTP.
import type { Server } from 'node:http';
import type { GatewayRuntime } from '@graphql-hive/gateway-runtime';
import type { Config } from '../lib/config.js';
import { closeServer, createHttpServer, listen } from '../lib/http-server.js';
import type { Logger } from '../lib/logger.js';
import { PROJECT_VERSION } from '../lib/paths.js';
import type { Subgraph } from '../lib/subgraph.js';
import { createMcpHttpHandler, isMcpPath } from '../mcp/http.js';
import { createMcpServer } from '../mcp/server.js';
import { loadApiSchema } from '../lib/api-schema.js';
import { createConversationStore } from '../questions/conversations.js';
import { createLlmRefiner } from '../questions/llm/refiner.js';
import { createRestHandler, isRestPath } from '../rest/router.js';
import { startWebhooks, type WebhookDispatcher } from '../webhooks/index.js';
import { createGatewayAnalytics, type GatewayAnalytics } from './analytics/index.js';
import { asTransport } from './analytics/transport.js';
import { createGatewayAuth, type GatewayAuth } from './auth/index.js';
import { composeSupergraph, type ServiceDefinition } from './compose.js';
import { withBodyLimit } from './body-limit.js';
import { createGateway } from './gateway.js';
import { serveGraphQLOverWebSocket, type GraphQLWsServer } from './graphql-ws.js';
import { fetchSubgraphSdl } from './remote-sdl.js';
import { createResponseCache } from './response-cache.js';
import { createObservability } from './status/observability.js';
import { localUrl, SUBGRAPHS, type SubgraphDefinition } from './subgraphs.js';

export interface App {
  url: string;
  port: number;
  server: Server;
  gateway: GatewayRuntime;
  /** graphql-ws at the same /graphql URL. */
  websockets: GraphQLWsServer;
  /** Who calls and how much they may ask (the stdio MCP server runs its calls as its key's caller). */
  auth: GatewayAuth;
  /** Every operation recorded for the analytics subgraph (its queue, for tests and the stdio MCP server). */
  analytics: GatewayAnalytics;
  /** The webhook dispatcher: the graph's events into the outbox, and its deliveries (webhooks/). */
  webhooks: WebhookDispatcher;
  /** Subgraphs running in this process, by name. */
  subgraphs: ReadonlyMap<string, Subgraph>;
  /** Settles when every in-process subgraph has loaded its data (rejects when one cannot). */
  ready: Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
}

export interface AppOptions {
  /** The time the subgraphs act on (schedules); the system clock by default. Tests move it. */
  clock?: () => Date;
}

export async function startApp(config: Config, log: Logger, options: AppOptions = {}): Promise<App> {
  const local: Subgraph[] = [];
  const services: (ServiceDefinition & Pick<SubgraphDefinition, 'cacheResponses' | 'uncachedFields'>)[] = [];
  for (const definition of SUBGRAPHS) {
    const remote = definition.remoteUrl(config);
    if (remote) {
      log.info({ subgraph: definition.name, url: remote }, 'using remote subgraph');
      const sdl = await fetchSubgraphSdl(remote);
      services.push({
        name: definition.name,
        url: remote,
        sdl,
        cacheResponses: definition.cacheResponses,
        uncachedFields: definition.uncachedFields,
      });
    } else {
      const environment = { local: new Map(local.map((s) => [s.name, s])), clock: options.clock };
      const subgraph = await definition.create(config, log.child({ subgraph: definition.name }), environment);
      local.push(subgraph);
      services.push({
        name: subgraph.name,
        url: localUrl(definition.port(config)),
        sdl: subgraph.sdl,
        cacheResponses: definition.cacheResponses,
        uncachedFields: definition.uncachedFields,
      });
    }
  }
  const responseCache =
    config.RESPONSE_CACHE_TTL > 0
      ? createResponseCache({
          ttlMs: config.RESPONSE_CACHE_TTL * 1000,
          maxEntries: config.RESPONSE_CACHE_MAX_ENTRIES,
          uncachedSubgraphs: services.filter((s) => !s.cacheResponses).map((s) => s.sdl),
          uncachedFields: services.flatMap((s) => s.uncachedFields ?? []),
        })
      : undefined;
  // In-process subgraphs say when their answers change; remote ones cannot, and TTL bounds the staleness.
  for (const subgraph of local) subgraph.onDataChanged?.(() => responseCache?.clear());
  // /metrics and /status (METRICS): every transport below is timed by it.
  const observability = createObservability(config, log, local);
  const metrics = observability.requests;
  // Who calls: the API key or the anonymous caller's IP, their quotas, and the caller signed for subgraphs.
  const supergraph = composeSupergraph(services);
  const auth = createGatewayAuth(config, log, supergraph);
  // Every operation recorded, off the request path, for the analytics subgraph: into the database it
  // reads, which a gateway shares with a remote analytics subgraph only through DATABASE_URL.
  const analytics = createGatewayAnalytics(config, log, options.clock);
  const recording = config.ANALYTICS && (local.some((s) => s.name === 'analytics') || Boolean(config.DATABASE_URL));
  if (config.ANALYTICS && !recording) {
    log.warn(
      'analytics recording is off in this gateway: the analytics subgraph runs elsewhere; set DATABASE_URL on both to a shared PostgreSQL',
    );
  }
  const gateway = createGateway({
    config,
    log,
    supergraph,
    authPlugins: auth.plugins,
    local,
    responseCache,
    metrics,
    analytics: recording ? analytics.plugin : undefined,
  });
  // The schema must exist before the first request (a first subscription would otherwise fail).
  await gateway.getSchema();

  // /api/* is the REST facade, which translates each request into named operations run by the gateway.
  const conversations = createConversationStore({ ttlSeconds: config.CONVERSATION_TTL, redisUrl: config.REDIS_URL, log });
  const metered = auth.meterLlm(createLlmRefiner(config, log));
  const llm = recording ? analytics.meterLlm(metered) : metered;
  const rest = observability.facade(
    asTransport(
      'rest',
      createRestHandler({
        gateway,
        log,
        maxBodyBytes: config.REST_MAX_BODY,
        imageMaxBytes: config.IMAGE_MAX_BYTES,
        conversations,
        llm,
        version: PROJECT_VERSION,
        metrics,
      }),
    ),
  );
  // /mcp, /sse and /messages are the MCP server: tools that, too, only run named operations.
  const apiSchema = loadApiSchema();
  const mcp = createMcpHttpHandler({
    createServer: () =>
      createMcpServer({ gateway, schema: apiSchema, log, version: PROJECT_VERSION, questions: { conversations, llm }, metrics }),
    log,
    allowedHosts: config.MCP_ALLOWED_HOSTS,
    sessionIdleMs: config.MCP_SESSION_TTL * 1000,
    imageMaxBytes: config.IMAGE_MAX_BYTES,
  });
  const mcpHandle = observability.facade(asTransport('mcp', mcp.handle));
  const server = createHttpServer({
    handler: auth.guard(
      (req, res) =>
        observability.routes(req, res) ||
        (isMcpPath(req.url)
          ? mcpHandle(req, res)
          : isRestPath(req.url)
            ? rest(req, res)
            : withBodyLimit(req, res, config.GRAPHQL_MAX_BODY, () => gateway(req, res))),
    ),
    isReady: () => local.every((s) => s.isReady()),
    log,
  });
  const websockets = serveGraphQLOverWebSocket(server, gateway, {
    maxSubscriptionsPerConnection: config.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
    log: log.child({ component: 'graphql-ws' }),
    auth,
    metrics,
  });
  observability.watch({
    subscriptionsOpen: () => websockets.subscriptions.clients,
    mcpSessionsOpen: () => mcp.sessionCount(),
    analytics: analytics.recorder,
  });
  // Webhooks: a facade too, which holds the graph's own subscriptions and POSTs their events from an outbox.
  const webhooks = startWebhooks(config, log, {
    // Its subscriptions are recorded as the webhooks' own, not as some anonymous client's.
    gateway: { fetch: asTransport('webhooks', (request: Request) => gateway.fetch(request)) },
    usersInProcess: local.some((s) => s.name === 'users'),
    registry: observability.registry,
    clock: options.clock,
  });
  const port = await listen(server, config.PORT, config.HOST);
  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}/graphql`;
  log.info({ url, inProcess: local.map((s) => s.name) }, `AniGraph gateway listening on ${url}`);

  const ready = Promise.all(local.map((s) => s.start())).then(() => undefined);
  ready.catch(() => undefined); // observed by the caller; avoid an unhandled rejection meanwhile

  return {
    url,
    port,
    server,
    gateway,
    websockets,
    auth,
    analytics,
    webhooks,
    subgraphs: new Map(local.map((s) => [s.name, s])),
    ready,
    async reload() {
      await Promise.all(local.map((s) => s.reload()));
    },
    async close() {
      await webhooks.close();
      await websockets.close();
      await mcp.close();
      await closeServer(server);
      await gateway.dispose();
      await auth.close();
      await analytics.close();
      await conversations.close();
      llm?.close();
      await observability.close();
      await Promise.all(local.map((s) => s.close()));
    },
  };
}
