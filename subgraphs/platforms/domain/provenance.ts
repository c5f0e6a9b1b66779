// Where an answer came from, as a dataSources entry says it.
import { isPlatformError } from '../../../lib/platforms/platform-error.js';
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
    error: answer.staleReason === 'upstream-failed' ? refreshFailure(answer.error) : null,
    fields: [],
  };
}

/** Why a stale answer was served: the failure of its last refresh. */
function refreshFailure(error: unknown): { code: string; message: string } {
  if (isPlatformError(error)) return { code: error.code, message: error.message };
  return { code: 'UPSTREAM_UNAVAILABLE', message: (error as Error | undefined)?.message ?? 'the last refresh failed' };
}
