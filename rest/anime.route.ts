// GET /api/anime/{id} -> AnimeById: one catalog anime; 404 NOT_FOUND when the catalog has no such id.
import { z } from 'zod';
import { AnimeByIdDocument } from '../lib/operations.generated.js';
import { dataOf, metadata } from './compat.js';
import { keyedSchema } from './openapi/response-schema.js';
import { defineRoute } from './route.js';
import { snakeCase } from '../lib/selection-schema.js';

export const animeRoute = defineRoute({
  method: 'GET',
  path: '/api/anime/{id}',
  tag: 'Catalog',
  summary: 'One anime of the catalog',
  description: 'The anime with this AniGraph id: titles, kind, dates, tags, studios, synopsis, platform ids, relations.',
  params: z.strictObject({
    id: z
      .string()
      .regex(/^[A-Za-z0-9_.:-]{1,64}$/, '1 to 64 letters, digits, _ . : or -')
      .describe('The AniGraph id, such as mal-1.'),
  }),
  response: ({ selection }) => keyedSchema('anime', selection(AnimeByIdDocument, 'anime')),
  async handle(run, { params: { id }, correlationId, started }) {
    const result = await run(AnimeByIdDocument, { id });
    const anime = dataOf(result, (d) => d.anime, `No anime has the id ${id}.`);
    return { anime: snakeCase(anime), metadata: metadata(correlationId, started, [{ name: 'catalog', state: 'OK' }]) };
  },
});
