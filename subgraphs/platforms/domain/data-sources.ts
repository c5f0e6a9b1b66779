// The dataSources field: one entry per platform call the response made for an anime.
import type { LedgerEntry } from './enrichment.js';

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

export async function dataSources(entries: LedgerEntry[]): Promise<DataSourceReport[]> {
  return Promise.all(
    entries.map(async (entry) => {
      const answer = await entry.answer;
      const meta = answer.state === 'ANSWERED' ? answer.meta : undefined;
      return {
        platform: entry.source,
        resource: entry.resource,
        state: answer.state,
        cacheTier: meta?.tier ?? null,
        fetchedAt: meta?.storedAt ?? null,
        ageSeconds: meta?.ageSeconds ?? null,
        stale: meta?.stale ?? false,
        staleReason: meta?.staleReason ?? null,
        error:
          answer.state === 'FAILED'
            ? { code: String((answer.error as { extensions?: { code?: unknown } }).extensions?.code ?? 'UPSTREAM_UNAVAILABLE'), message: answer.error.message }
            : meta?.staleReason === 'upstream-failed'
              ? { code: 'UPSTREAM_UNAVAILABLE', message: String((meta.error as Error | undefined)?.message ?? 'the last refresh failed') }
              : null,
        fields: [...entry.fields].sort(),
      };
    }),
  );
}
