// Every HTTP request to the API (/graphql, /api/*, /mcp, /sse, /messages) is told who calls before
// its front sees it: a bad key is refused (401), a burst over RATE_LIMIT_PER_IP too (429); the rest
// runs with the caller in the async context (the viewer, and the ticket its operations count on).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from '../../lib/http-server.js';
import type { Logger } from '../../lib/logger.js';
import { isDatabaseUnavailable } from '../../lib/db/unavailable.js';
import { runWithViewer } from '../../lib/users/current-viewer.js';
import { quotaExtensions, quotaMessage, rateLimitHeaders, refuse, UNAUTHENTICATED_MESSAGE, type Front } from './answers.js';
import { apiKeyOf, clientIp, resolveCaller, type CallerOptions } from './caller.js';
import type { Quotas } from '../../lib/users/quotas.js';
import { runWithTicket } from './ticket.js';

/** The front a path belongs to; undefined for pages that need no caller (health, status, metrics). */
export function frontOf(url: string | undefined): Front | undefined {
  const path = url?.split('?')[0] ?? '';
  if (path === '/graphql') return 'graphql';
  if (path === '/api' || path.startsWith('/api/')) return 'rest';
  if (path === '/mcp' || path === '/sse' || path === '/messages') return 'mcp';
  return undefined;
}

/** How long a client is told to wait when its key could not be checked. */
const KEY_CHECK_RETRY_SECONDS = 5;

export interface GuardOptions extends CallerOptions {
  quotas: Quotas;
  log: Logger;
}

export function guardHttp(options: GuardOptions, next: RequestHandler): RequestHandler {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const front = frontOf(req.url);
    if (!front) return next(req, res);
    const ip = clientIp(req, options.trustProxy);
    let lookupError: unknown;
    const [caller, burst] = await Promise.all([
      resolveCaller(apiKeyOf(req.headers), ip, options).catch((error: unknown) => {
        lookupError = error;
        return null;
      }),
      options.quotas.burst(ip),
    ]);
    if (caller === null) {
      if (!isDatabaseUnavailable(lookupError)) {
        options.log.error({ err: lookupError, ip }, 'API key lookup failed');
        return refuse(res, front, 500, 'INTERNAL_SERVER_ERROR', 'The API key could not be checked.');
      }
      // The key may well be good: the database did not answer. Not a 401, which would tell the client to change it.
      options.log.warn({ err: (lookupError as Error).message, ip }, 'API key not checked: the database is unavailable');
      return refuse(
        res,
        front,
        503,
        'DATABASE_UNAVAILABLE',
        'The API key could not be checked right now; retry in a moment.',
        {},
        {
          'Retry-After': String(KEY_CHECK_RETRY_SECONDS),
        },
      );
    }
    if (!caller) {
      options.log.info({ ip, front }, 'request with an invalid API key refused');
      return refuse(res, front, 401, 'UNAUTHENTICATED', UNAUTHENTICATED_MESSAGE);
    }
    if (burst && !burst.allowed) {
      const { code: _code, ...more } = quotaExtensions(burst);
      return refuse(res, front, 429, 'QUOTA_EXCEEDED', quotaMessage(burst, caller.viewer.tier), more, rateLimitHeaders(burst));
    }
    // GraphQL counts each operation; REST and MCP each client request once, whatever it runs.
    const counting = front === 'graphql' ? 'operation' : 'request';
    return runWithViewer(caller.viewer, () => runWithTicket({ caller, counting, res }, () => next(req, res)));
  };
}
