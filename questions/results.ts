// What each operation's answer becomes in `results`: snake_case anime summaries, with what the
// intent adds (relevance, reasons, airing times, platform ratings).
import type {
  AiringEntryFieldsFragment,
  AnimeByIdQuery,
  AnimeEnrichmentQuery,
  AnimeSummaryFragment,
  SuggestionFieldsFragment,
} from '../lib/operations.generated.js';
import type { Result } from './schema.js';

export function animeSummary(a: AnimeSummaryFragment): Result {
  return {
    id: a.id,
    title: a.title,
    type: a.type,
    episodes: a.episodes,
    status: a.status,
    season: a.season,
    year: a.year,
    picture: a.picture,
    score: a.score?.arithmeticGeometricMean ?? null,
    tags: a.tags,
  };
}

/** A hit of SearchAnime or SearchByImage. */
export function searchHit(hit: { score: number; matchedName: string | null; anime: AnimeSummaryFragment }): Result {
  return { ...animeSummary(hit.anime), relevance: hit.score, matched_name: hit.matchedName };
}

export function suggestion(s: SuggestionFieldsFragment): Result {
  return {
    ...animeSummary(s.anime),
    relevance: s.score,
    story_similarity: s.storySimilarity,
    shared_tags: s.sharedTags,
    reasons: s.reasons,
    because: { id: s.because.id, title: s.because.title },
  };
}

export function details(a: NonNullable<AnimeByIdQuery['anime']>): Result {
  return {
    ...animeSummary(a),
    synonyms: a.synonyms,
    studios: a.studios,
    producers: a.producers,
    synopsis: a.synopsis,
    sources: a.sources,
    platform_ids: a.platformIds.map(({ platform, id, url }) => ({ platform, id, url })),
    related: a.related.map(({ id, title }) => ({ id, title })),
  };
}

export function airing(e: AiringEntryFieldsFragment): Result {
  return {
    id: e.anime?.id ?? e.id,
    airing_id: e.id,
    title: e.anime?.title ?? e.title,
    english_title: e.englishTitle,
    type: e.anime?.type ?? null,
    picture: e.anime?.picture ?? null,
    episode: e.episode,
    airing_at: e.airingAt,
    local_time: e.localTime,
    air_type: e.airType,
    airing_status: e.status,
    delayed_until: e.delayedUntil,
    streams: e.streams.map(({ platform, url }) => ({ platform, url })),
  };
}

export function ratings(a: NonNullable<AnimeEnrichmentQuery['anime']>): Result {
  const analysis = a.ratingAnalysis;
  return {
    id: a.id,
    title: a.title,
    platform_scores: a.platformScores
      .filter((s) => s !== null)
      .map((s) => ({ platform: s.platform, score: s.score, scale: s.scale, normalized: s.normalized, votes: s.votes, url: s.url })),
    rating_analysis: analysis && {
      mean: analysis.mean,
      median: analysis.median,
      standard_deviation: analysis.standardDeviation,
      consistency: analysis.consistency,
      missing: analysis.missing.map(({ platform, state, code }) => ({ platform, state, code })),
    },
  };
}

/** Keeps only the keys a client asked for (options.fields); the id always stays. */
export function pickFields(results: Result[], fields: readonly string[] | undefined): Result[] {
  if (!fields?.length) return results;
  const keep = new Set(['id', ...fields]);
  return results.map((r) => Object.fromEntries(Object.entries(r).filter(([key]) => keep.has(key))) as Result);
}
