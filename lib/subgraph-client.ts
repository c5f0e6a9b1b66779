// Runs GraphQL operations against another subgraph: in this process on its schema, or over HTTP at
// its URL. A subgraph uses it to ask another one (as a client would), never to import its code.
import { execute, parse, type DocumentNode, type ExecutionResult } from 'graphql';
import type { Subgraph } from './subgraph.js';

export type SubgraphClient = <T>(document: string, variables?: Record<string, unknown>) => Promise<T>;

export class SubgraphRequestError extends Error {
  constructor(
    message: string,
    /** The errors the subgraph answered, with their extensions.code. */
    readonly errors: readonly { message: string; extensions?: Record<string, unknown> }[] = [],
  ) {
    super(message);
  }
}

export function inProcessClient(subgraph: Subgraph): SubgraphClient {
  const documents = new Map<string, DocumentNode>();
  return async <T>(source: string, variables: Record<string, unknown> = {}) => {
    let document = documents.get(source);
    if (!document) documents.set(source, (document = parse(source)));
    const result = await execute({ schema: subgraph.schema, document, variableValues: variables, contextValue: subgraph.createContext() });
    return dataOf<T>(result, subgraph.name);
  };
}

/** `headers`: more headers for each request, made when it is sent (the caller's signed viewer header). */
export function httpClient(url: string, timeoutMs = 10_000, headers: () => Record<string, string> = () => ({})): SubgraphClient {
  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { ...headers(), 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok && !response.headers.get('content-type')?.includes('json')) {
      throw new SubgraphRequestError(`${url} answered ${response.status}`);
    }
    return dataOf<T>((await response.json()) as ExecutionResult, url);
  };
}

function dataOf<T>(result: ExecutionResult, where: string): T {
  if (result.errors?.length) {
    throw new SubgraphRequestError(`${where}: ${result.errors.map((e) => e.message).join('; ')}`, result.errors);
  }
  return result.data as T;
}
