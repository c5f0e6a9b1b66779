// Checks a request against its route's schemas: path parameters, the query string (each parameter at
// most once) and the JSON body; the first that fails becomes the 422.
import { z } from 'zod';
import { RestError } from './errors.js';
import type { RouteSpec } from './route.js';
import { validationError } from './validation.js';

const NOTHING = z.strictObject({});

export interface RawInput {
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body; undefined for GET. */
  body: unknown;
}

export function parseInput(route: RouteSpec, raw: RawInput): { params: unknown; query: unknown; body: unknown } {
  const params = check(route.params ?? NOTHING, raw.params, 'The path parameters are');
  const values: Record<string, string> = {};
  const repeated = new Set<string>();
  for (const [key, value] of raw.query) {
    if (key in values) repeated.add(key);
    values[key] = value;
  }
  const query = check(route.query ?? NOTHING, values, 'The query parameters are', route.pageMessage);
  if (repeated.size) {
    throw new RestError(422, 'VALIDATION_FAILED', `Give each parameter at most once (${[...repeated].join(', ')} repeated).`, {
      issues: [...repeated].map((key) => ({ path: [key], code: 'repeated', message: 'Given more than once.' })),
    });
  }
  const body = route.body ? check(route.body, raw.body, 'The request body is') : undefined;
  return { params, query, body };
}

function check(schema: z.ZodType, value: unknown, subject: string, pageMessage?: string): unknown {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const error = validationError(parsed.error, subject);
  if (pageMessage && parsed.error.issues.some((i) => i.path[0] === 'page')) {
    throw new RestError(422, 'VALIDATION_FAILED', pageMessage, error.details);
  }
  throw error;
}
