// Where a direct answer came from, in the shape of a dataSources entry.
import type { Sourced } from '../../../lib/platforms/sourced.js';
import type { DataSourceReport } from './data-sources.js';

export function provenance(answer: Sourced<unknown>, resource: string): DataSourceReport {
  return {
    platform: answer.source,
    resource,
    state: 'ANSWERED',
    cacheTier: answer.tier,
    fetchedAt: answer.storedAt,
    ageSeconds: answer.ageSeconds,
    stale: answer.stale,
    staleReason: answer.staleReason ?? null,
    error: answer.staleReason === 'upstream-failed' ? { code: 'UPSTREAM_UNAVAILABLE', message: String((answer.error as Error | undefined)?.message ?? 'the last refresh failed') } : null,
    fields: [],
  };
}
