// GET /api/external/mal/* that are not lists paged by cursor: by MyAnimeList id, random, genres.
import { z } from 'zod';
import {
  JikanCharactersDocument,
  JikanGenresDocument,
  JikanRandomAnimeDocument,
  JikanRecommendationsDocument,
  JikanStaffDocument,
} from '../gateway/operations.generated.js';
import { dataOf, metadata, parseParameters, queryEnum, queryInt, snakeCase } from './compat.js';
import type { Route } from './route-match.js';

const MAL = [{ name: 'myanimelist', state: 'OK' }];
const byMalId = z.strictObject({ mal_id: queryInt(1, 2_147_483_647).describe("The anime's MyAnimeList id.") });
const genresParameters = z.strictObject({
  filter: queryEnum(['GENRES', 'EXPLICIT_GENRES', 'THEMES', 'DEMOGRAPHICS'] as const)
    .optional()
    .describe('genres, explicit_genres, themes or demographics; all without.'),
});

const answer = (key: string, value: unknown, correlationId: string, started: number) => ({
  [key]: snakeCase(value),
  metadata: metadata(correlationId, started, MAL),
});

export const jikanRecommendationsRoute: Route = async (run, request, correlationId) => {
  const started = performance.now();
  const { mal_id: malId } = parseParameters(byMalId, request);
  const result = await run(JikanRecommendationsDocument, { malId });
  const items = dataOf(result, (d) => d.jikan.recommendations, `MyAnimeList has no anime ${malId}.`);
  return answer('recommendations', items, correlationId, started);
};

export const jikanCharactersRoute: Route = async (run, request, correlationId) => {
  const started = performance.now();
  const { mal_id: malId } = parseParameters(byMalId, request);
  const result = await run(JikanCharactersDocument, { malId });
  return answer(
    'characters',
    dataOf(result, (d) => d.jikan.characters, `MyAnimeList has no anime ${malId}.`),
    correlationId,
    started,
  );
};

export const jikanStaffRoute: Route = async (run, request, correlationId) => {
  const started = performance.now();
  const { mal_id: malId } = parseParameters(byMalId, request);
  const result = await run(JikanStaffDocument, { malId });
  return answer(
    'staff',
    dataOf(result, (d) => d.jikan.staff, `MyAnimeList has no anime ${malId}.`),
    correlationId,
    started,
  );
};

export const jikanRandomRoute: Route = async (run, request, correlationId) => {
  const started = performance.now();
  parseParameters(z.strictObject({}), request);
  const result = await run(JikanRandomAnimeDocument, {});
  return answer(
    'anime',
    dataOf(result, (d) => d.jikan.randomAnime, 'MyAnimeList gave no anime.'),
    correlationId,
    started,
  );
};

export const jikanGenresRoute: Route = async (run, request, correlationId) => {
  const started = performance.now();
  const { filter } = parseParameters(genresParameters, request);
  const result = await run(JikanGenresDocument, { filter });
  return answer(
    'genres',
    dataOf(result, (d) => d.jikan.genres, 'MyAnimeList gave no genres.'),
    correlationId,
    started,
  );
};
