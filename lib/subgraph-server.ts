// Serves one subgraph alone over HTTP (distributed mode): Apollo Server on the subgraph's federated
// schema, behind the HTTP front every AniGraph server shares (/health, /ready, correlation ids). The
// caller is the one the gateway signed in VIEWER_HEADER; a request without a valid signature is anonymous.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type HTTPGraphQLRequest } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { currentLedger, withLedger, withLedgerExtension } from './analytics/ledger.js';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from './db/unavailable.js';
import { errorExtensions } from './errors.js';
import { createHttpServer } from './http-server.js';
import { readBody } from './read-body.js';
import type { Logger } from './logger.js';
import type { Subgraph } from './subgraph.js';
import { runWithViewer } from './users/current-viewer.js';
import { VIEWER_HEADER, verifyViewer, type Viewer } from './users/viewer-header.js';
import { warningsOf, withWarnings } from './warnings.js';

/** Larger request bodies are refused (413) unless told otherwise: the gateway's largest plans but a picture's are far below this. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface SubgraphServer {
  server: Server;
  stop(): Promise<void>;
}

export interface SubgraphServerOptions {
  /** GATEWAY_SECRET (lib/users/viewer-header.ts gatewaySecret): what VIEWER_HEADER must be signed with. */
  viewerSecret?: string;
  /** The largest body read (GRAPHQL_MAX_BODY: a searchByImage's picture comes through in base64). */
  maxBodyBytes?: number;
}

export async function createSubgraphServer(subgraph: Subgraph, log: Logger, options: SubgraphServerOptions = {}): Promise<SubgraphServer> {
  const apollo = new ApolloServer<object>({
    schema: subgraph.schema,
    logger: log,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), contextWarnings()],
    // Errors that are not GraphQL errors are bugs: logged here, never shown to a client.
    formatError: (formatted, error) => {
      const cause = unwrapResolverError(error);
      if (cause instanceof GraphQLError || !(cause instanceof Error)) return formatted;
      if (isDatabaseUnavailable(cause)) {
        log.warn({ err: cause.message, path: formatted.path }, 'database unavailable');
        return {
          message: DATABASE_UNAVAILABLE_MESSAGE,
          path: formatted.path,
          locations: formatted.locations,
          extensions: errorExtensions('DATABASE_UNAVAILABLE'),
        };
      }
      log.error({ err: cause, path: formatted.path }, 'unexpected error in subgraph resolver');
      return {
        message: 'Unexpected error.',
        path: formatted.path,
        locations: formatted.locations,
        extensions: errorExtensions('INTERNAL_SERVER_ERROR'),
      };
    },
  });
  await apollo.start();
  const handler = (req: IncomingMessage, res: ServerResponse) =>
    serveAs(
      viewerOf(req, options.viewerSecret, log),
      () => withLedger(() => serve(apollo, subgraph, req, res, options.maxBodyBytes ?? MAX_BODY_BYTES)).result,
    ).catch((error: Error) => {
      log.error({ err: error }, 'subgraph request failed');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: 'Unexpected error.', extensions: errorExtensions('INTERNAL_SERVER_ERROR') }] }));
    });
  const server = createHttpServer({ handler, isReady: () => subgraph.isReady(), log });
  // A subgraph with subscriptions serves them over graphql-ws on the same /graphql, as Apollo documents.
  const sockets = subgraph.schema.getSubscriptionType() ? serveSubscriptions(server, subgraph, log) : undefined;
  return {
    server,
    async stop() {
      await sockets?.close();
      await apollo.stop();
    },
  };
}

function serveSubscriptions(server: Server, subgraph: Subgraph, log: Logger): { close(): Promise<void> } {
  const sockets = new WebSocketServer({ server, path: '/graphql' });
  sockets.on('error', (error) => log.warn({ err: error }, 'WebSocket server error'));
  const served = useServer({ schema: subgraph.schema, context: () => subgraph.createContext() as Record<string, unknown> }, sockets);
  return {
    async close() {
      for (const socket of sockets.clients) socket.close(1001, 'Going away');
      await served.dispose();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
    },
  };
}

/** The caller the gateway signed; undefined (anonymous) without a header or with a forged one. */
function viewerOf(req: IncomingMessage, secret: string | undefined, log: Logger): Viewer | undefined {
  const header = req.headers[VIEWER_HEADER];
  if (!secret || typeof header !== 'string') return undefined;
  const viewer = verifyViewer(header, secret);
  if (!viewer) {
    // Said once at warn (a subgraph that does not read GATEWAY_SECRET sees every header so), then at debug.
    log[warnedForgery.has(log) ? 'debug' : 'warn'](
      'a request carried a viewer header without a valid signature: served as anonymous (is GATEWAY_SECRET the same here and at the gateway?)',
    );
    warnedForgery.add(log);
  }
  return viewer;
}

const warnedForgery = new WeakSet<Logger>();

const serveAs = <T>(viewer: Viewer | undefined, fn: () => T): T => (viewer ? runWithViewer(viewer, fn) : fn());

async function serve(
  apollo: ApolloServer<object>,
  subgraph: Subgraph,
  req: IncomingMessage,
  res: ServerResponse,
  maxBodyBytes: number,
): Promise<void> {
  const [path, search = ''] = (req.url ?? '/').split('?');
  if (path !== '/graphql')
    return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: the subgraph answers at /graphql');
  const raw = await readBody(req, maxBodyBytes);
  if (raw === undefined) return void res.writeHead(413, { 'content-type': 'text/plain' }).end('Request body too large');
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const body = raw.toString('utf8');
  const request: HTTPGraphQLRequest = { method: req.method?.toUpperCase() ?? 'GET', headers, search, body: parseBody(body, headers) };
  const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context: async () => subgraph.createContext() });
  res.statusCode = response.status ?? 200;
  for (const [name, value] of response.headers) res.setHeader(name, value);
  if (response.body.kind === 'complete') return void res.end(response.body.string);
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** JSON bodies parsed (Apollo answers a parse failure with 400); others passed on as text. */
function parseBody(body: string, headers: HeaderMap): unknown {
  if (!body || !headers.get('content-type')?.includes('json')) return body;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

/**
 * The warnings resolvers added to the context, in the response's `extensions.warnings`, and the
 * ledger of what the request did in `extensions.analytics` (for the gateway's analytics).
 */
function contextWarnings(): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const answered = withWarnings(response.body.singleResult, warningsOf(contextValue));
          response.body.singleResult = withLedgerExtension(answered, currentLedger());
        },
      };
    },
  };
}
