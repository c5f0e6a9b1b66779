// A webhook's filter as it is stored: the catalog's AnimeFilter in one canonical form (no nulls or
// empty lists, lists sorted and without repeats, tags and studios in lower case), so that webhooks
// asking for the same anime share one subscription (webhooks/ groups them by the stored JSON).
import { BadUserInputError } from '../errors.js';

interface Range {
  min?: number | null;
  max?: number | null;
}

/** The shape of lib/anime-filter.input.ts's AnimeFilter, as plain data. */
export interface FilterInput {
  year?: Range | null;
  season?: string[] | null;
  type?: string[] | null;
  status?: string[] | null;
  tags?: { allOf?: string[] | null; anyOf?: string[] | null; noneOf?: string[] | null } | null;
  studios?: string[] | null;
  episodes?: Range | null;
  score?: Range | null;
}

export type StoredFilter = Record<string, unknown>;

const MAX_LIST = 100;
const MAX_TEXT = 100;

/** The canonical form of `filter` ({} for all anime); a reversed range or an overlong list is BAD_USER_INPUT. */
export function canonicalFilter(filter: FilterInput | null | undefined): StoredFilter {
  if (!filter) return {};
  const out: StoredFilter = {};
  for (const name of ['year', 'episodes', 'score'] as const) {
    const range = checkedRange(name, filter[name]);
    if (range) out[name] = range;
  }
  for (const name of ['season', 'type', 'status'] as const) {
    const values = set(`filter.${name}`, filter[name], (v) => v);
    if (values) out[name] = values;
  }
  const studios = set('filter.studios', filter.studios, text('filter.studios'));
  if (studios) out.studios = studios;
  const tags: StoredFilter = {};
  for (const name of ['allOf', 'anyOf', 'noneOf'] as const) {
    const values = set(`filter.tags.${name}`, filter.tags?.[name], text(`filter.tags.${name}`));
    if (values) tags[name] = values;
  }
  if (Object.keys(tags).length) out.tags = tags;
  return out;
}

/** The stored filter as the subscriptions' `filter` variable: null for all anime. */
export const filterVariable = (stored: StoredFilter): StoredFilter | null => (Object.keys(stored).length ? stored : null);

function checkedRange(name: string, range: Range | null | undefined): Range | undefined {
  const min = range?.min ?? null;
  const max = range?.max ?? null;
  if (min == null && max == null) return undefined;
  if (min != null && max != null && min > max) {
    throw new BadUserInputError(`filter.${name}: min (${min}) is greater than max (${max}).`, `filter.${name}`);
  }
  return { ...(min != null ? { min } : {}), ...(max != null ? { max } : {}) };
}

function set(argument: string, values: readonly string[] | null | undefined, clean: (value: string) => string): string[] | undefined {
  if (!values?.length) return undefined;
  if (values.length > MAX_LIST)
    throw new BadUserInputError(`${argument} takes at most ${MAX_LIST} values (got ${values.length}).`, argument);
  return [...new Set(values.map(clean))].sort();
}

const text = (argument: string) => (value: string) => {
  const cleaned = value.trim().toLowerCase();
  if (!cleaned || cleaned.length > MAX_TEXT) {
    throw new BadUserInputError(`${argument}: each value must be 1 to ${MAX_TEXT} characters.`, argument);
  }
  return cleaned;
};
