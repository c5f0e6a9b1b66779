// An immutable, validated snapshot of the catalog with its lookup indexes.
// A reload builds a new snapshot and swaps it in whole (see catalog.store.ts).
import { createHash } from 'node:crypto';
import type { Anime } from './anime.js';
import { describeIssues, entrySchema, type CatalogEntry } from './entry.schema.js';
import { idPrefixOf, parseSource, CatalogSite, platformIdKey, preferenceOf, type PlatformId } from './sites.js';
import type { ReleaseFile } from './release-file.js';

export interface Rejection {
  /** Position of the entry in the file's data array (0-based). */
  index: number;
  title: string | null;
  reason: string;
}

/** Synopses keyed by MAL id ("1") or by any source URL of the anime. */
export type Synopses = ReadonlyMap<string, string>;

export class Catalog {
  private readonly byId = new Map<string, Anime>();
  private readonly byPlatformId = new Map<string, Anime>();

  constructor(
    readonly animes: readonly Anime[],
    readonly rejections: readonly Rejection[],
    readonly rejectedCount: number,
    readonly lastUpdate: string | null,
    readonly loadedAt: Date = new Date(),
  ) {
    for (const anime of animes) {
      this.byId.set(anime.id, anime);
      for (const { platform, id } of anime.platformIds) this.byPlatformId.set(platformIdKey(platform, id), anime);
    }
  }

  get size(): number {
    return this.animes.length;
  }

  get(id: string): Anime | undefined {
    return this.byId.get(id);
  }

  bySource(platform: CatalogSite, id: string): Anime | undefined {
    return this.byPlatformId.get(platformIdKey(platform, id.trim()));
  }

  byUrl(url: string): Anime | undefined {
    const parsed = parseSource(url);
    return parsed && this.bySource(parsed.platform, parsed.id);
  }
}

/** Keeps this many rejections with their reasons; the count covers all of them. */
const KEPT_REJECTIONS = 200;

export function buildCatalog(release: ReleaseFile, synopses: Synopses = new Map()): Catalog {
  const animes: Anime[] = [];
  const rejections: Rejection[] = [];
  let rejectedCount = 0;
  const seenIds = new Map<string, string>();
  const reject = (index: number, raw: unknown, reason: string) => {
    rejectedCount++;
    if (rejections.length < KEPT_REJECTIONS) rejections.push({ index, title: titleOf(raw), reason });
  };

  release.entries.forEach((raw, index) => {
    const parsed = entrySchema.safeParse(raw);
    if (!parsed.success) return reject(index, raw, describeIssues(parsed.error));
    const anime = toAnime(parsed.data, animes.length, synopses);
    const clash = seenIds.get(anime.id);
    if (clash !== undefined) return reject(index, raw, `duplicate of "${clash}" (both are ${anime.id})`);
    seenIds.set(anime.id, anime.title);
    animes.push(anime);
  });
  return new Catalog(animes, rejections, rejectedCount, release.lastUpdate);
}

function toAnime(entry: CatalogEntry, ordinal: number, synopses: Synopses): Anime {
  const platformIds = entry.sources.map(parseSource).filter((p): p is PlatformId => p !== undefined);
  const malId = platformIds.find((p) => p.platform === CatalogSite.MYANIMELIST)?.id;
  const synopsis = (malId && synopses.get(malId)) || entry.sources.map((url) => synopses.get(url)).find(Boolean) || null;
  return {
    id: animeIdFor(entry.sources, platformIds),
    ordinal,
    title: entry.title.trim(),
    synonyms: entry.synonyms,
    type: entry.type,
    episodes: entry.episodes,
    status: entry.status,
    season: entry.animeSeason.season,
    year: entry.animeSeason.year ?? null,
    picture: entry.picture,
    thumbnail: entry.thumbnail,
    durationSeconds: entry.duration?.value ?? null,
    score: entry.score ?? null,
    studios: entry.studios,
    producers: entry.producers,
    tags: entry.tags,
    relatedAnime: entry.relatedAnime,
    sources: entry.sources,
    platformIds,
    synopsis,
  };
}

// The id follows the most stable platform id the entry has, in CATALOG_SITES order, so it
// survives weekly updates; an entry on no known platform falls back to a hash of its sources.
function animeIdFor(sources: string[], platformIds: PlatformId[]): string {
  const preferred = [...platformIds].sort((a, b) => preferenceOf(a.platform) - preferenceOf(b.platform))[0];
  if (preferred) return `${idPrefixOf(preferred.platform)}-${preferred.id}`;
  const digest = createHash('sha1')
    .update([...sources].sort().join('\n'))
    .digest('hex');
  return `aod-${digest.slice(0, 12)}`;
}

function titleOf(raw: unknown): string | null {
  const title = (raw as { title?: unknown } | null)?.title;
  return typeof title === 'string' ? title : null;
}
