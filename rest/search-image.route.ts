// POST /api/search/image -> SearchByImage: the anime whose posters look most like a picture.
import { z } from 'zod';
import { SearchByImageDocument } from '../lib/operations.generated.js';
import { toFilter } from '../questions/parameters.js';
import { snakeCase } from '../lib/selection-schema.js';
import { dataOf, metadata } from './compat.js';
import { imageInputSchema } from '../lib/images/image-input.schema.js';
import { pictureIn } from './image-input.js';
import { compatMetadataSchema } from './openapi/response-schema.js';
import { defineRoute } from './route.js';
import { searchFilterSchema } from './search.route.js';

const CATALOG = [{ name: 'catalog', state: 'OK' as const }];

export const searchImageBodySchema = z
  .strictObject({
    image: imageInputSchema,
    filter: searchFilterSchema.optional(),
    limit: z.number().int().min(1).max(50).default(10).describe('Results wanted, 1 to 50.'),
  })
  .describe(
    'A picture (`image.base64` or `image.url`), with an optional filter. To blend it with words, POST /api/search with `query` and `image`.',
  );

export const searchImageRoute = defineRoute({
  method: 'POST',
  path: '/api/search/image',
  tag: 'Catalog',
  summary: 'Find anime by a picture',
  description:
    'The anime whose posters look most like the picture (a screenshot, a poster, an art style), closest first, answered as `searchByImage`. ' +
    'The body may be larger than REST_MAX_BODY by the picture (IMAGE_MAX_BYTES in base64). A picture refused for its size is a 413, ' +
    'any other refused picture a 422 (BAD_USER_INPUT, naming the rule), and a 503 SERVICE_NOT_READY while the image index is not ready.',
  body: searchImageBodySchema,
  picture: pictureIn,
  response: ({ selection }) =>
    z.object({ search_by_image: selection(SearchByImageDocument, 'searchByImage'), metadata: compatMetadataSchema }),
  async handle(run, { body: { image, filter, limit }, correlationId, started }) {
    const result = await run(SearchByImageDocument, { image, filter: filter ? toFilter(filter) : undefined, first: limit });
    const found = dataOf(result, (d) => d.searchByImage, 'The image search answered nothing.');
    return { search_by_image: snakeCase(found), metadata: metadata(correlationId, started, CATALOG) };
  },
});
