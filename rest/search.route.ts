// POST /api/search -> SearchAnime (`query`) or SimilarAnime (`similar_to`): exactly one of the two.
import { z } from 'zod';
import { SearchAnimeDocument, SimilarAnimeDocument } from '../gateway/operations.generated.js';
import { dataOf, metadata, snakeCase } from './compat.js';
import { toFilter } from './parameters.js';
import { parametersSchema } from './query.schema.js';
import type { Route } from './route-match.js';
import { validationError } from './validation.js';

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
  .describe('POST /api/search');

export const searchRoute: Route = async (run, { body }, correlationId) => {
  const started = performance.now();
  const parsed = searchBodySchema.safeParse(body);
  if (!parsed.success) throw validationError(parsed.error);
  const { query, similar_to: similarTo, filter, limit } = parsed.data;
  const animeFilter = filter ? toFilter(filter) : undefined;
  if (similarTo !== undefined) {
    const result = await run(SimilarAnimeDocument, { id: similarTo, filter: animeFilter, first: limit });
    const similar = dataOf(result, (d) => d.similar, `No anime has the id ${similarTo}.`);
    return { ...(snakeCase({ similar }) as object), metadata: metadata(correlationId, started, CATALOG) };
  }
  const result = await run(SearchAnimeDocument, { query: query!, filter: animeFilter, first: limit });
  const search = dataOf(result, (d) => d.search, 'The search answered nothing.');
  return { ...(snakeCase({ search }) as object), metadata: metadata(correlationId, started, CATALOG) };
};
