// The REST facade's front: /api/* by method and path, the correlation chain headers, and every
// failure as the JSON error body. Built by gateway/app.ts with the gateway runtime it translates to.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { CORRELATION_HEADER, correlationIdFrom } from '../lib/correlation.js';
import { encodedPictureBytes } from '../lib/images/encoded-size.js';
import type { Logger } from '../lib/logger.js';
import type { RequestMetrics } from '../lib/metrics/index.js';
import type { ConversationStore } from '../questions/conversations.js';
import { RestError, sendError, sendJson } from './errors.js';
import { graphQLClient, type ChainHeaders, type GraphQLFetcher } from '../lib/operation-client.js';
import type { LlmRefiner } from '../questions/llm/refiner.js';
import { createDocsHandler } from './openapi/docs.js';
import { readJsonBody } from './read-body.js';
import { parseInput } from './route-input.js';
import { RouteTable } from './route-match.js';
import type { RouteInput } from './route.js';
import { restRoutes } from './routes.js';

export const PARENT_CORRELATION_HEADER = 'x-parent-correlation-id';
export const CHAIN_DEPTH_HEADER = 'x-request-chain-depth';
/** Deepest chain of services calling each other on behalf of one request that is still served. */
export const MAX_CHAIN_DEPTH = 10;

export interface RestOptions {
  gateway: GraphQLFetcher & { getSchema(): Promise<GraphQLSchema> | GraphQLSchema };
  log: Logger;
  /** REST_MAX_BODY: largest body read, in bytes. */
  maxBodyBytes: number;
  /** IMAGE_MAX_BYTES: the largest picture; a route that takes one reads its base64 on top of maxBodyBytes. */
  imageMaxBytes: number;
  /** Where /api/query keeps each session's last answer. */
  conversations: ConversationStore;
  /** The optional language model of /api/query (undefined when not configured). */
  llm?: LlmRefiner;
  /** The version the OpenAPI document states. */
  version: string;
  /** Times each request by its route ("GET /api/anime/{id}") and counts its errors (METRICS). */
  metrics?: RequestMetrics;
}

export function isRestPath(url: string | undefined): boolean {
  const path = url?.split('?')[0] ?? '';
  return path === '/api' || path.startsWith('/api/');
}

export function createRestHandler(options: RestOptions) {
  const { gateway, log, maxBodyBytes } = options;
  const pictureBytes = encodedPictureBytes(options.imageMaxBytes);
  const table = new RouteTable(restRoutes(options));
  const docs = createDocsHandler({ routes: table.routes, schema: async () => gateway.getSchema(), version: options.version });
  const restLog = log.child({ component: 'rest' });
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    const timed = options.metrics?.start('rest');
    let operation = 'unmatched';
    // The HTTP front has set a valid id on the request (the caller's, or a new one).
    const correlationId = String(req.headers[CORRELATION_HEADER]);
    try {
      const chain = chainHeaders(req, correlationId);
      const url = req.url ?? '';
      const queryAt = url.indexOf('?');
      const [path, search] = queryAt < 0 ? [url, ''] : [url.slice(0, queryAt), url.slice(queryAt + 1)];
      // The docs page, its assets and the OpenAPI document are timed together.
      if (req.method === 'GET' && (await docs(path, res))) return void (operation = 'docs');
      const matched = table.match(path);
      if (!matched) throw new RestError(404, 'ROUTE_NOT_FOUND', `No REST route at ${path.slice(0, 200)}.`);
      const route = matched.methods.get(req.method ?? '');
      if (route) operation = `${route.method} ${route.path}`;
      else {
        const allow = [...matched.methods.keys()].join(', ');
        throw new RestError(405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed on ${path}; use ${allow}.`, undefined, { allow });
      }
      // GET routes take their parameters from the path and the query string, never from a body.
      const limit = { maxBytes: maxBodyBytes, picture: route.picture && { maxBytes: pictureBytes, of: route.picture } };
      const body = req.method === 'GET' ? undefined : await readJsonBody(req, limit);
      const input = parseInput(route, { params: matched.params, query: new URLSearchParams(search), body });
      const answer = await route.handle(graphQLClient(gateway, chain), { ...input, correlationId, started } as RouteInput<
        never,
        never,
        never
      >);
      sendJson(res, 200, answer);
    } catch (error) {
      const restError =
        error instanceof RestError
          ? error
          : new RestError(500, 'INTERNAL_SERVER_ERROR', 'Unexpected error; the log has the detail under the correlation id.');
      if (restError.status >= 500) restLog.error({ err: error, status: restError.status, code: restError.code }, 'REST request failed');
      else restLog.debug({ status: restError.status, code: restError.code, message: restError.message }, 'REST request refused');
      if (!res.headersSent && !res.destroyed) sendError(res, restError, correlationId);
      options.metrics?.countErrors([restError.code]);
    } finally {
      timed?.(operation, res.statusCode < 400 ? 'ok' : 'error');
    }
  };
}

function chainHeaders(req: IncomingMessage, correlationId: string): ChainHeaders {
  const parentHeader = req.headers[PARENT_CORRELATION_HEADER];
  const parent = typeof parentHeader === 'string' && correlationIdFrom(parentHeader) === parentHeader ? parentHeader : undefined;
  const depthHeader = req.headers[CHAIN_DEPTH_HEADER];
  let chainDepth = 0;
  if (depthHeader !== undefined) {
    const text = String(depthHeader).trim();
    chainDepth = /^\d{1,6}$/.test(text) ? Number(text) : NaN;
    if (!(chainDepth <= MAX_CHAIN_DEPTH)) {
      throw new RestError(
        400,
        'INVALID_REQUEST_CHAIN',
        Number.isNaN(chainDepth)
          ? 'X-Request-Chain-Depth must be a whole number from 0 to 10.'
          : `X-Request-Chain-Depth is ${chainDepth}; at most ${MAX_CHAIN_DEPTH} is accepted.`,
        { maxDepth: MAX_CHAIN_DEPTH },
      );
    }
  }
  return { correlationId, parentCorrelationId: parent, chainDepth };
}
