// What the compatibility routes share: query-string value types, the operation's field as the answer,
// and `metadata`.
import { z } from 'zod';
import { snakeCase } from '../lib/selection-schema.js';
import type { Source } from '../questions/schema.js';
import { RestError } from './errors.js';
import type { OperationResult } from '../lib/operation-client.js';
import { errorFromGraphQL } from './graphql-errors.js';

export interface CompatMetadata {
  correlation_id: string;
  timings: { total_ms: number };
  sources?: Source[];
}

/** The field an answer is about; null with errors (or no errors: nothing found) becomes the error body. */
export function dataOf<T, F>(result: OperationResult<T>, field: (data: T) => F | null | undefined, notFound: string): F {
  const value = result.data ? field(result.data) : undefined;
  if (value === null || value === undefined) {
    if (result.errors.length) throw errorFromGraphQL(result.errors);
    throw new RestError(404, 'NOT_FOUND', notFound);
  }
  return value;
}

export function metadata(correlationId: string, started: number, sources?: Source[]): CompatMetadata {
  return {
    correlation_id: correlationId,
    timings: { total_ms: Math.round((performance.now() - started) * 100) / 100 },
    ...(sources ? { sources } : {}),
  };
}

interface Connection<N> {
  totalCount: number | null;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes: N[];
}

/** A connection as the REST lists answer it: `items`, `page_info`, `total_count`, `metadata`. */
export function pageOf<N>(
  connection: Connection<N>,
  { correlationId, started, sources }: { correlationId: string; started: number; sources: Source[] },
) {
  return {
    items: snakeCase(connection.nodes),
    page_info: { has_next_page: connection.pageInfo.hasNextPage, end_cursor: connection.pageInfo.endCursor ?? null },
    total_count: connection.totalCount,
    metadata: metadata(correlationId, started, sources),
  };
}

/** Query-string helpers: every value arrives as text. */
export const queryInt = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
export const queryBoolean = z.enum(['true', 'false']).transform((v) => v === 'true');
/** An enum value given in any case ("tv", "TV"), as the GraphQL enum spells it. */
export const queryEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.toUpperCase() : v), z.enum(values));
/** A comma-separated list ("action,drama"), each item checked by `item`: in OpenAPI, an array sent unexploded. */
export const queryList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .preprocess(
      (value) =>
        typeof value === 'string'
          ? value
              .split(',')
              .map((part) => part.trim())
              .filter(Boolean)
          : value,
      z.array(item).min(1).max(max),
    )
    .meta({ param: { style: 'form', explode: false } });
