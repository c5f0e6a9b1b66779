// Runs a named operation (a TypedDocumentNode from gateway/operations.generated.ts) through the
// gateway in-process, as a POST /graphql request that carries the caller's correlation headers.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, print, type DocumentNode } from 'graphql';
import { CORRELATION_HEADER } from '../lib/correlation.js';
import { isErrorCode } from '../lib/error-codes.js';
import { RestError, statusForGraphQLCode } from './errors.js';

/** What the REST layer needs of the gateway runtime: its WHATWG fetch handler. */
export interface GraphQLFetcher {
  fetch(request: Request): Response | Promise<Response>;
}

export interface GraphQLErrorJson {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

export interface OperationResult<T> {
  data: T | null;
  errors: GraphQLErrorJson[];
  extensions: Record<string, unknown>;
}

/** The headers a REST request passes on to each GraphQL request made for it. */
export interface ChainHeaders {
  correlationId: string;
  parentCorrelationId?: string;
  chainDepth: number;
}

export type RunOperation = <T, V extends Record<string, unknown>>(
  document: TypedDocumentNode<T, V>,
  variables: V,
) => Promise<OperationResult<T>>;

const printed = new WeakMap<DocumentNode, { query: string; operationName?: string }>();

function source(document: DocumentNode): { query: string; operationName?: string } {
  let entry = printed.get(document);
  if (!entry) {
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    entry = { query: print(document), operationName: operation?.name?.value };
    printed.set(document, entry);
  }
  return entry;
}

export function graphQLClient(gateway: GraphQLFetcher, chain: ChainHeaders): RunOperation {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
    [CORRELATION_HEADER]: chain.correlationId,
    // This call is one hop further down the chain than the REST request.
    'x-request-chain-depth': String(chain.chainDepth + 1),
    ...(chain.parentCorrelationId ? { 'x-parent-correlation-id': chain.parentCorrelationId } : {}),
  };
  return async (document, variables) => {
    const { query, operationName } = source(document);
    const response = await gateway.fetch(
      new Request('http://localhost/graphql', { method: 'POST', headers, body: JSON.stringify({ query, operationName, variables }) }),
    );
    const body = (await response.json()) as { data?: unknown; errors?: GraphQLErrorJson[]; extensions?: Record<string, unknown> };
    return { data: (body.data ?? null) as never, errors: body.errors ?? [], extensions: body.extensions ?? {} };
  };
}

/**
 * The REST error for a GraphQL answer whose errors leave nothing to show: the first error's code
 * decides the status (SERVICE_NOT_READY 503, UPSTREAM_* 502, BAD_USER_INPUT 422, NOT_FOUND 404).
 */
export function errorFromGraphQL(errors: readonly GraphQLErrorJson[]): RestError {
  const first = errors[0];
  const code = first?.extensions?.code;
  const status = statusForGraphQLCode(code);
  const retryAfter = first?.extensions?.retryAfterSeconds;
  const headers: Record<string, string> = typeof retryAfter === 'number' ? { 'retry-after': String(Math.ceil(retryAfter)) } : {};
  const details = {
    errors: errors.map((e) => ({
      message: e.message,
      code: e.extensions?.code,
      ...(e.extensions?.source ? { source: e.extensions.source } : {}),
      ...(e.path ? { path: e.path } : {}),
    })),
  };
  if (status === 500) return new RestError(500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.', details, headers);
  return new RestError(status, isErrorCode(code) ? code : 'INTERNAL_SERVER_ERROR', first.message, details, headers);
}
