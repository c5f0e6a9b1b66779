// GET /api/anime/{id} -> AnimeById: one catalog anime; 404 NOT_FOUND when the catalog has no such id.
import { z } from 'zod';
import { AnimeByIdDocument } from '../gateway/operations.generated.js';
import { dataOf, metadata, parseParameters, snakeCase } from './compat.js';
import type { Route } from './route-match.js';

const animeParameters = z.strictObject({
  id: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/, '1 to 64 letters, digits, _ . : or -')
    .describe('The AniGraph id, such as mal-1.'),
});

export const animeRoute: Route = async (run, request, correlationId) => {
  const started = performance.now();
  const { id } = parseParameters(animeParameters, request);
  const result = await run(AnimeByIdDocument, { id });
  const anime = dataOf(result, (d) => d.anime, `No anime has the id ${id}.`);
  return { ...(snakeCase({ anime }) as object), metadata: metadata(correlationId, started, [{ name: 'catalog', state: 'OK' }]) };
};
