// The shapes the compatibility routes answer in, for the OpenAPI document: JSON Schema built around the
// selections of the operations they run (read from the gateway's schema when the document is made).
import type { JsonSchema } from '../route.js';

/** An object whose properties are all there. */
export function object(properties: Record<string, JsonSchema>, description?: string): JsonSchema {
  return { type: 'object', properties, required: Object.keys(properties), ...(description ? { description } : {}) };
}

export const sourcesSchema: JsonSchema = {
  type: 'array',
  description: 'The data sources the answer drew on, and their state (OK, or why not).',
  items: object({ name: { type: 'string' }, state: { type: 'string' } }),
};

/** `metadata` of the compatibility routes' answers. */
export const compatMetadataSchema: JsonSchema = {
  type: 'object',
  properties: {
    correlation_id: { type: 'string', description: "The request's correlation id, as in X-Correlation-ID." },
    timings: object({ total_ms: { type: 'number' } }),
    sources: sourcesSchema,
  },
  required: ['correlation_id', 'timings'],
};

/** A page of a list paged by cursor: `items`, `page_info`, `total_count`, `metadata`. */
export function pageSchema(items: JsonSchema): JsonSchema {
  return object({
    items,
    page_info: object({
      has_next_page: { type: 'boolean' },
      end_cursor: { type: ['string', 'null'], description: 'Pass it as `cursor` for the next page.' },
    }),
    total_count: { type: ['integer', 'null'], description: 'How many items the whole list holds; null when unknown.' },
    metadata: compatMetadataSchema,
  });
}

/** `{ [key]: <selection>, metadata }`, the shape of the compatibility routes' other answers. */
export function keyedSchema(key: string, value: JsonSchema): JsonSchema {
  return object({ [key]: value, metadata: compatMetadataSchema });
}
