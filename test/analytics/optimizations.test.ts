// The advice of analyticsReport follows from its figures, and stays silent on too few operations.
import { describe, expect, it } from 'vitest';
import { optimizations, type Figures } from '../../subgraphs/analytics/domain/recommendations.js';

const platform = (over: Partial<Figures['platforms'][number]> = {}) => ({
  platform: 'ANILIST',
  calls: 100,
  originCalls: 80,
  errorRate: 0,
  cacheHitRate: 0.2,
  latencyP50Ms: 400,
  latencyP95Ms: 1_200,
  ...over,
});
const figures = (over: Partial<Figures> = {}): Figures => ({
  operations: 1_000,
  platforms: [],
  operationLatency: [],
  errors: [],
  cost: { platformCalls: 0, llmTokens: 0, platformCallsPerQuery: 0, llmTokensPerQuery: 0 },
  ...over,
});
const kinds = (f: Figures) => optimizations(f).map((o) => `${o.kind}:${o.subject}`);

describe('optimization recommendations', () => {
  it('advises caching a platform whose hit rate is low and latency high, with the figures', () => {
    const [advice] = optimizations(figures({ platforms: [platform()] }));
    expect(advice).toMatchObject({ kind: 'PLATFORM_CACHE', subject: 'ANILIST' });
    expect(advice.message).toContain('20%');
    expect(advice.message).toContain('1,200 ms');
    // A fast platform, or one the cache serves, needs nothing.
    expect(kinds(figures({ platforms: [platform({ latencyP95Ms: 200 })] }))).toEqual([]);
    expect(kinds(figures({ platforms: [platform({ cacheHitRate: 0.9 })] }))).toEqual([]);
  });

  it('names a failing platform, a slow operation, a frequent error and a costly language model', () => {
    const advice = kinds(
      figures({
        platforms: [platform({ platform: 'KITSU', cacheHitRate: 0.9, errorRate: 0.2 })],
        operationLatency: [{ operationName: 'Heavy', operationType: 'query', count: 50, share: 0.05, p95Ms: 3_000 }],
        errors: [{ code: 'QUOTA_EXCEEDED', count: 200 }],
        cost: { platformCalls: 0, llmTokens: 900_000, platformCallsPerQuery: 0, llmTokensPerQuery: 900 },
      }),
    );
    expect(advice).toEqual(['PLATFORM_ERRORS:KITSU', 'SLOW_OPERATION:Heavy', 'ERRORS:QUOTA_EXCEEDED', 'LLM_COST:language model']);
  });

  it('gives no advice on too few operations', () => {
    expect(
      kinds(
        figures({
          operations: 10,
          platforms: [platform({ calls: 10, errorRate: 0.5 })],
          operationLatency: [{ operationName: 'Heavy', operationType: 'query', count: 5, share: 0.5, p95Ms: 3_000 }],
          errors: [{ code: 'INTERNAL_SERVER_ERROR', count: 5 }],
        }),
      ),
    ).toEqual([]);
  });
});
