// The catalog filter the tools take, in snake_case, and the GraphQL AnimeFilter it becomes.
import { z } from 'zod';
import type { AnimeFilter } from '../../lib/operations.generated.js';

const TYPES = ['TV', 'MOVIE', 'OVA', 'ONA', 'SPECIAL', 'UNKNOWN'] as const;
const STATUSES = ['FINISHED', 'ONGOING', 'UPCOMING', 'UNKNOWN'] as const;
const SEASONS = ['WINTER', 'SPRING', 'SUMMER', 'FALL'] as const;
const year = z.number().int().min(1900).max(2100);
const tags = z.array(z.string().trim().min(1).max(100)).max(30);

export const animeFilterInput = z
  .strictObject({
    year_from: year.optional().describe('First aired in this year or later.'),
    year_to: year.optional().describe('First aired in this year or earlier.'),
    seasons: z.array(z.enum(SEASONS)).max(4).optional().describe('First aired in any of these seasons.'),
    types: z.array(z.enum(TYPES)).max(6).optional().describe('Any of these kinds of release.'),
    status: z.array(z.enum(STATUSES)).max(4).optional().describe('Any of these airing statuses.'),
    tags_include: tags.optional().describe('Catalog tags (lower case) the anime must all have, such as "psychological".'),
    tags_any: tags.optional().describe('Catalog tags of which the anime must have at least one.'),
    tags_exclude: tags.optional().describe('Catalog tags the anime must not have.'),
    studios: z.array(z.string().trim().min(1).max(100)).max(20).optional().describe('Made by any of these studios (exact names).'),
    episodes_min: z.number().int().min(0).optional().describe('At least this many episodes.'),
    episodes_max: z.number().int().min(0).optional().describe('At most this many episodes.'),
    score_min: z.number().min(0).max(10).optional().describe('Catalog score (1-10) of at least this.'),
    score_max: z.number().min(0).max(10).optional().describe('Catalog score (1-10) of at most this.'),
  })
  .describe('Criteria the anime must meet; every one optional.');

export type AnimeFilterInput = z.infer<typeof animeFilterInput>;

export function toAnimeFilter(f: AnimeFilterInput | undefined): AnimeFilter | undefined {
  if (!f) return undefined;
  const range = <T extends number>(min?: T, max?: T) => (min === undefined && max === undefined ? undefined : { min, max });
  const filter: AnimeFilter = {
    year: range(f.year_from, f.year_to),
    season: f.seasons,
    type: f.types,
    status: f.status,
    tags: f.tags_include || f.tags_any || f.tags_exclude ? { allOf: f.tags_include, anyOf: f.tags_any, noneOf: f.tags_exclude } : undefined,
    studios: f.studios,
    episodes: range(f.episodes_min, f.episodes_max),
    score: range(f.score_min, f.score_max),
  };
  const defined = Object.entries(filter).filter(([, value]) => value !== undefined);
  return defined.length ? (Object.fromEntries(defined) as AnimeFilter) : undefined;
}
