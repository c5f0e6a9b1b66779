// The sites anime-offline-database lists in `sources`, and how their URLs carry an anime's id there.

import { Platform } from '../../../lib/catalog-platform.js';

export { Platform };

export interface PlatformId {
  platform: Platform;
  id: string;
  url: string;
}

interface PlatformSite {
  platform: Platform;
  /** Short prefix used in AniGraph anime ids ("mal-16498"). */
  idPrefix: string;
  pattern: RegExp;
  /** How the database writes the URL for an id (the canonical form). */
  url: (id: string) => string;
}

// Ordered by preference for deriving a stable AniGraph id.
export const PLATFORM_SITES: readonly PlatformSite[] = [
  {
    platform: Platform.MYANIMELIST,
    idPrefix: 'mal',
    pattern: /^https?:\/\/(?:www\.)?myanimelist\.net\/anime\/(\d+)\/?$/i,
    url: (id) => `https://myanimelist.net/anime/${id}`,
  },
  {
    platform: Platform.ANILIST,
    idPrefix: 'anilist',
    pattern: /^https?:\/\/(?:www\.)?anilist\.co\/anime\/(\d+)\/?$/i,
    url: (id) => `https://anilist.co/anime/${id}`,
  },
  {
    platform: Platform.KITSU,
    idPrefix: 'kitsu',
    pattern: /^https?:\/\/(?:www\.)?kitsu\.(?:app|io)\/anime\/([\w-]+)\/?$/i,
    url: (id) => `https://kitsu.app/anime/${id}`,
  },
  {
    platform: Platform.ANIDB,
    idPrefix: 'anidb',
    pattern: /^https?:\/\/(?:www\.)?anidb\.net\/(?:anime\/|a)(\d+)\/?$/i,
    url: (id) => `https://anidb.net/anime/${id}`,
  },
  {
    platform: Platform.ANISEARCH,
    idPrefix: 'anisearch',
    pattern: /^https?:\/\/(?:www\.)?anisearch\.com\/anime\/(\d+)\/?$/i,
    url: (id) => `https://anisearch.com/anime/${id}`,
  },
  {
    platform: Platform.LIVECHART,
    idPrefix: 'livechart',
    pattern: /^https?:\/\/(?:www\.)?livechart\.me\/anime\/(\d+)\/?$/i,
    url: (id) => `https://livechart.me/anime/${id}`,
  },
  {
    platform: Platform.SIMKL,
    idPrefix: 'simkl',
    pattern: /^https?:\/\/(?:www\.)?simkl\.com\/anime\/(\d+)\/?$/i,
    url: (id) => `https://simkl.com/anime/${id}`,
  },
  {
    platform: Platform.ANIMECOUNTDOWN,
    idPrefix: 'animecountdown',
    pattern: /^https?:\/\/(?:www\.)?animecountdown\.com\/(\d+)\/?$/i,
    url: (id) => `https://animecountdown.com/${id}`,
  },
  {
    platform: Platform.ANIMENEWSNETWORK,
    idPrefix: 'ann',
    pattern: /^https?:\/\/(?:www\.)?animenewsnetwork\.com\/encyclopedia\/anime\.php\?id=(\d+)$/i,
    url: (id) => `https://animenewsnetwork.com/encyclopedia/anime.php?id=${id}`,
  },
  {
    platform: Platform.ANIME_PLANET,
    idPrefix: 'animeplanet',
    pattern: /^https?:\/\/(?:www\.)?anime-planet\.com\/anime\/([\w-]+)\/?$/i,
    url: (id) => `https://anime-planet.com/anime/${id}`,
  },
];

const SITE_BY_PLATFORM = new Map(PLATFORM_SITES.map((site) => [site.platform, site]));

/** The platform and id a source URL points at, or undefined for a site AniGraph does not know. */
export function parseSource(url: string): PlatformId | undefined {
  for (const site of PLATFORM_SITES) {
    const match = site.pattern.exec(url.trim());
    if (match) return { platform: site.platform, id: match[1], url: site.url(match[1]) };
  }
  return undefined;
}

export function platformIdKey(platform: Platform, id: string): string {
  return `${platform}:${platform === Platform.ANIME_PLANET ? id.toLowerCase() : id}`;
}

/** Rank of a platform when choosing which id names an anime (lower is preferred). */
export function preferenceOf(platform: Platform): number {
  return PLATFORM_SITES.findIndex((site) => site.platform === platform);
}

export function idPrefixOf(platform: Platform): string {
  return SITE_BY_PLATFORM.get(platform)!.idPrefix;
}
