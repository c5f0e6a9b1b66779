// The dataSources field: one entry per platform call behind the fields it reports on, by platform.
import { EXTERNAL_PLATFORMS } from '../../../lib/platforms/external-platforms.js';
import type { LedgerEntry } from './answer.js';
import { provenance, type DataSourceReport } from './provenance.js';

/** `entries` as dataSources reports them, each listing which of `fields` it served. */
export async function dataSources(entries: LedgerEntry[], fields: readonly string[]): Promise<DataSourceReport[]> {
  const byPlatform = [...entries].sort((a, b) => EXTERNAL_PLATFORMS.indexOf(a.platform) - EXTERNAL_PLATFORMS.indexOf(b.platform));
  return Promise.all(
    byPlatform.map(async (entry): Promise<DataSourceReport> => {
      const answer = await entry.answer;
      const served = [...entry.fields].filter((field) => fields.includes(field)).sort();
      if (answer.state === 'ANSWERED') return { ...provenance(answer.meta, entry.resource), fields: served };
      return {
        platform: entry.platform,
        resource: entry.resource,
        state: answer.state,
        cacheTier: null,
        fetchedAt: null,
        ageSeconds: null,
        stale: false,
        staleReason: null,
        error: answer.state === 'FAILED' ? { code: answer.error.code, message: answer.error.message } : null,
        fields: served,
      };
    }),
  );
}
