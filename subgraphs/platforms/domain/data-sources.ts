// The dataSources field: one entry per platform call the response made for an anime.
import type { LedgerEntry } from './enrichment.js';
import { provenance, type DataSourceReport } from './provenance.js';

export async function dataSources(entries: LedgerEntry[]): Promise<DataSourceReport[]> {
  return Promise.all(
    entries.map(async (entry): Promise<DataSourceReport> => {
      const answer = await entry.answer;
      const fields = [...entry.fields].sort();
      if (answer.state === 'ANSWERED') return { ...provenance(answer.meta, entry.resource), fields };
      return {
        platform: entry.source,
        resource: entry.resource,
        state: answer.state,
        cacheTier: null,
        fetchedAt: null,
        ageSeconds: null,
        stale: false,
        staleReason: null,
        error: answer.state === 'FAILED' ? { code: answer.error.code, message: answer.error.message } : null,
        fields,
      };
    }),
  );
}
