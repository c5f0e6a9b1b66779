// The platform cache's counters, read from the running gateway (platformCache).
import type { GraphqlClient } from '../lib/graphql-client.js';

export interface CacheCounts {
  l1Hits: number;
  l1Misses: number;
  l2Hits: number;
  l2Misses: number;
  originLoads: number;
}

const QUERY = '{ platformCache { l1 { hits misses } l2 { hits misses } originLoads } }';

export async function cacheStats(client: GraphqlClient): Promise<CacheCounts> {
  const { data } = await client.request<{
    platformCache: { l1: { hits: number; misses: number }; l2: { hits: number; misses: number }; originLoads: number };
  }>(QUERY);
  const c = data.platformCache;
  return { l1Hits: c.l1.hits, l1Misses: c.l1.misses, l2Hits: c.l2.hits, l2Misses: c.l2.misses, originLoads: c.originLoads };
}

/** Share of lookups answered by a cache tier rather than by a platform. */
export function hitRate(c: CacheCounts): number {
  const hits = c.l1Hits + c.l2Hits;
  return hits + c.originLoads === 0 ? 0 : hits / (hits + c.originLoads);
}
