// A REST route as data: its parameters and body as zod schemas (checked by the router, and the source
// of the OpenAPI document), what it answers, and the handler that translates it into operations.
import type { DocumentNode } from 'graphql';
import type { z } from 'zod';
import type { RunOperation } from '../lib/operation-client.js';

export interface ResponseContext {
  /** The schema of what `document` selects at `path` (response keys, dot-separated), in snake_case. */
  selection(document: DocumentNode, path: string): z.ZodType;
}

/** The 200 answer's schema, built around the selections of the operations the route runs. */
export type ResponseSchema = (context: ResponseContext) => z.ZodType;

export type Method = 'GET' | 'POST';

/** What a handler gets: everything already checked by the route's schemas. */
export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  correlationId: string;
  /** performance.now() when the request came in: the answers' timings start there. */
  started: number;
}

export interface RouteSpec<P extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType, B extends z.ZodType = z.ZodType> {
  method: Method;
  /** `{name}` marks a path parameter, as OpenAPI writes it. */
  path: string;
  /** The OpenAPI tag the docs page groups it under. */
  tag: string;
  summary: string;
  description?: string;
  /** The path's `{name}` segments. */
  params?: P;
  /** The query string: each parameter at most once, unknown ones refused. */
  query?: Q;
  body?: B;
  /**
   * Routes that take a picture: the picture's text (base64, data URL or URL) in the parsed body. Such a
   * body may be larger than REST_MAX_BODY by the base64 of IMAGE_MAX_BYTES; the rest of it may not.
   */
  picture?: (body: unknown) => string | undefined;
  /** The 422's message when `page` is refused (routes that page by cursor). */
  pageMessage?: string;
  /** The 200 answer's schema, for the OpenAPI document. */
  response: ResponseSchema;
  handle(run: RunOperation, input: RouteInput<z.output<P>, z.output<Q>, z.output<B>>): Promise<unknown>;
}

/** Keeps the schemas' types for the handler's input. */
export function defineRoute<P extends z.ZodType = z.ZodNever, Q extends z.ZodType = z.ZodNever, B extends z.ZodType = z.ZodNever>(
  spec: RouteSpec<P, Q, B>,
): RouteSpec {
  return spec as unknown as RouteSpec;
}
