// POST /api/search -> SearchAnime (`query`) or SimilarAnime (`similar_to`): exactly one of the two.
import { z } from 'zod';
import { SearchAnimeDocument, SimilarAnimeDocument } from '../lib/operations.generated.js';
import { dataOf, metadata } from './compat.js';
import { compatMetadataSchema } from './openapi/response-schema.js';
import { toFilter } from '../questions/parameters.js';
import { parametersSchema } from '../questions/schema.js';
import { defineRoute } from './route.js';
import { snakeCase } from '../lib/selection-schema.js';

const CATALOG = [{ name: 'catalog', state: 'OK' as const }];

export const searchBodySchema = z
  .strictObject({
    query: z.string().trim().min(1).max(500).optional().describe('Words to search titles and stories with.'),
    similar_to: z.string().min(1).max(64).optional().describe('AniGraph id of the anime to find others like.'),
    filter: parametersSchema
      .omit({ intent: true, text: true, similarTo: true, timezone: true })
      .optional()
      .describe('Criteria, by the names of /api/query metadata.parameters.'),
    limit: z.number().int().min(1).max(50).default(10).describe('Results wanted, 1 to 50.'),
  })
  .refine((b) => (b.query === undefined) !== (b.similar_to === undefined), {
    message: 'Give exactly one of query and similar_to.',
    path: ['query'],
  })
  .describe('Exactly one of `query` and `similar_to`, with an optional filter.');

export const searchRoute = defineRoute({
  method: 'POST',
  path: '/api/search',
  tag: 'Catalog',
  summary: 'Search the catalog, or find anime similar to one',
  description: 'With `query`: the hybrid search, answered as `search`. With `similar_to`: anime like that one, answered as `similar`.',
  body: searchBodySchema,
  response: ({ selection }) =>
    z
      .object({
        search: selection(SearchAnimeDocument, 'search').optional(),
        similar: selection(SimilarAnimeDocument, 'similar').optional(),
        metadata: compatMetadataSchema,
      })
      .describe('`search` for a query, `similar` for similar_to.'),
  async handle(run, { body: { query, similar_to: similarTo, filter, limit }, correlationId, started }) {
    const animeFilter = filter ? toFilter(filter) : undefined;
    if (similarTo !== undefined) {
      const result = await run(SimilarAnimeDocument, { id: similarTo, filter: animeFilter, first: limit });
      const similar = dataOf(result, (d) => d.similar, `No anime has the id ${similarTo}.`);
      return { similar: snakeCase(similar), metadata: metadata(correlationId, started, CATALOG) };
    }
    const result = await run(SearchAnimeDocument, { query: query!, filter: animeFilter, first: limit });
    const search = dataOf(result, (d) => d.search, 'The search answered nothing.');
    return { search: snakeCase(search), metadata: metadata(correlationId, started, CATALOG) };
  },
});
