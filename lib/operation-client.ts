// Runs a named operation (a TypedDocumentNode from lib/operations.generated.ts) through the
// gateway, as a POST /graphql request that carries the caller's correlation headers: how the facades
// (REST, MCP) reach the data, in-process or at a gateway's URL.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, print, type DocumentNode } from 'graphql';
import { CORRELATION_HEADER } from './correlation.js';

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

/** `signal`: aborts the operations (the caller gave up: a cancelled MCP call). */
export function graphQLClient(gateway: GraphQLFetcher, chain: ChainHeaders, signal?: AbortSignal): RunOperation {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
    [CORRELATION_HEADER]: chain.correlationId,
    // This call is one hop further down the chain than the facade's request.
    'x-request-chain-depth': String(chain.chainDepth + 1),
    ...(chain.parentCorrelationId ? { 'x-parent-correlation-id': chain.parentCorrelationId } : {}),
  };
  return async (document, variables) => {
    const { query, operationName } = source(document);
    const response = await gateway.fetch(
      new Request('http://localhost/graphql', {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, operationName, variables }),
        signal,
      }),
    );
    const body = (await response.json()) as { data?: unknown; errors?: GraphQLErrorJson[]; extensions?: Record<string, unknown> };
    return { data: (body.data ?? null) as never, errors: body.errors ?? [], extensions: body.extensions ?? {} };
  };
}

/** A gateway at a URL (a running AniGraph, ANIGRAPH_URL), reached over HTTP like any client. */
export function remoteGateway(url: string): GraphQLFetcher {
  return { fetch: (request) => fetch(new Request(url, request)) };
}
