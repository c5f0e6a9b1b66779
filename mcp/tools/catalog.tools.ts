// The catalog's tools: search, one anime, similar anime, recommendations, platform ids, statistics.
import { z } from 'zod';
import {
  AnimeBySourceDocument,
  AnimeDetailsDocument,
  CatalogStatsDocument,
  type Platform,
  RecommendationsDocument,
  SearchAnimeDocument,
  SimilarAnimeDocument,
} from '../../lib/operations.generated.js';
import type { RunOperation } from '../../lib/operation-client.js';
import { snakeCase } from '../../lib/selection-schema.js';
import { required } from '../tool-errors.js';
import { defineTool } from '../tool.js';
import { animeFilterInput, toAnimeFilter } from './filter.js';
import { animeLine, listText } from './text.js';

const animeId = z
  .string()
  .regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'an AniGraph id such as mal-1')
  .describe('The AniGraph id, such as "mal-1".');
const limit = (max: number, fallback: number) => z.number().int().min(1).max(max).default(fallback).describe(`How many, 1 to ${max}.`);
const PLATFORMS = [
  'MYANIMELIST',
  'ANILIST',
  'KITSU',
  'ANIDB',
  'ANIME_PLANET',
  'ANISEARCH',
  'LIVECHART',
  'ANIMECOUNTDOWN',
  'SIMKL',
  'ANIMENEWSNETWORK',
] as const satisfies readonly Platform[];

/** An anime named by AniGraph id, or by a platform and its id there: exactly one of the two. */
const byIdOrPlatform = {
  id: animeId.optional(),
  platform: z.enum(PLATFORMS).optional().describe('The platform of platform_id.'),
  platform_id: z.string().trim().min(1).max(64).optional().describe('The anime\'s id on that platform, such as "1" on MYANIMELIST.'),
};
const oneWayOfNaming = (input: { id?: string; platform?: string; platform_id?: string }) =>
  input.id !== undefined
    ? input.platform === undefined && input.platform_id === undefined
    : input.platform !== undefined && input.platform_id !== undefined;
const NAMING_MESSAGE = { message: 'Give either id, or platform and platform_id.', path: ['id'] };

export const searchAnimeTool = defineTool({
  name: 'search_anime',
  title: 'Search anime',
  description:
    'Finds anime by title (typo tolerant) and by what they are about, best first, with optional criteria. ' +
    'mode: hybrid (default: titles, words and meaning), lexical (words only) or semantic (meaning only).',
  input: z.strictObject({
    query: z.string().trim().min(1).max(500).describe('Title or description, such as "attack on titan" or "time travel romance".'),
    mode: z.enum(['hybrid', 'lexical', 'semantic']).default('hybrid').describe('How to match: hybrid, lexical or semantic.'),
    filter: animeFilterInput.optional(),
    limit: limit(50, 10),
    enhance: z
      .boolean()
      .default(false)
      .describe("Also each anime's scores on MyAnimeList, AniList, Kitsu and AniDB (slower: asks the platforms)."),
  }),
  output: ({ selection }) => z.object({ search: selection(SearchAnimeDocument, 'search') }),
  external: true,
  async handle(run, { query, mode, filter, limit, enhance }) {
    const result = await run(SearchAnimeDocument, {
      query,
      mode: mode.toUpperCase() as 'HYBRID' | 'LEXICAL' | 'SEMANTIC',
      filter: toAnimeFilter(filter),
      first: limit,
      enhance,
    });
    const search = required(result, (d) => d.search, 'The search answered nothing.');
    const structured = snakeCase({ search }) as { search: { hits: { anime: Record<string, never> }[]; total_count: number } };
    return {
      structured,
      text: listText(
        `${search.totalCount} anime match "${query}"`,
        structured.search.hits.map((h) => h.anime),
      ),
    };
  },
});

export const getAnimeTool = defineTool({
  name: 'get_anime',
  title: 'Get one anime',
  description:
    'One anime by its AniGraph id, or by its id on a platform (platform + platform_id). enhance_level: basic (the catalog only), ' +
    'detailed (+ synopsis, scores on each platform and how they agree, trailer, streaming links, which platform answered), ' +
    'comprehensive (+ characters, voice actors and staff).',
  input: z
    .strictObject({
      ...byIdOrPlatform,
      enhance_level: z.enum(['basic', 'detailed', 'comprehensive']).default('basic').describe('How much to fetch; see the description.'),
    })
    .refine(oneWayOfNaming, NAMING_MESSAGE),
  output: ({ selection }) => z.object({ anime: selection(AnimeDetailsDocument, 'anime') }),
  external: true,
  async handle(run, input, context) {
    const resolvedId = await idOf(run, input);
    const level = input.enhance_level;
    await context.progress(1, 2, 'anime found');
    const result = await run(AnimeDetailsDocument, {
      id: resolvedId,
      detailed: level !== 'basic',
      comprehensive: level === 'comprehensive',
    });
    const anime = required(result, (d) => d.anime, `The catalog has no anime ${resolvedId}.`);
    await context.progress(2, 2, 'details fetched');
    const structured = snakeCase({ anime }) as { anime: Record<string, unknown> };
    return { structured, text: `${animeLine(structured.anime)}\n${anime.synopsis ?? ''}`.trim() };
  },
});

