// The shapes the compatibility routes answer in, for the OpenAPI document: zod around the selections
// of the operations they run (read from the gateway's schema when the document is made).
import { z } from 'zod';

const sourcesSchema = z
  .array(z.object({ name: z.string(), state: z.string() }))
  .describe('The data sources the answer drew on, and their state (OK, or why not).');

/** `metadata` of the compatibility routes' answers. */
export const compatMetadataSchema = z.object({
  correlation_id: z.string().describe("The request's correlation id, as in X-Correlation-ID."),
  timings: z.object({ total_ms: z.number() }),
  sources: sourcesSchema.optional(),
});

/** A page of a list paged by cursor: `items`, `page_info`, `total_count`, `metadata`. */
export function pageSchema(items: z.ZodType) {
  return z.object({
    items,
    page_info: z.object({
      has_next_page: z.boolean(),
      end_cursor: z.string().nullable().describe('Pass it as `cursor` for the next page.'),
    }),
    total_count: z.number().int().nullable().describe('How many items the whole list holds; null when unknown.'),
    metadata: compatMetadataSchema,
  });
}

/** `{ [key]: <selection>, metadata }`, the shape of the compatibility routes' other answers. */
export function keyedSchema(key: string, value: z.ZodType) {
  return z.object({ [key]: value, metadata: compatMetadataSchema });
}
