import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AnimeStatus, AnimeType, Season } from '../subgraphs/catalog/catalog/anime.js';
import { toQdrantFilter } from '../subgraphs/catalog/semantic/qdrant-filter.js';

describe('toQdrantFilter', () => {
  it('returns undefined when nothing is filtered', () => {
    expect(toQdrantFilter(undefined)).toBeUndefined();
    expect(toQdrantFilter(null)).toBeUndefined();
    expect(toQdrantFilter({})).toBeUndefined();
    expect(toQdrantFilter({ year: { min: null, max: null }, type: [], tags: { allOf: [] }, studios: null })).toBeUndefined();
  });

  it('turns ranges into inclusive bounds and leaves open ends out', () => {
    expect(toQdrantFilter({ year: { min: 2000, max: 2010 }, episodes: { max: 12 }, score: { min: 7.5 } })).toEqual({
      must: [
        { key: 'year', range: { gte: 2000, lte: 2010 } },
        { key: 'episodes', range: { lte: 12 } },
        { key: 'score', range: { gte: 7.5 } },
      ],
    });
  });

  it('turns season, type and status lists into any-of matches', () => {
    expect(
      toQdrantFilter({
        season: [Season.SPRING, Season.FALL],
        type: [AnimeType.TV],
        status: [AnimeStatus.FINISHED, AnimeStatus.ONGOING],
      }),
    ).toEqual({
      must: [
        { key: 'season', match: { any: ['SPRING', 'FALL'] } },
        { key: 'type', match: { any: ['TV'] } },
        { key: 'status', match: { any: ['FINISHED', 'ONGOING'] } },
      ],
    });
  });

  it('requires every allOf tag, one anyOf tag, and lower-cases and trims them', () => {
    expect(toQdrantFilter({ tags: { allOf: ['Action', ' space '], anyOf: ['Drama', 'COMEDY'] } })).toEqual({
      must: [
        { key: 'tags', match: { value: 'action' } },
        { key: 'tags', match: { value: 'space' } },
        { key: 'tags', match: { any: ['drama', 'comedy'] } },
      ],
    });
  });

  it('puts noneOf tags under must_not', () => {
    expect(toQdrantFilter({ tags: { noneOf: ['Horror', 'gore'] } })).toEqual({
      must_not: [{ key: 'tags', match: { any: ['horror', 'gore'] } }],
    });
  });

  it('matches any of the studios, lower-cased', () => {
    expect(toQdrantFilter({ studios: ['Sunrise', 'MADHOUSE'] })).toEqual({
      must: [{ key: 'studios', match: { any: ['sunrise', 'madhouse'] } }],
    });
  });

  it('combines criteria into one filter', () => {
    expect(toQdrantFilter({ type: [AnimeType.MOVIE], tags: { anyOf: ['mecha'], noneOf: ['comedy'] } })).toEqual({
      must: [
        { key: 'type', match: { any: ['MOVIE'] } },
        { key: 'tags', match: { any: ['mecha'] } },
      ],
      must_not: [{ key: 'tags', match: { any: ['comedy'] } }],
    });
  });

  it.each(['year', 'episodes', 'score'] as const)('rejects a reversed %s range as BAD_USER_INPUT', (field) => {
    let thrown: unknown;
    try {
      toQdrantFilter({ [field]: { min: 10, max: 2 } });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GraphQLError);
    expect((thrown as GraphQLError).extensions).toEqual({ code: 'BAD_USER_INPUT', argument: `filter.${field}` });
    expect((thrown as GraphQLError).message).toBe(`filter.${field}: min (10) is greater than max (2).`);
  });
});