/** The AniGraph id of an anime named either way (the input schema lets only one way through). */
async function idOf(
  run: RunOperation,
  { id, platform, platform_id: platformId }: { id?: string; platform?: Platform; platform_id?: string },
) {
  if (id !== undefined) return id;
  const result = await run(AnimeBySourceDocument, { platform: platform!, id: platformId! });
  return required(result, (d) => d.animeBySource?.id, `The catalog has no anime with ${platform} id ${platformId}.`);
}

export const findSimilarAnimeTool = defineTool({
  name: 'find_similar_anime',
  title: 'Find similar anime',
  description: 'Anime like the one given: by shared tags, story and kind, best first, each with the reasons.',
  input: z.strictObject({
    id: animeId,
    filter: animeFilterInput.optional(),
    exclude_same_franchise: z.boolean().default(false).describe('Leave out its sequels, prequels and other entries of its franchise.'),
    limit: limit(50, 10),
  }),
  output: ({ selection }) => z.object({ similar: selection(SimilarAnimeDocument, 'similar') }),
  async handle(run, { id, filter, exclude_same_franchise: excludeSameFranchise, limit }) {
    const result = await run(SimilarAnimeDocument, { id, filter: toAnimeFilter(filter), first: limit, excludeSameFranchise });
    const similar = required(result, (d) => d.similar, `The catalog has no anime ${id}.`);
    const structured = snakeCase({ similar }) as { similar: { anime: Record<string, never> }[] };
    return {
      structured,
      text: listText(
        `Anime similar to ${id}`,
        structured.similar.map((s) => s.anime),
      ),
    };
  },
});

export const getRecommendationsTool = defineTool({
  name: 'get_recommendations',
  title: 'Get recommendations',
  description: 'Anime for someone who liked some anime (and disliked others), best first, each with the reasons.',
  input: z.strictObject({
    liked: z.array(animeId).min(1).max(20).describe('Ids of anime the person liked.'),
    disliked: z.array(animeId).max(20).optional().describe('Ids of anime the person disliked: anime like them rank lower.'),
    filter: animeFilterInput.optional(),
    limit: limit(50, 10),
  }),
  output: ({ selection }) => z.object({ recommendations: selection(RecommendationsDocument, 'recommendations') }),
  async handle(run, { liked, disliked, filter, limit }) {
    const result = await run(RecommendationsDocument, { liked, disliked, filter: toAnimeFilter(filter), first: limit });
    const recommendations = required(result, (d) => d.recommendations, 'No recommendations.');
    const structured = snakeCase({ recommendations }) as { recommendations: { anime: Record<string, never> }[] };
    return {
      structured,
      text: listText(
        'Recommended',
        structured.recommendations.map((r) => r.anime),
      ),
    };
  },
});

export const getCrossPlatformIdsTool = defineTool({
  name: 'get_cross_platform_ids',
  title: 'Get cross-platform ids',
  description:
    "An anime's ids and pages on MyAnimeList, AniList, Kitsu, AniDB and the other sites the catalog links, by AniGraph id or by one platform's id.",
  input: z.strictObject(byIdOrPlatform).refine(oneWayOfNaming, NAMING_MESSAGE),
  output: ({ selection }) =>
    z.object({
      id: z.string().describe('The AniGraph id.'),
      title: z.string(),
      platform_ids: selection(AnimeDetailsDocument, 'anime.platformIds'),
    }),
  async handle(run, input) {
    const resolvedId = await idOf(run, input);
    const result = await run(AnimeDetailsDocument, { id: resolvedId, detailed: false, comprehensive: false });
    const anime = required(result, (d) => d.anime, `The catalog has no anime ${resolvedId}.`);
    const structured = {
      id: anime.id,
      title: anime.title,
      platform_ids: snakeCase(anime.platformIds) as { platform: string; id: string }[],
    };
    return {
      structured,
      text: [`${anime.title} [${anime.id}]`, ...structured.platform_ids.map((p) => `${p.platform}: ${p.id}`)].join('\n'),
    };
  },
});

export const getCatalogStatsTool = defineTool({
  name: 'get_catalog_stats',
  title: 'Get catalog statistics',
  description: 'How many anime the catalog holds, by type, status and decade, its most common tags, and when it was last updated.',
  input: z.strictObject({}),
  output: ({ selection }) => z.object({ catalog_stats: selection(CatalogStatsDocument, 'catalogStats') }),
  async handle(run) {
    const result = await run(CatalogStatsDocument, {});
    const stats = required(result, (d) => d.catalogStats, 'No catalog statistics.');
    return {
      structured: snakeCase({ catalogStats: stats }) as Record<string, unknown>,
      text: `${stats.total} anime (${stats.byType.map((t) => `${t.count} ${t.key}`).join(', ')}); last update ${stats.lastUpdate ?? 'unknown'}.`,
    };
  },
});
