// Finds the route of a path: an exact path first, else a pattern whose `:name` segments become params.
import type { RunOperation } from './graphql-client.js';

export interface RouteRequest {
  /** The parsed JSON body; undefined for GET. */
  body: unknown;
  /** The path's `:name` segments, decoded. */
  params: Record<string, string>;
  query: URLSearchParams;
}

export type Route = (run: RunOperation, request: RouteRequest, correlationId: string) => Promise<unknown>;

export type RouteTable = Record<string, Record<string, Route>>;

export function matchRoute(
  table: RouteTable,
  path: string,
): { methods: Record<string, Route>; params: Record<string, string> } | undefined {
  if (table[path]) return { methods: table[path], params: {} };
  const segments = path.split('/');
  for (const [pattern, methods] of Object.entries(table)) {
    const parts = pattern.split('/');
    if (parts.length !== segments.length || !pattern.includes(':')) continue;
    const params: Record<string, string> = {};
    const matches = parts.every((part, i) => {
      if (!part.startsWith(':')) return part === segments[i];
      const value = decodeSegment(segments[i]);
      if (!value) return false;
      params[part.slice(1)] = value;
      return true;
    });
    if (matches) return { methods, params };
  }
  return undefined;
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment) || undefined;
  } catch {
    return undefined;
  }
}
