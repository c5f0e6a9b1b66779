// What the compatibility routes share: reading path and query-string parameters with zod, and
// answering with the operation's data in snake_case plus `metadata`.
import { z } from 'zod';
import type { Source } from './query.schema.js';
import { RestError } from './errors.js';
import { errorFromGraphQL, type OperationResult } from './graphql-client.js';
import type { RouteRequest } from './route-match.js';
import { validationError } from './validation.js';

export interface CompatMetadata {
  correlation_id: string;
  timings: { total_ms: number };
  sources?: Source[];
}

/**
 * Path and query-string parameters (each given at most once) checked by `schema`; 422 otherwise.
 * `pageMessage`: the 422's message when `page` is refused (routes that page by cursor).
 */
export function parseParameters<S extends z.ZodTypeAny>(schema: S, { params, query }: RouteRequest, pageMessage?: string): z.infer<S> {
  const values: Record<string, string> = { ...params };
  const repeated: string[] = [];
  for (const [key, value] of query) {
    if (key in values && !(key in params)) repeated.push(key);
    values[key] = value;
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const error = validationError(parsed.error, 'The request parameters are');
    if (pageMessage && parsed.error.issues.some((i) => i.path[0] === 'page')) {
      throw new RestError(422, 'VALIDATION_FAILED', pageMessage, error.details);
    }
    throw error;
  }
  if (repeated.length) {
    throw new RestError(422, 'VALIDATION_FAILED', `Give each parameter at most once (${repeated.join(', ')} repeated).`, {
      issues: repeated.map((key) => ({ path: [key], code: 'repeated', message: 'Given more than once.' })),
    });
  }
  return parsed.data;
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

/** camelCase keys to snake_case, all the way down; `__typename` is left out. */
export function snakeCase(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snakeCase);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== '__typename')
      .map(([key, inner]) => [key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), snakeCase(inner)]),
  );
}

/** Query-string helpers: every value arrives as text. */
export const queryInt = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
export const queryBoolean = z.enum(['true', 'false']).transform((v) => v === 'true');
/** An enum value given in any case ("tv", "TV"), as the GraphQL enum spells it. */
export const queryEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (typeof v === 'string' ? v.toUpperCase() : v), z.enum(values));
