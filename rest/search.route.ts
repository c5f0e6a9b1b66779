// POST /api/search -> SearchAnime (`query`, with an optional picture blended in) or SimilarAnime
// (`similar_to`): exactly one of the two.
import { z } from 'zod';
import { SearchAnimeDocument, SimilarAnimeDocument } from '../lib/operations.generated.js';
import { dataOf, metadata } from './compat.js';
import { imageInputSchema, imageWeightSchema } from '../lib/images/image-input.schema.js';
import { pictureIn } from './image-input.js';
import { compatMetadataSchema } from './openapi/response-schema.js';
import { toFilter } from '../questions/parameters.js';
import { parametersSchema } from '../questions/schema.js';
import { defineRoute } from './route.js';
import { snakeCase } from '../lib/selection-schema.js';

const CATALOG = [{ name: 'catalog', state: 'OK' as const }];

/** The criteria of the search routes, by the names of /api/query metadata.parameters. */
export const searchFilterSchema = parametersSchema
  .omit({ intent: true, text: true, similarTo: true, timezone: true })
  .describe('Criteria, by the names of /api/query metadata.parameters.');

export const searchBodySchema = z
  .strictObject({
    query: z.string().trim().min(1).max(500).optional().describe('Words to search titles and stories with.'),
    similar_to: z.string().min(1).max(64).optional().describe('AniGraph id of the anime to find others like.'),
    image: imageInputSchema
      .optional()
      .describe(
        "With `query`: a picture whose likeness to each anime's poster is blended with the words (a picture alone: /api/search/image).",
      ),
    image_weight: imageWeightSchema.optional(),
    filter: searchFilterSchema.optional(),
    limit: z.number().int().min(1).max(50).default(10).describe('Results wanted, 1 to 50.'),
  })
  .refine((b) => (b.query === undefined) !== (b.similar_to === undefined), {
    message: 'Give exactly one of query and similar_to.',
    path: ['query'],
  })
  .refine((b) => b.image === undefined || b.query !== undefined, {
    message: 'image goes with query, not with similar_to; POST /api/search/image searches by a picture alone.',
    path: ['image'],
  })
  .refine((b) => b.image_weight === undefined || b.image !== undefined, {
    message: 'image_weight weighs a picture: give image too.',
    path: ['image_weight'],
  })
  .describe('Exactly one of `query` and `similar_to`, with an optional filter; `query` may come with a picture (`image`, `image_weight`).');

export const searchRoute = defineRoute({
  method: 'POST',
  path: '/api/search',
  tag: 'Catalog',
  summary: 'Search the catalog (words, or words and a picture), or find anime similar to one',
  description:
    'With `query`: the hybrid search, answered as `search`; with `image` too, the picture is blended in by `image_weight` ' +
    '(without an image index the words alone rank, with a warning). With `similar_to`: anime like that one, answered as `similar`. ' +
    'A body with a picture may be larger than REST_MAX_BODY by the picture (IMAGE_MAX_BYTES in base64).',
  body: searchBodySchema,
  picture: pictureIn,
  response: ({ selection }) =>
    z
      .object({
        search: selection(SearchAnimeDocument, 'search').optional(),
        similar: selection(SimilarAnimeDocument, 'similar').optional(),
        metadata: compatMetadataSchema,
      })
      .describe('`search` for a query, `similar` for similar_to.'),
  async handle(run, { body: { query, similar_to: similarTo, image, image_weight: imageWeight, filter, limit }, correlationId, started }) {
    const animeFilter = filter ? toFilter(filter) : undefined;
    if (similarTo !== undefined) {
      const result = await run(SimilarAnimeDocument, { id: similarTo, filter: animeFilter, first: limit });
      const similar = dataOf(result, (d) => d.similar, `No anime has the id ${similarTo}.`);
      return { similar: snakeCase(similar), metadata: metadata(correlationId, started, CATALOG) };
    }
    const result = await run(SearchAnimeDocument, { query: query!, filter: animeFilter, first: limit, image, imageWeight });
    const search = dataOf(result, (d) => d.search, 'The search answered nothing.');
    return { search: snakeCase(search), metadata: metadata(correlationId, started, CATALOG) };
  },
});
