// What the platforms say about one anime, fetched once per request whatever number of fields need
// it, with a ledger of every call (for the dataSources field): which platform, which resource,
// which fields it supplied, and how the answer came (cache tier, age, staleness, failure).
import type { AniDbAnime } from '../../../lib/platforms/anidb.client.js';
import type { AniListMedia } from '../../../lib/platforms/anilist.client.js';
import type { ScheduleAnime } from '../../../lib/platforms/animeschedule.client.js';
import type { JikanAnimeFull, JikanCharacter, JikanRecommendation, JikanStaffMember } from '../../../lib/platforms/jikan.schemas.js';
import type { KitsuCharacter, KitsuStaff, KitsuStreamingLink } from '../../../lib/platforms/kitsu.client.js';
import { isPlatformError, type PlatformError } from '../../../lib/platforms/platform-error.js';
import type { Platforms } from '../../../lib/platforms/platforms.js';
import type { Sourced } from '../../../lib/platforms/sourced.js';
import type { Source } from '../../../lib/platforms/sources.js';
import type { AnimeIds } from './anime-ids.js';

/** A platform's answer for an anime: its data, or why there is none. */
export type Answer<T> =
  | { state: 'ANSWERED'; source: Source; value: T; meta: Sourced<unknown> }
  | { state: 'NOT_LISTED' | 'NOT_CONFIGURED'; source: Source }
  | { state: 'FAILED'; source: Source; error: PlatformError };

export interface LedgerEntry {
  source: Source;
  resource: string;
  fields: Set<string>;
  answer: Promise<Answer<unknown>>;
}

export class Enrichment {
  /** By anime id, then `${source}:${resource}`. */
  private readonly ledger = new Map<string, Map<string, LedgerEntry>>();

  constructor(private readonly platforms: Platforms) {}

  jikanAnime(ids: AnimeIds, field: string) {
    return this.use<JikanAnimeFull>(
      ids,
      'MYANIMELIST',
      'anime',
      field,
      ids.mal === undefined ? undefined : () => this.platforms.jikan.anime(ids.mal!),
    );
  }

  jikanCharacters(ids: AnimeIds, field: string) {
    return this.use<JikanCharacter[]>(
      ids,
      'MYANIMELIST',
      'characters',
      field,
      ids.mal === undefined ? undefined : () => this.platforms.jikan.characters(ids.mal!),
    );
  }

  jikanStaff(ids: AnimeIds, field: string) {
    return this.use<JikanStaffMember[]>(
      ids,
      'MYANIMELIST',
      'staff',
      field,
      ids.mal === undefined ? undefined : () => this.platforms.jikan.staff(ids.mal!),
    );
  }

  jikanRecommendations(ids: AnimeIds, field: string) {
    return this.use<JikanRecommendation[]>(
      ids,
      'MYANIMELIST',
      'recommendations',
      field,
      ids.mal === undefined ? undefined : () => this.platforms.jikan.recommendations(ids.mal!),
    );
  }

  jikanStreaming(ids: AnimeIds, field: string) {
    return this.use<{ name: string; url: string }[]>(
      ids,
      'MYANIMELIST',
      'streaming',
      field,
      ids.mal === undefined ? undefined : () => this.platforms.jikan.streaming(ids.mal!),
    );
  }

  anilist(ids: AnimeIds, field: string) {
    const lookup = ids.anilist !== undefined ? { anilistId: ids.anilist } : ids.mal !== undefined ? { malId: ids.mal } : undefined;
    return this.use<AniListMedia>(ids, 'ANILIST', 'media', field, lookup && (() => this.platforms.anilist.media(lookup)));
  }

  kitsu(ids: AnimeIds, field: string) {
    return this.withKitsuId(ids, field, 'anime', (id) => this.platforms.kitsu.anime(id));
  }

