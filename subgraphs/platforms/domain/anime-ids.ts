// The ids of an anime on the platforms AniGraph calls, from the catalog's platformIds (federation).
import type { AnimeRepresentation } from '../schema/anime.type.js';

export interface AnimeIds {
  /** The AniGraph id. */
  id: string;
  mal?: number;
  anilist?: number;
  kitsu?: string;
  anidb?: number;
}

export function animeIds(anime: AnimeRepresentation): AnimeIds {
  const of = (platform: string) => anime.platformIds?.find((p) => p.platform === platform)?.id;
  const number = (value: string | undefined) => (value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined);
  return { id: anime.id, mal: number(of('MYANIMELIST')), anilist: number(of('ANILIST')), kitsu: of('KITSU'), anidb: number(of('ANIDB')) };
}

/** A reference to the catalog's entry for an anime known by its MyAnimeList id. */
export const catalogRef = (malId: number | null | undefined) => (malId ? { platform: 'MYANIMELIST', id: String(malId) } : null);
