// How the fakes' `synthesize` option numbers synthetic anime on each platform.
//
// A synthetic anime is named by its seed, which is its MyAnimeList id: "Synthetic Anime 30" is MAL 30. On AniList,
// Kitsu and AniDB it has the same number, unless a fixture anime already holds that number there. Those few seeds
// are paired, in ascending order, with the fixture MAL ids that platform leaves free (Kitsu: seed 2 → Kitsu 5,
// seed 12 → Kitsu 21, …), so each platform's ids and the seeds correspond one to one and every positive id that
// is not a fixture's answers, consistently in both directions.
import { FIXTURE_ANIME } from './fixture-anime.js';

/** Ids above GraphQL's Int range are not synthesized (AniList could not even be asked for them). */
export const MAX_SYNTHETIC_ID = 2_147_483_647;

export type SyntheticPlatform = 'anilist' | 'kitsu' | 'anidb';

/** A positive integer (a number, or a decimal string without sign or leading zeros), else undefined. */
export function positiveId(raw: number | string | null | undefined): number | undefined {
  if (raw === null || raw === undefined) return undefined;
  const value = typeof raw === 'number' ? raw : /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : Number.NaN;
  return Number.isInteger(value) && value >= 1 && value <= MAX_SYNTHETIC_ID ? value : undefined;
}

const FIXTURE_MAL = new Set(FIXTURE_ANIME.map((a) => a.ids.mal));

interface Pairing {
  fixture: Set<number>;
  /** seed → platform id, for seeds whose own number a fixture anime holds on the platform. */
  forward: Map<number, number>;
  backward: Map<number, number>;
}

function pairing(platform: SyntheticPlatform): Pairing {
  const fixture = new Set(FIXTURE_ANIME.map((a) => a.ids[platform]));
  const ascending = (x: number, y: number) => x - y;
  const displaced = [...fixture].filter((id) => !FIXTURE_MAL.has(id)).sort(ascending);
  const spare = [...FIXTURE_MAL].filter((id) => !fixture.has(id)).sort(ascending);
  return {
    fixture,
    forward: new Map(displaced.map((seed, i) => [seed, spare[i]])),
    backward: new Map(spare.map((id, i) => [id, displaced[i]])),
  };
}

const PAIRINGS: Record<SyntheticPlatform, Pairing> = { anilist: pairing('anilist'), kitsu: pairing('kitsu'), anidb: pairing('anidb') };

/** The seed a MAL id names; undefined for a fixture's id or a non-id. */
export function seedFromMal(raw: number | string | null | undefined): number | undefined {
  const id = positiveId(raw);
  return id !== undefined && !FIXTURE_MAL.has(id) ? id : undefined;
}

/** The seed of the synthetic anime that has this id on `platform`; undefined for a fixture's id or a non-id. */
export function seedFrom(platform: SyntheticPlatform, raw: number | string | null | undefined): number | undefined {
  const id = positiveId(raw);
  const p = PAIRINGS[platform];
  if (id === undefined || p.fixture.has(id)) return undefined;
  return p.backward.get(id) ?? id;
}

/** The id on `platform` of the synthetic anime `seed` (a seed from seedFromMal or seedFrom). */
export function platformIdOf(platform: SyntheticPlatform, seed: number): number {
  return PAIRINGS[platform].forward.get(seed) ?? seed;
}

/** Kitsu slug and AnimeSchedule route of a synthetic anime. */
export const syntheticRoute = (seed: number) => `synthetic-anime-${seed}`;

export function seedFromRoute(route: string): number | undefined {
  const match = /^synthetic-anime-(\d+)$/.exec(route);
  return match ? seedFromMal(match[1]) : undefined;
}