  kitsuCharacters(ids: AnimeIds, field: string) {
    return this.withKitsuId<KitsuCharacter[]>(ids, field, 'characters', (id) => this.platforms.kitsu.characters(id));
  }

  kitsuStaff(ids: AnimeIds, field: string) {
    return this.withKitsuId<KitsuStaff[]>(ids, field, 'staff', (id) => this.platforms.kitsu.staff(id));
  }

  kitsuStreaming(ids: AnimeIds, field: string) {
    return this.withKitsuId<KitsuStreamingLink[]>(ids, field, 'streaming links', (id) => this.platforms.kitsu.streamingLinks(id));
  }

  anidb(ids: AnimeIds, field: string) {
    const client = this.platforms.anidb;
    if (!client) return this.notConfigured<AniDbAnime>(ids, 'ANIDB', 'anime', field);
    return this.use<AniDbAnime>(ids, 'ANIDB', 'anime', field, ids.anidb === undefined ? undefined : () => client.anime(ids.anidb!));
  }

  animeSchedule(ids: AnimeIds, field: string) {
    const client = this.platforms.animeSchedule;
    if (!client) return this.notConfigured<ScheduleAnime>(ids, 'ANIMESCHEDULE', 'anime', field);
    return this.use<ScheduleAnime>(
      ids,
      'ANIMESCHEDULE',
      'anime',
      field,
      ids.mal === undefined ? undefined : () => client.byMalId(ids.mal!),
    );
  }

  /** Every call made for the anime in this request so far. */
  entries(animeId: string): LedgerEntry[] {
    return [...(this.ledger.get(animeId)?.values() ?? [])];
  }

  private withKitsuId<T>(ids: AnimeIds, field: string, resource: string, call: (kitsuId: string) => Promise<Sourced<T | null>>) {
    if (ids.kitsu !== undefined) return this.use<T>(ids, 'KITSU', resource, field, () => call(ids.kitsu!));
    if (ids.mal === undefined) return this.use<T>(ids, 'KITSU', resource, field, undefined);
    // Not in the catalog's Kitsu ids: Kitsu's own mapping from MyAnimeList ids.
    return this.use<T>(ids, 'KITSU', resource, field, async () => {
      const mapped = await this.platforms.kitsu.idForMal(ids.mal!);
      return mapped.value === null ? { ...mapped, value: null } : call(mapped.value);
    });
  }

  private notConfigured<T>(ids: AnimeIds, source: Source, resource: string, field: string): Promise<Answer<T>> {
    return this.use<T>(ids, source, resource, field, undefined, 'NOT_CONFIGURED');
  }

  private use<T>(
    ids: AnimeIds,
    source: Source,
    resource: string,
    field: string,
    call: (() => Promise<Sourced<T | null>>) | undefined,
    absent: 'NOT_LISTED' | 'NOT_CONFIGURED' = 'NOT_LISTED',
  ): Promise<Answer<T>> {
    let calls = this.ledger.get(ids.id);
    if (!calls) this.ledger.set(ids.id, (calls = new Map()));
    const key = `${source}:${resource}`;
    let entry = calls.get(key);
    if (!entry) {
      entry = { source, resource, fields: new Set(), answer: settle(source, call, absent) };
      calls.set(key, entry);
    }
    entry.fields.add(field);
    return entry.answer as Promise<Answer<T>>;
  }
}

async function settle<T>(
  source: Source,
  call: (() => Promise<Sourced<T | null>>) | undefined,
  absent: 'NOT_LISTED' | 'NOT_CONFIGURED',
): Promise<Answer<T>> {
  if (!call) return { state: absent, source };
  try {
    const answer = await call();
    return answer.value === null || answer.value === undefined
      ? { state: 'NOT_LISTED', source }
      : { state: 'ANSWERED', source, value: answer.value, meta: answer };
  } catch (error) {
    if (!isPlatformError(error)) throw error;
    return { state: 'FAILED', source, error };
  }
}
