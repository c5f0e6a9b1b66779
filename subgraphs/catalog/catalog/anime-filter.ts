// AnimeFilter semantics, shared by listing, search and (later) vector ranking.
import { BadUserInputError } from '../../../lib/errors.js';
import type { Anime, AnimeStatus, AnimeType, Season } from './anime.js';

export interface NumberRange {
  min?: number | null;
  max?: number | null;
}

export interface TagCriteria {
  allOf?: string[] | null;
  anyOf?: string[] | null;
  noneOf?: string[] | null;
}

export interface AnimeFilter {
  year?: NumberRange | null;
  season?: Season[] | null;
  type?: AnimeType[] | null;
  status?: AnimeStatus[] | null;
  tags?: TagCriteria | null;
  /** Any of these studios (case-insensitive). */
  studios?: string[] | null;
  episodes?: NumberRange | null;
  /** On the catalog's arithmetic-geometric mean score (1-10). */
  score?: NumberRange | null;
}

export type AnimePredicate = (anime: Anime) => boolean;

/** Turns a filter into a predicate; a reversed range is the caller's mistake and says so. */
export function compileFilter(filter: AnimeFilter | null | undefined): AnimePredicate | undefined {
  if (!filter) return undefined;
  const tests: AnimePredicate[] = [];
  const inRange = (name: string, range: NumberRange | null | undefined, value: (a: Anime) => number | null) => {
    if (!range || (range.min == null && range.max == null)) return;
    const { min, max } = range;
    if (min != null && max != null && min > max) {
      throw new BadUserInputError(`filter.${name}: min (${min}) is greater than max (${max}).`, `filter.${name}`);
    }
    tests.push((anime) => {
      const v = value(anime);
      return v != null && (min == null || v >= min) && (max == null || v <= max);
    });
  };
  const oneOf = <T>(values: T[] | null | undefined, value: (a: Anime) => T) => {
    if (values?.length) {
      const allowed = new Set(values);
      tests.push((anime) => allowed.has(value(anime)));
    }
  };

  inRange('year', filter.year, (a) => a.year);
  inRange('episodes', filter.episodes, (a) => a.episodes);
  inRange('score', filter.score, (a) => a.score?.arithmeticGeometricMean ?? null);
  oneOf(filter.season, (a) => a.season);
  oneOf(filter.type, (a) => a.type);
  oneOf(filter.status, (a) => a.status);

  const lower = (values: string[] | null | undefined) => (values ?? []).map((v) => v.trim().toLowerCase());
  const [allOf, anyOf, noneOf] = [lower(filter.tags?.allOf), lower(filter.tags?.anyOf), lower(filter.tags?.noneOf)];
  if (allOf.length) tests.push((a) => allOf.every((tag) => a.tags.includes(tag)));
  if (anyOf.length) tests.push((a) => anyOf.some((tag) => a.tags.includes(tag)));
  if (noneOf.length) tests.push((a) => !noneOf.some((tag) => a.tags.includes(tag)));
  const studios = lower(filter.studios);
  if (studios.length) tests.push((a) => a.studios.some((s) => studios.includes(s.toLowerCase())));

  if (tests.length === 0) return undefined;
  return (anime) => tests.every((test) => test(anime));
}
