// Whether two anime belong to one franchise: linked as related in the catalog, or titled as one
// work's follow-up ("Shingeki no Kyojin Season 2", "Cowboy Bebop: Tengoku no Tobira").
import type { Anime } from '../catalog/anime.js';
import { normalizeTitle } from '../lexical/title-match.js';

const FOLLOW_UP_TAIL = /\s+(season|part|movie|film|the movie|ova|specials?|recap|final|\d+(st|nd|rd|th)|ii|iii|iv|r2|\d+)(\s.*)?$/;

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

export function sameFranchise(a: Anime, b: Anime): boolean {
  if (a.relatedAnime.some((url) => b.sources.includes(url)) || b.relatedAnime.some((url) => a.sources.includes(url))) return true;
  const key = franchiseKey(a);
  return key.length >= 3 && key === franchiseKey(b);
}
