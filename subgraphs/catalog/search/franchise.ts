// Franchises: the anime that are one work's entries (series, sequels, films, OVAs), grouped once per
// catalog from the catalog's related-anime links where it has them, and from titles otherwise (the
// same title once a subtitle and a follow-up marker are taken off: "Shingeki no Kyojin Season 2",
// "Cowboy Bebop: Tengoku no Tobira"). Each franchise has a main entry: its first TV series, else its
// first film, else its earliest entry.
import { AnimeType, Season, type Anime } from '../catalog/anime.js';
import type { Catalog } from '../catalog/catalog.js';
import { normalizeTitle } from '../lexical/title-match.js';

const FOLLOW_UP_TAIL = /\s+(season|part|movie|film|the movie|ova|specials?|recap|final|\d+(st|nd|rd|th)|ii|iii|iv|r2|\d+)(\s.*)?$/;
/** Shorter keys ("k", "x") would join unrelated anime. */
const MIN_KEY_LENGTH = 3;

const keys = new WeakMap<Anime, string>();

/** The franchise a title names: its main title before a subtitle or a follow-up marker (once per anime). */
export function franchiseKey(anime: Anime): string {
  let key = keys.get(anime);
  if (key === undefined) {
    const main = anime.title.split(/[:\-–—(]/)[0];
    keys.set(anime, (key = normalizeTitle(main).replace(FOLLOW_UP_TAIL, '').trim()));
  }
  return key;
}

export interface Franchise {
  /** "franchise-" and its main entry's id. */
  id: string;
  main: Anime;
  /** Oldest first. */
  entries: Anime[];
}

const SEASON_ORDER: Record<Season, number> = {
  [Season.WINTER]: 0,
  [Season.SPRING]: 1,
  [Season.SUMMER]: 2,
  [Season.FALL]: 3,
  [Season.UNDEFINED]: 4,
};

/** Oldest first; entries of unknown year last. */
export const byAiring = (a: Anime, b: Anime): number =>
  (a.year ?? Infinity) - (b.year ?? Infinity) || SEASON_ORDER[a.season] - SEASON_ORDER[b.season] || a.ordinal - b.ordinal;

/** The franchises of one catalog: every anime of more than one entry's work, grouped. */
export class Franchises {
  private readonly byOrdinal: (Franchise | undefined)[];

  constructor(catalog: Catalog) {
    const parent = catalog.animes.map((_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i]];
      return i;
    };
    const join = (a: number, b: number) => void (parent[find(a)] = find(b));
    const byKey = new Map<string, number>();
    for (const anime of catalog.animes) {
      const key = franchiseKey(anime);
      if (key.length >= MIN_KEY_LENGTH) {
        const first = byKey.get(key);
        if (first === undefined) byKey.set(key, anime.ordinal);
        else join(anime.ordinal, first);
      }
      for (const url of anime.relatedAnime) {
        const related = catalog.byUrl(url);
        if (related) join(anime.ordinal, related.ordinal);
      }
    }
    const groups = new Map<number, Anime[]>();
    for (const anime of catalog.animes) {
      const root = find(anime.ordinal);
      const group = groups.get(root);
      if (group) group.push(anime);
      else groups.set(root, [anime]);
    }
    this.byOrdinal = new Array(catalog.animes.length);
    for (const entries of groups.values()) {
      if (entries.length < 2) continue;
      entries.sort(byAiring);
      const main = mainEntry(entries);
      const franchise = { id: `franchise-${main.id}`, main, entries };
      for (const anime of entries) this.byOrdinal[anime.ordinal] = franchise;
    }
  }

  /** The anime's franchise; undefined when it is a work of one entry. */
  of(anime: Anime): Franchise | undefined {
    return this.byOrdinal[anime.ordinal];
  }

  same(a: Anime, b: Anime): boolean {
    const franchise = this.of(a);
    return franchise !== undefined && franchise === this.of(b);
  }
}

/** The first TV series, else the first film, else the earliest entry (`entries` oldest first). */
export function mainEntry(entries: readonly Anime[]): Anime {
  return entries.find((a) => a.type === AnimeType.TV) ?? entries.find((a) => a.type === AnimeType.MOVIE) ?? entries[0];
}

const built = new WeakMap<Catalog, Franchises>();

/** The franchises of `catalog`, grouped at the first question. */
export function franchisesOf(catalog: Catalog): Franchises {
  let franchises = built.get(catalog);
  if (!franchises) built.set(catalog, (franchises = new Franchises(catalog)));
  return franchises;
}
