// Where an answer came from, as a dataSources entry says it.
import type { Sourced } from '../../../lib/platforms/sourced.js';

export interface DataSourceReport {
  platform: string;
  resource: string;
  state: string;
  cacheTier: string | null;
  fetchedAt: Date | null;
  ageSeconds: number | null;
  stale: boolean;
  staleReason: string | null;
  error: { code: string; message: string } | null;
  fields: string[];
}

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
