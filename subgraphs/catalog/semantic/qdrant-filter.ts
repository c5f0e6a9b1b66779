// AnimeFilter → Qdrant filter over the FilterPayload fields, with the semantics of compileFilter.
import type { Schemas } from '@qdrant/js-client-rest';
import { compileFilter, type AnimeFilter, type NumberRange } from '../catalog/anime-filter.js';

export type QdrantFilter = Schemas['Filter'];
export type QdrantCondition = Schemas['Condition'];

/** undefined when the filter lets every anime through; throws BadUserInputError for a reversed range. */
export function toQdrantFilter(filter: AnimeFilter | null | undefined): QdrantFilter | undefined {
  // compileFilter owns validation, so both stores reject the same input with the same error.
  if (!filter || !compileFilter(filter)) return undefined;
  const must: QdrantCondition[] = [];
  const mustNot: QdrantCondition[] = [];

  // Qdrant's range check only matches numbers: a null year or score never satisfies it, which is
  // compileFilter's "a range excludes anime without a value".
  const range = (key: string, r: NumberRange | null | undefined) => {
    if (!r || (r.min == null && r.max == null)) return;
    must.push({ key, range: { ...(r.min != null ? { gte: r.min } : {}), ...(r.max != null ? { lte: r.max } : {}) } });
  };
  const anyOf = (key: string, values: string[]) => {
    if (values.length) must.push({ key, match: { any: values } });
  };
  const lower = (values: string[] | null | undefined) => (values ?? []).map((v) => v.trim().toLowerCase());

  range('year', filter.year);
  range('episodes', filter.episodes);
  range('score', filter.score);
  anyOf('season', filter.season ?? []);
  anyOf('type', filter.type ?? []);
  anyOf('status', filter.status ?? []);
  for (const tag of lower(filter.tags?.allOf)) must.push({ key: 'tags', match: { value: tag } });
  anyOf('tags', lower(filter.tags?.anyOf));
  // On an array field, `match any` holds when some element is listed, so must_not keeps only
  // anime with none of the tags.
  const noneOf = lower(filter.tags?.noneOf);
  if (noneOf.length) mustNot.push({ key: 'tags', match: { any: noneOf } });
  anyOf('studios', lower(filter.studios));

  return { ...(must.length ? { must } : {}), ...(mustNot.length ? { must_not: mustNot } : {}) };
}
