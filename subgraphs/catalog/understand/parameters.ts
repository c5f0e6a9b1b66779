// What query understanding returns: issue 12's `parameters` (every part optional), plus the reasons.
import type { AnimeStatus, AnimeType, Season } from '../catalog/anime.js';

export enum QueryIntent {
  SEARCH = 'SEARCH',
  SIMILAR = 'SIMILAR',
  DETAILS = 'DETAILS',
  SCHEDULE = 'SCHEDULE',
  RECOMMENDATIONS = 'RECOMMENDATIONS',
  COMPARE_RATINGS = 'COMPARE_RATINGS',
  SEASONAL = 'SEASONAL',
  TOP = 'TOP',
  RANDOM = 'RANDOM',
}

export interface TitleReference {
  id: string;
  title: string;
  /** The words of the text that named it. */
  words: string;
}

export interface TagWeight {
  tag: string;
  /** 1 for a tag named outright, less for a tag a descriptor only suggests ("dark" → "tragedy"). */
  weight: number;
  words: string;
}

export interface QueryParameters {
  intent: QueryIntent;
  /** The words no rule used, for semantic search; undefined when none are left. */
  text?: string;
  similarTo: TitleReference[];
  years?: { from?: number; to?: number };
  season?: { year: number; season: Season };
  types: AnimeType[];
  tagsInclude: string[];
  tagsExclude: string[];
  tagWeights: TagWeight[];
  episodes?: { min?: number; max?: number };
  studios: string[];
  minScore?: number;
  status: AnimeStatus[];
  timezone?: string;
  /** What was understood from which words, in the order the rules ran. */
  reasons: string[];
}

/** The parts of the parameters the rules fill in, with the cues that decide the intent. */
export interface Draft extends Omit<QueryParameters, 'intent' | 'text'> {
  cues: Set<'random' | 'top' | 'schedule' | 'compare' | 'details' | 'liked' | 'similar'>;
  /** Words that read like a title no anime has: kept for text search, whatever rule could read them. */
  unmatched: string[];
}

export function emptyDraft(): Draft {
  return {
    similarTo: [],
    types: [],
    tagsInclude: [],
    tagsExclude: [],
    tagWeights: [],
    studios: [],
    status: [],
    reasons: [],
    cues: new Set(),
    unmatched: [],
  };
}

export function addOnce<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}
