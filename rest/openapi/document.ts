// The OpenAPI 3.1 document of the REST facade, made from the routes' zod schemas (requests) and the
// gateway's GraphQL schema (what each operation answers): nothing in it is written twice.
import {
  extendZodWithOpenApi,
  OpenAPIRegistry,
  OpenApiGeneratorV31,
  type ResponseConfig,
  type RouteConfig,
} from '@asteasolutions/zod-to-openapi';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { z } from 'zod';
import { ERROR_CODES } from '../../lib/error-codes.js';
import type { RouteSpec } from '../route.js';
import { selectionSchema } from '../../lib/selection-schema.js';

// Gives zod schemas the .openapi() the registry names its components with.
extendZodWithOpenApi(z);

const errorBody = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_CODES) as [string, ...string[]]).describe('A code of docs/errors.md.'),
      message: z.string().describe('What went wrong, for people.'),
      correlation_id: z.string().describe('The request’s correlation id: the logs have the detail under it.'),
      details: z.record(z.string(), z.unknown()).optional().describe('For programs: the invalid fields (issues), limits, upstream errors.'),
    }),
  })
  .describe('Every failure of the REST facade.');

const correlationHeader = z.object({
  'x-correlation-id': z.string().optional().describe('Your id for this request (echoed back; a new one when absent or invalid).'),
  'x-parent-correlation-id': z.string().optional().describe('The id of the request this one is made for, when a service calls another.'),
  'x-request-chain-depth': z.string().optional().describe('How many services deep this call is; over 10 is refused.'),
});

const ERROR_STATUSES: Record<number, string> = {
  400: 'The body is not JSON, or the request chain is too deep (INVALID_JSON, INVALID_REQUEST_CHAIN).',
  401: 'The API key is unknown or revoked (UNAUTHENTICATED).',
  404: 'Nothing has that id, or there is no such route.',
  413: 'The body is larger than REST_MAX_BODY (PAYLOAD_TOO_LARGE).',
  415: 'The body is not declared application/json (UNSUPPORTED_MEDIA_TYPE).',
  422: 'A parameter or body field is invalid (VALIDATION_FAILED, with the issues in details).',
  429: "The caller's quota or burst allowance is used up (QUOTA_EXCEEDED): Retry-After says when to come back.",
  502: 'A platform behind the answer failed (UPSTREAM_*), see details.errors.',
  503: 'The catalog is not loaded yet (SERVICE_NOT_READY).',
};
/** A route that takes a picture reads it on top of REST_MAX_BODY, and may refuse it for its size. */
const PICTURE_STATUSES: Record<number, string> = {
  413:
    'The body but its picture is larger than REST_MAX_BODY, or the whole body than that and IMAGE_MAX_BYTES in base64 (PAYLOAD_TOO_LARGE); ' +
    'or the picture is over IMAGE_MAX_BYTES or IMAGE_MAX_PIXELS (BAD_USER_INPUT, details.errors[0].argument "image").',
  422:
    'A parameter or body field is invalid (VALIDATION_FAILED, with the issues in details), or the picture is refused ' +
    '(BAD_USER_INPUT naming the rule: not base64, not a PNG, JPEG, WebP or GIF, a URL to a private address).',
  503: 'The catalog is not loaded yet, or a picture alone is searched while the image index is not ready (SERVICE_NOT_READY).',
};

export function openApiDocument(routes: readonly RouteSpec[], schema: GraphQLSchema, version: string): Record<string, unknown> {
  const registry = new OpenAPIRegistry();
  const errorRef = registry.register('Error', errorBody);
  const errorResponse = (description: string): ResponseConfig => ({
    description,
    content: { 'application/json': { schema: errorRef } },
  });
  const selection = (document: DocumentNode, path: string) => selectionSchema(schema, document, path);

  for (const route of routes) {
    const statuses = [400, 401, 422, 429, 502, 503, ...(route.params ? [404] : []), ...(route.body ? [413, 415] : [])].sort();
    const config: RouteConfig = {
      method: route.method === 'GET' ? 'get' : 'post',
      path: route.path,
      operationId: operationId(route),
      tags: [route.tag],
      summary: route.summary,
      description: route.description,
      request: {
        params: route.params as never,
        query: route.query as never,
        headers: correlationHeader,
        ...(route.body ? { body: { required: true, content: { 'application/json': { schema: route.body } } } } : {}),
      },
      responses: {
        200: {
          description: 'The answer, with `metadata` (correlation id, timings, sources).',
          headers: { 'X-Correlation-ID': { description: 'The request’s correlation id.', schema: { type: 'string' } } },
          content: { 'application/json': { schema: route.response({ selection }) } },
        },
        ...Object.fromEntries(
          statuses.map((status) => [status, errorResponse((route.picture && PICTURE_STATUSES[status]) || ERROR_STATUSES[status])]),
        ),
      },
    };
    registry.registerPath(config);
  }

  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'AniGraph REST',
      version,
      description:
        'Anime questions in words, and simple routes for clients that do not speak GraphQL. ' +
        'Every route is translated into named GraphQL operations run by the AniGraph gateway (POST /graphql).',
    },
    servers: [{ url: '/' }],
  }) as unknown as Record<string, unknown>;
}

/** `GET /api/external/mal/seasons/{year}/{season}` -> `getExternalMalSeasonsByYearBySeason`. */
function operationId(route: RouteSpec): string {
  const words = route.path
    .split('/')
    .filter((part) => part && part !== 'api')
    .map((part) => (part.startsWith('{') ? `by_${part.slice(1, -1)}` : part))
    .flatMap((part) => part.split(/[_-]/));
  return route.method.toLowerCase() + words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}
