// AnimeFilter → a SQL condition on a model table's doc rows (model-table.ts), with the semantics of
// compileFilter. Every value is a parameter; only the column names, fixed here, are written into the SQL.
import { sql, type SQL } from 'drizzle-orm';
import { compileFilter, type AnimeFilter, type NumberRange } from '../../catalog/anime-filter.js';

/** undefined when the filter lets every anime through; throws BadUserInputError for a reversed range. */
export function filterCondition(filter: AnimeFilter | null | undefined): SQL | undefined {
  // compileFilter owns validation, so every store rejects the same input with the same error.
  if (!filter || !compileFilter(filter)) return undefined;
  const conditions: SQL[] = [];
  const column = (name: string) => sql.identifier(name);
  const textArray = (values: string[]) => sql`${sql.param(values)}::text[]`;

  // A comparison with NULL is never true: a range excludes anime without a value, as compileFilter does.
  // Year and episodes are whole numbers: a bound between two of them is rounded inward.
  const range = (name: string, r: NumberRange | null | undefined, whole: boolean) => {
    if (r?.min != null) conditions.push(sql`${column(name)} >= ${whole ? Math.ceil(r.min) : r.min}`);
    if (r?.max != null) conditions.push(sql`${column(name)} <= ${whole ? Math.floor(r.max) : r.max}`);
  };
  const anyOf = (name: string, values: string[] | null | undefined) => {
    if (values?.length) conditions.push(sql`${column(name)} = ANY(${textArray(values)})`);
  };
  const lower = (values: string[] | null | undefined) => (values ?? []).map((v) => v.trim().toLowerCase());

  range('year', filter.year, true);
  range('episodes', filter.episodes, true);
  range('score', filter.score, false);
  anyOf('season', filter.season);
  anyOf('type', filter.type);
  anyOf('status', filter.status);
  const [allOf, someOf, noneOf, studios] = [
    lower(filter.tags?.allOf),
    lower(filter.tags?.anyOf),
    lower(filter.tags?.noneOf),
    lower(filter.studios),
  ];
  if (allOf.length) conditions.push(sql`tags @> ${textArray(allOf)}`);
  if (someOf.length) conditions.push(sql`tags && ${textArray(someOf)}`);
  if (noneOf.length) conditions.push(sql`NOT (tags && ${textArray(noneOf)})`);
  if (studios.length) conditions.push(sql`studios && ${textArray(studios)}`);
  return conditions.length ? sql.join(conditions, sql` AND `) : undefined;
}
