// The REST error for a GraphQL answer that has nothing to show.
import { isErrorCode } from '../lib/error-codes.js';
import type { GraphQLErrorJson } from '../lib/operation-client.js';
import { RestError, statusForGraphQLCode } from './errors.js';

/**
 * The REST error for a GraphQL answer whose errors leave nothing to show: the first error's code
 * decides the status (SERVICE_NOT_READY 503, UPSTREAM_* 502, BAD_USER_INPUT 422, NOT_FOUND 404),
 * and a BAD_USER_INPUT for size alone (`tooLarge`: a picture over IMAGE_MAX_BYTES or IMAGE_MAX_PIXELS) is a 413.
 */
export function errorFromGraphQL(errors: readonly GraphQLErrorJson[]): RestError {
  const first = errors[0];
  const code = first?.extensions?.code;
  const status = code === 'BAD_USER_INPUT' && first.extensions?.tooLarge === true ? 413 : statusForGraphQLCode(code);
  const retryAfter = first?.extensions?.retryAfterSeconds;
  const headers: Record<string, string> = typeof retryAfter === 'number' ? { 'retry-after': String(Math.ceil(retryAfter)) } : {};
  const details = {
    errors: errors.map((e) => ({
      message: e.message,
      code: e.extensions?.code,
      ...(e.extensions?.source ? { source: e.extensions.source } : {}),
      ...(e.extensions?.argument ? { argument: e.extensions.argument } : {}),
      ...(e.path ? { path: e.path } : {}),
    })),
  };
  if (status === 500) return new RestError(500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.', details, headers);
  return new RestError(status, isErrorCode(code) ? code : 'INTERNAL_SERVER_ERROR', first.message, details, headers);
}
