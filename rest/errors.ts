// The one JSON error body of the REST facade: `{ error: { code, message, correlation_id, details? } }`,
// with a code from the catalog (lib/error-codes.ts) and never a stack trace.
import type { ServerResponse } from 'node:http';
import type { ErrorCode } from '../lib/error-codes.js';

export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; correlation_id: string; details?: Record<string, unknown> };
}

export function errorBody(error: RestError, correlationId: string): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      correlation_id: correlationId,
      ...(error.details ? { details: error.details } : {}),
    },
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function sendError(res: ServerResponse, error: RestError, correlationId: string): void {
  sendJson(res, error.status, errorBody(error, correlationId), error.headers);
}

/** The HTTP status for a GraphQL error code, as the REST facade answers it. */
export function statusForGraphQLCode(code: unknown): number {
  switch (code) {
    case 'BAD_USER_INPUT':
      return 422;
    case 'NOT_FOUND':
      return 404;
    case 'SERVICE_NOT_READY':
      return 503;
    case 'QUOTA_EXCEEDED':
      return 429;
    case 'UPSTREAM_UNAVAILABLE':
    case 'UPSTREAM_RATE_LIMITED':
    case 'UPSTREAM_TIMEOUT':
    case 'DOWNSTREAM_SERVICE_ERROR':
      return 502;
    default:
      return 500;
  }
}
