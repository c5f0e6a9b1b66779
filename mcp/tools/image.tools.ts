// The picture tools: anime whose posters look like a picture (search_by_image), and a search in words
// with a picture blended in (search_multimodal).
import { z } from 'zod';
import { imageInputSchema, imageWeightSchema } from '../../lib/images/image-input.schema.js';
import { SearchAnimeDocument, SearchByImageDocument } from '../../lib/operations.generated.js';
import { snakeCase } from '../../lib/selection-schema.js';
import { required } from '../tool-errors.js';
import { defineTool } from '../tool.js';
import { animeFilterInput, toAnimeFilter } from './filter.js';
import { listText } from './text.js';

const limit = z.number().int().min(1).max(50).default(10).describe('How many, 1 to 50.');

interface Found {
  hits: { anime: Record<string, never> }[];
  warnings: string[];
}

/** The list, then the warnings (a picture the search could not use). */
const foundText = (heading: string, found: Found) =>
  [
    listText(
      heading,
      found.hits.map((h) => h.anime),
    ),
    ...found.warnings.map((w) => `Warning: ${w}`),
  ].join('\n');

export const searchByImageTool = defineTool({
  name: 'search_by_image',
  title: 'Search anime by a picture',
  description:
    'Finds the anime whose posters look most like a picture (a screenshot, a poster, an art style), closest first, with optional criteria. ' +
    'Fails with SERVICE_NOT_READY while the server has no image index, and with BAD_USER_INPUT for a picture it refuses (not an image, too large, a private address).',
  input: z.strictObject({ image: imageInputSchema, filter: animeFilterInput.optional(), limit }),
  output: ({ selection }) => z.object({ search_by_image: selection(SearchByImageDocument, 'searchByImage') }),
  // A picture's URL is fetched from wherever it points.
  external: true,
  async handle(run, { image, filter, limit }) {
    const result = await run(SearchByImageDocument, { image, filter: toAnimeFilter(filter), first: limit });
    const found = required(result, (d) => d.searchByImage, 'The image search answered nothing.');
    const structured = snakeCase({ searchByImage: found }) as { search_by_image: Found };
    return { structured, text: foundText('Anime whose posters look most like the picture', structured.search_by_image) };
  },
});

export const searchMultimodalTool = defineTool({
  name: 'search_multimodal',
  title: 'Search anime by words and a picture',
  description:
    "Finds anime by words (titles, what they are about) and a picture together: image_weight is the picture's share of the ranking " +
    '(1: the picture alone, 0: the words alone). Without an image index on the server, the words alone rank, with a warning.',
  input: z.strictObject({
    query: z.string().trim().min(1).max(500).describe('Title or description, such as "mecha" or "a girl with a sword in the rain".'),
    image: imageInputSchema,
    image_weight: imageWeightSchema.default(0.5),
    filter: animeFilterInput.optional(),
    limit,
  }),
  output: ({ selection }) => z.object({ search: selection(SearchAnimeDocument, 'search') }),
  external: true,
  async handle(run, { query, image, image_weight: imageWeight, filter, limit }) {
    const result = await run(SearchAnimeDocument, { query, image, imageWeight, filter: toAnimeFilter(filter), first: limit });
    const search = required(result, (d) => d.search, 'The search answered nothing.');
    const structured = snakeCase({ search }) as { search: Found };
    return { structured, text: foundText(`Anime matching "${query}" and the picture`, structured.search) };
  },
});
