// How complete the catalog's record of an anime is, from the fields search and users read, and the
// same figures over the whole catalog (computed once per catalog snapshot, as stats.ts is).
import { posterOf, type Anime } from './anime.js';
import type { Catalog } from './catalog.js';

/** A field a complete record has, as `DataQuality.missing` names it. */
export type QualityField = 'synopsis' | 'picture' | 'year' | 'season' | 'episodes' | 'studios' | 'tags' | 'score' | 'sources';

/**
 * Each field's share of the score (they sum to 1). The synopsis weighs most: semantic search embeds it
 * and it is what a user reads first; tags drive the tag filters, similar and recommendations; the
 * others are one fact each. The season weighs less than the year it refines.
 */
export const QUALITY_WEIGHTS: Readonly<Record<QualityField, number>> = {
  synopsis: 0.2,
  tags: 0.15,
  picture: 0.1,
  year: 0.1,
  episodes: 0.1,
  studios: 0.1,
  score: 0.1,
  sources: 0.1,
  season: 0.05,
};

/** A record listed by fewer sites than this is cross-checked by nothing: its `sources` count as missing. */
export const MIN_SOURCES = 2;

const PRESENT: Readonly<Record<QualityField, (anime: Anime) => boolean>> = {
  synopsis: (a) => Boolean(a.synopsis),
  picture: (a) => posterOf(a) !== undefined,
  year: (a) => a.year !== null,
  season: (a) => a.season !== 'UNDEFINED',
  episodes: (a) => a.episodes > 0,
  studios: (a) => a.studios.length > 0,
  tags: (a) => a.tags.length > 0,
  score: (a) => a.score !== null,
  sources: (a) => a.sources.length >= MIN_SOURCES,
};

const FIELDS = Object.keys(QUALITY_WEIGHTS) as QualityField[];

export interface Completeness {
  /** 0-1: the summed weights of the fields present, rounded to 3 decimals. */
  score: number;
  /** The fields absent, heaviest first. */
  missing: QualityField[];
}

export function completenessOf(anime: Anime): Completeness {
  const missing = FIELDS.filter((field) => !PRESENT[field](anime));
  const lost = missing.reduce((sum, field) => sum + QUALITY_WEIGHTS[field], 0);
  return { score: round(1 - lost), missing };
}

export interface QualityBucket {
  /** Lower bound, inclusive (0, 0.1, ... 0.9); the last bucket includes 1. */
  from: number;
  to: number;
  count: number;
}

export interface QualityGap {
  field: QualityField;
  count: number;
  /** count / total, rounded to 3 decimals. */
  share: number;
}

export interface QualityStats {
  mean: number;
  /** Ten buckets of 0.1, lowest first, empty ones included. */
  histogram: QualityBucket[];
  /** Every field some anime lacks, most often missing first. */
  commonGaps: QualityGap[];
  /** Completeness by anime id. */
  byId: ReadonlyMap<string, Completeness>;
}

const cache = new WeakMap<Catalog, QualityStats>();

/** Computed once per catalog snapshot. */
export function qualityOf(catalog: Catalog): QualityStats {
  let stats = cache.get(catalog);
  if (!stats) cache.set(catalog, (stats = compute(catalog)));
  return stats;
}

function compute(catalog: Catalog): QualityStats {
  const byId = new Map<string, Completeness>();
  const counts = new Array<number>(10).fill(0);
  const gaps = new Map<QualityField, number>();
  let sum = 0;
  for (const anime of catalog.animes) {
    const completeness = completenessOf(anime);
    byId.set(anime.id, completeness);
    sum += completeness.score;
    counts[Math.min(9, Math.floor(completeness.score * 10 + 1e-9))]++;
    for (const field of completeness.missing) gaps.set(field, (gaps.get(field) ?? 0) + 1);
  }
  const total = catalog.size;
  return {
    mean: total === 0 ? 0 : round(sum / total),
    histogram: counts.map((count, i) => ({ from: i / 10, to: (i + 1) / 10, count })),
    commonGaps: [...gaps]
      .map(([field, count]) => ({ field, count, share: round(count / total) }))
      .sort((a, b) => b.count - a.count || a.field.localeCompare(b.field)),
    byId,
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
