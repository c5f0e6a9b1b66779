// Each platform's score on its own scale and on 0-10, and how far the platforms agree. Scores are
// never blended into one number: a client sees every platform's and decides.
import type { Answer } from './answer.js';
import type { AniDbAnime } from '../../../lib/platforms/anidb.client.js';
import type { AniListMedia } from '../../../lib/platforms/anilist.client.js';
import type { ScheduleAnime } from '../../../lib/platforms/animeschedule.client.js';
import type { JikanAnimeFull } from '../../../lib/platforms/jikan.schemas.js';
import type { KitsuAnime } from '../../../lib/platforms/kitsu.client.js';
import type { ExternalPlatform } from '../../../lib/platforms/external-platforms.js';

export interface Score {
  platform: ExternalPlatform;
  score: number;
  scale: number;
  normalized: number;
  votes: number | null;
  url: string | null;
}

const score = (
  platform: ExternalPlatform,
  value: number | null | undefined,
  scale: number,
  votes: number | null | undefined,
  url: string | null | undefined,
): Score | null =>
  value === null || value === undefined || !(value > 0)
    ? null
    : { platform, score: value, scale, normalized: round((value / scale) * 10), votes: votes ?? null, url: url ?? null };

export const scoreOf = {
  MYANIMELIST: (a: JikanAnimeFull) => score('MYANIMELIST', a.score, 10, a.scored_by, a.url),
  ANILIST: (m: AniListMedia) => score('ANILIST', m.averageScore ?? m.meanScore, 100, null, m.siteUrl),
  KITSU: (k: KitsuAnime) =>
    score('KITSU', k.averageRating ? Number(k.averageRating) : null, 100, k.userCount, `https://kitsu.app/anime/${k.slug ?? k.id}`),
  ANIDB: (a: AniDbAnime) => {
    const rating = a.ratings.permanent ?? a.ratings.temporary;
    return score('ANIDB', rating?.value, 10, rating?.votes, `https://anidb.net/anime/${a.id}`);
  },
  ANIMESCHEDULE: (s: ScheduleAnime) =>
    score('ANIMESCHEDULE', s.stats?.averageScore, 100, s.stats?.ratingCount, `https://animeschedule.net/anime/${s.route}`),
} satisfies Record<ExternalPlatform, (value: never) => Score | null>;

export interface Analysis {
  scores: Score[];
  mean: number;
  median: number;
  standardDeviation: number;
  consistency: number;
  outliers: Score[];
  missing: { platform: ExternalPlatform; state: string; code: string | null }[];
}

/** Null when no platform has a score. */
export function analyse(scores: Score[], answers: Answer<unknown>[]): Analysis | null {
  if (scores.length === 0) return null;
  const values = scores.map((s) => s.normalized);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const mid = median(values);
  const standardDeviation = Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length);
  const spread = median(values.map((v) => Math.abs(v - mid)));
  const outliers = scores.length >= 3 ? scores.filter((s) => Math.abs(s.normalized - mid) > Math.max(1, 2.5 * spread)) : [];
  const scored = new Set(scores.map((s) => s.platform));
  const missing = answers
    .filter((a) => !scored.has(a.platform))
    .map((a) => ({
      platform: a.platform,
      state: a.state === 'ANSWERED' ? 'NOT_LISTED' : a.state,
      code: a.state === 'FAILED' ? a.error.code : null,
    }));
  return {
    scores,
    mean: round(mean),
    median: round(mid),
    standardDeviation: round(standardDeviation),
    consistency: round(Math.max(0, 1 - standardDeviation / 2)),
    outliers,
    missing,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const m = sorted.length >> 1;
  return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
}

const round = (value: number) => Math.round(value * 1000) / 1000;
