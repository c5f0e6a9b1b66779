// How the gateway says "who are you?" (401) and "not now" (429), in each front's own shape: GraphQL's
// `errors`, the REST facade's JSON error body, and a JSON-RPC error for MCP.
import type { ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import { currentCorrelationId } from '../../lib/correlation.js';
import { errorExtensions } from '../../lib/errors.js';
import type { ErrorCode } from '../../lib/error-codes.js';
import type { QuotaVerdict } from '../../lib/users/quotas.js';

export type Front = 'graphql' | 'rest' | 'mcp';

/** The RateLimit-* headers of a count (IETF draft), and Retry-After once it is used up. */
export function rateLimitHeaders(verdict: QuotaVerdict): Record<string, string> {
  return {
    'RateLimit-Limit': String(verdict.limit),
    'RateLimit-Remaining': String(verdict.remaining),
    'RateLimit-Reset': String(verdict.resetSeconds),
    ...(verdict.allowed ? {} : { 'Retry-After': String(verdict.resetSeconds) }),
  };
}

const QUOTA_NAMES = { queries: 'daily query quota', enhanced: 'daily enhanced quota', burst: 'per-IP request rate' } as const;

export function quotaMessage(verdict: QuotaVerdict, tier: string): string {
  const whose = verdict.kind === 'burst' ? '' : ` of the ${tier} tier`;
  return `The ${QUOTA_NAMES[verdict.kind]}${whose} (${verdict.limit}) is used up; it renews in ${verdict.resetSeconds} s.`;
}

export function quotaExtensions(verdict: QuotaVerdict): Record<string, unknown> {
  return errorExtensions('QUOTA_EXCEEDED', { quota: verdict.kind, limit: verdict.limit, retryAfterSeconds: verdict.resetSeconds });
}

/** A GraphQL error that Yoga answers with HTTP 429 and the rate headers (`extensions.http` is not sent). */
export function quotaError(verdict: QuotaVerdict, tier: string): GraphQLError {
  return new GraphQLError(quotaMessage(verdict, tier), {
    extensions: { ...quotaExtensions(verdict), http: { status: 429, headers: rateLimitHeaders(verdict) } },
  });
}

export const UNAUTHENTICATED_MESSAGE = 'The API key is not valid (unknown, malformed or revoked).';

/** Refuses an HTTP request before it reaches its front. */
export function refuse(
  res: ServerResponse,
  front: Front,
  status: 401 | 429 | 500 | 503,
  code: ErrorCode,
  message: string,
  more: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): void {
  const correlationId = currentCorrelationId();
  const body =
    front === 'rest'
      ? { error: { code, message, correlation_id: correlationId, ...(Object.keys(more).length ? { details: more } : {}) } }
      : front === 'mcp'
        ? { jsonrpc: '2.0', error: { code: -32001, message, data: { code, ...more } }, id: null }
        : { errors: [{ message, extensions: { code, ...more } }] };
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...(status === 401 ? { 'www-authenticate': 'Bearer' } : {}),
    ...headers,
  });
  res.end(text);
}
