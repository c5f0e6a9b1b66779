// The tools that ask the platforms about themselves: an anime's scores on each, and how each is doing.
import { z } from 'zod';
import { CompareRatingsDocument, PlatformStatusDocument, type CompareRatingsQuery } from '../../lib/operations.generated.js';
import { snakeCase } from '../../lib/selection-schema.js';
import { required, ToolFailure } from '../tool-errors.js';
import { defineTool } from '../tool.js';

const animeId = z
  .string()
  .regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'an AniGraph id such as mal-1')
  .describe('The AniGraph id, such as "mal-1".');

export const compareRatingsTool = defineTool({
  name: 'compare_ratings',
  title: 'Compare ratings across platforms',
  description:
    "An anime's score on MyAnimeList, AniList, Kitsu, AniDB and AnimeSchedule, each on its own scale and normalized to 0-10, " +
    'with their mean, median, consistency and outliers, and which platforms have no score and why (not listed, failed, not configured).',
  input: z.strictObject({ id: animeId }),
  output: ({ selection }) => z.object({ anime: selection(CompareRatingsDocument, 'anime') }),
  external: true,
  async handle(run, { id }) {
    const result = await run(CompareRatingsDocument, { id });
    const found = required(result, (d) => d.anime, `The catalog has no anime ${id}.`);
    // A platform that failed is a null score with its error; analysis.missing says so too.
    const anime = { ...found, platformScores: found.platformScores.filter((s) => s !== null) };
    // Every platform failing leaves nothing to compare: the failures are the answer.
    if (!anime.ratingAnalysis && result.errors.length) {
      throw new ToolFailure(`No platform answered for ${id}: ${result.errors[0].message}`, result.errors, snakeCase({ anime }));
    }
    return { structured: snakeCase({ anime }) as Record<string, unknown>, text: ratingsText(anime) };
  },
});

type Rated = NonNullable<CompareRatingsQuery['anime']>;

function ratingsText(anime: Rated): string {
  const heading = `${anime.title} [${anime.id}]`;
  const analysis = anime.ratingAnalysis;
  if (!analysis) return `${heading}: no platform has a score.`;
  const round = (n: number) => Number(n.toFixed(2));
  const scores = anime.platformScores.flatMap((s) =>
    s ? [`${s.platform}: ${s.score}/${s.scale} = ${round(s.normalized)}/10${s.votes === null ? '' : ` (${s.votes} votes)`}`] : [],
  );
  const missing = analysis.missing.map((m) => `${m.platform} (${m.state.toLowerCase()}${m.code ? `: ${m.code}` : ''})`);
  return [
    `${heading} on ${scores.length} platforms:`,
    ...scores,
    `Mean ${round(analysis.mean)}, median ${round(analysis.median)}, consistency ${round(analysis.consistency)} (standard deviation ${round(analysis.standardDeviation)}).`,
    `Outliers: ${analysis.outliers.map((o) => o.platform).join(', ') || 'none'}.`,
    `Missing: ${missing.join(', ') || 'none'}.`,
  ].join('\n');
}

export const getPlatformStatusTool = defineTool({
  name: 'get_platform_status',
  title: 'Get platform status',
  description:
    'How each platform (MyAnimeList, AniList, Kitsu, AniDB, AnimeSchedule) is doing as this server sees it: whether it is configured, its circuit breaker, ' +
    'recent error rate, latency and remaining quota; and how the platform cache serves.',
  input: z.strictObject({}),
  output: ({ selection }) =>
    z.object({
      platform_status: selection(PlatformStatusDocument, 'platformStatus'),
      platform_cache: selection(PlatformStatusDocument, 'platformCache'),
    }),
  external: true,
  async handle(run) {
    const result = await run(PlatformStatusDocument, {});
    const data = required(result, (d) => d, 'No platform status.');
    const lines = data.platformStatus.map((p) => {
      if (!p.configured) return `${p.platform}: not configured${p.note ? ` (${p.note})` : ''}`;
      const latency = p.latencyMs.p95 === null ? '' : `, p95 ${Math.round(p.latencyMs.p95)} ms`;
      const quota = p.quota.map((q) => `, ${q.remaining ?? '?'}/${q.limit} left per ${q.windowSeconds} s`).join('');
      return `${p.platform}: breaker ${p.breaker}, ${p.recentFailures}/${p.recentRequests} recent requests failed${latency}${quota}`;
    });
    const cache = data.platformCache;
    return {
      structured: snakeCase(data) as Record<string, unknown>,
      text: [
        ...lines,
        `Cache: L1 ${cache.l1.hits} hits / ${cache.l1.misses} misses, L2 ${cache.l2Available ? `${cache.l2.hits} hits / ${cache.l2.misses} misses` : 'unavailable'}, ${cache.staleServed} stale answers served.`,
      ].join('\n'),
    };
  },
});
