// GET /api/external/mal/* that are not lists paged by cursor: by MyAnimeList id, random, genres.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { z } from 'zod';
import {
  JikanCharactersDocument,
  JikanGenresDocument,
  JikanRandomAnimeDocument,
  JikanRecommendationsDocument,
  JikanStaffDocument,
} from '../lib/operations.generated.js';
import { dataOf, metadata, queryEnum, queryInt } from './compat.js';
import { keyedSchema } from './openapi/response-schema.js';
import { defineRoute } from './route.js';
import { snakeCase } from '../lib/selection-schema.js';

const MAL = [{ name: 'myanimelist', state: 'OK' }];
const TAG = 'MyAnimeList';
const byMalId = z.strictObject({ mal_id: queryInt(1, 2_147_483_647).describe("The anime's MyAnimeList id.") });

const answer = (key: string, value: unknown, correlationId: string, started: number) => ({
  [key]: snakeCase(value),
  metadata: metadata(correlationId, started, MAL),
});

type ByMalIdQuery<K extends string> = { jikan: Record<K, unknown> };

/** A list about one anime, `jikan.<field>(malId)`, answered as `{ <field>: [...] }`; 404 for an unknown id. */
function byMalIdRoute<K extends 'recommendations' | 'characters' | 'staff'>(
  field: K,
  document: TypedDocumentNode<ByMalIdQuery<K>, { malId: number }>,
  summary: string,
) {
  return defineRoute({
    method: 'GET',
    path: `/api/external/mal/${field}/{mal_id}`,
    tag: TAG,
    summary,
    params: byMalId,
    response: ({ selection }) => keyedSchema(field, selection(document, `jikan.${field}`)),
    async handle(run, { params: { mal_id: malId }, correlationId, started }) {
      const result = await run(document, { malId });
      return answer(
        field,
        dataOf(result, (d) => d.jikan[field], `MyAnimeList has no anime ${malId}.`),
        correlationId,
        started,
      );
    },
  });
}

export const jikanRecommendationsRoute = byMalIdRoute(
  'recommendations',
  JikanRecommendationsDocument,
  "What MyAnimeList's users recommend with an anime",
);
export const jikanCharactersRoute = byMalIdRoute('characters', JikanCharactersDocument, "An anime's characters and voice actors");
export const jikanStaffRoute = byMalIdRoute('staff', JikanStaffDocument, "An anime's staff and their positions");

export const jikanRandomRoute = defineRoute({
  method: 'GET',
  path: '/api/external/mal/random',
  tag: TAG,
  summary: 'A random MyAnimeList anime',
  description: 'Another on every call (never cached).',
  response: ({ selection }) => keyedSchema('anime', selection(JikanRandomAnimeDocument, 'jikan.randomAnime')),
  async handle(run, { correlationId, started }) {
    const result = await run(JikanRandomAnimeDocument, {});
    return answer(
      'anime',
      dataOf(result, (d) => d.jikan.randomAnime, 'MyAnimeList gave no anime.'),
      correlationId,
      started,
    );
  },
});

export const jikanGenresRoute = defineRoute({
  method: 'GET',
  path: '/api/external/mal/genres',
  tag: TAG,
  summary: "MyAnimeList's genres, themes or demographics",
  description: 'With how many anime each has.',
  query: z.strictObject({
    filter: queryEnum(['GENRES', 'EXPLICIT_GENRES', 'THEMES', 'DEMOGRAPHICS'] as const)
      .optional()
      .describe('genres, explicit_genres, themes or demographics; all without.'),
  }),
  response: ({ selection }) => keyedSchema('genres', selection(JikanGenresDocument, 'jikan.genres')),
  async handle(run, { query: { filter }, correlationId, started }) {
    const result = await run(JikanGenresDocument, { filter });
    return answer(
      'genres',
      dataOf(result, (d) => d.jikan.genres, 'MyAnimeList gave no genres.'),
      correlationId,
      started,
    );
  },
});
