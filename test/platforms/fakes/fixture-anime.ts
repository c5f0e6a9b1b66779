// The one source of truth every fake renders: seven anime of the demo catalog, plus lookups and name helpers.
import { bleach } from './anime-bleach.js';
import { clannad } from './anime-clannad.js';
import { codeGeass } from './anime-code-geass.js';
import { cowboyBebop } from './anime-cowboy-bebop.js';
import { frieren } from './anime-frieren.js';
import { hoshifuruKissaten } from './anime-hoshifuru-kissaten.js';
import { onePiece } from './anime-one-piece.js';
import { tengokuNoTobira } from './anime-tengoku-no-tobira.js';
import type { FixtureAnime, FixtureName } from './fixture-types.js';

export type * from './fixture-types.js';

export const FIXTURE_ANIME: readonly FixtureAnime[] = [cowboyBebop, tengokuNoTobira, bleach, clannad, codeGeass, frieren, onePiece];

/** Entries MyAnimeList has not approved yet (`approved: false`): only Jikan's lists show them, and only with `unapproved`. */
export const UNAPPROVED_MAL_ANIME: readonly FixtureAnime[] = [hoshifuruKissaten];

export const findByMal = (id: number) => FIXTURE_ANIME.find((a) => a.ids.mal === id);
export const findByAniList = (id: number) => FIXTURE_ANIME.find((a) => a.ids.anilist === id);
export const findByKitsu = (id: number) => FIXTURE_ANIME.find((a) => a.ids.kitsu === id);
export const findByAniDb = (id: number) => FIXTURE_ANIME.find((a) => a.ids.anidb === id);
export const findByRoute = (route: string) => FIXTURE_ANIME.find((a) => a.route === route);

/** "Spike Spiegel": given name first, as AniList and Kitsu write it. */
export function fullName(name: FixtureName): string {
  return name.family ? `${name.given} ${name.family}` : name.given;
}

/** "Yamadera Kouichi" for Japanese names, "Steven Blum" otherwise: AniDB's romanisation order. */
export function nativeOrderName(name: FixtureName): string {
  return name.family && name.japanese ? `${name.family} ${name.given}` : fullName(name);
}

/** "Spiegel, Spike": MAL's (and so Jikan's) "Last, First". */
export function lastFirstName(name: FixtureName): string {
  return name.family ? `${name.family}, ${name.given}` : name.given;
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function paragraphs(synopsis: string): string[] {
  return synopsis.split('\n\n');
}

/** A stable pseudo-random hex string, for ids and image hashes that must not change between runs. */
export function stableHex(seed: string, length: number): string {
  let hash = 2166136261;
  let out = '';
  for (let round = 0; out.length < length; round++) {
    for (const char of `${seed}#${round}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
    out += hash.toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}
