// The enrichment of one request: each enriched field resolved once per anime through its chain in
// ENRICHED_FIELDS, each platform resource asked at most once per anime however many fields need it,
// and a ledger of every call for dataSources: which platform, which resource, which fields it served.
import type { Platforms } from '../../../lib/platforms/platforms.js';
import type { AnimeRepresentation } from '../schema/anime.type.js';
import { animeIds, type AnimeIds } from './anime-ids.js';
import { settle, type Answer, type LedgerEntry } from './answer.js';
import { dataSources } from './data-sources.js';
import { ENRICHED_FIELDS, isEnrichedField, MAIN_RECORDS, type EnrichedFieldName, type EnrichedValue } from './enriched-fields.js';
import { resolveChain } from './field-chains.js';
import type { PlatformResource } from './platform-resources.js';
import type { DataSourceReport } from './provenance.js';

/** The field name under which dataSources, asked alone, fetches each platform's main record. */
const DATA_SOURCES = 'dataSources';

export class Enrichment {
  /** By anime id, then `${platform}:${resource}`. */
  private readonly ledger = new Map<string, Map<string, LedgerEntry>>();
  /** By anime id and field name. */
  private readonly values = new Map<string, Promise<unknown>>();

  constructor(private readonly platforms: Platforms) {}

  field<F extends EnrichedFieldName>(name: F, anime: AnimeRepresentation): Promise<EnrichedValue<F>> {
    const key = `${anime.id}\u0000${name}`;
    let value = this.values.get(key);
    if (!value) {
      const ids = animeIds(anime);
      value = resolveChain(ENRICHED_FIELDS[name], anime, (resource) => this.ask(ids, resource, name));
      this.values.set(key, value);
    }
    return value as Promise<EnrichedValue<F>>;
  }

  /**
   * The calls behind the given fields of an anime, once those fields have settled (their failures are
   * theirs to report). Without a call behind them, each platform's main record is fetched and reported.
   */
  async dataSources(anime: AnimeRepresentation, selected: Iterable<string>): Promise<DataSourceReport[]> {
    const fields = [...new Set(selected)].filter(isEnrichedField);
    await Promise.allSettled(fields.map((name) => this.field(name, anime)));
    const served = this.entriesServing(anime.id, fields);
    if (served.length > 0) return dataSources(served, fields);
    const ids = animeIds(anime);
    await Promise.all(MAIN_RECORDS.map((resource) => this.ask(ids, resource, DATA_SOURCES)));
    return dataSources(this.entriesServing(anime.id, [DATA_SOURCES]), [DATA_SOURCES]);
  }

  private entriesServing(animeId: string, fields: readonly string[]): LedgerEntry[] {
    const entries = [...(this.ledger.get(animeId)?.values() ?? [])];
    return entries.filter((entry) => fields.some((field) => entry.fields.has(field)));
  }

  private ask<T>(ids: AnimeIds, resource: PlatformResource<T>, field: string): Promise<Answer<T>> {
    let calls = this.ledger.get(ids.id);
    if (!calls) this.ledger.set(ids.id, (calls = new Map()));
    const key = `${resource.platform}:${resource.resource}`;
    let entry = calls.get(key);
    if (!entry) {
      const answer = settle(resource.platform, resource.call(this.platforms, ids));
      entry = { platform: resource.platform, resource: resource.resource, fields: new Set(), answer };
      calls.set(key, entry);
    }
    entry.fields.add(field);
    return entry.answer as Promise<Answer<T>>;
  }
}
