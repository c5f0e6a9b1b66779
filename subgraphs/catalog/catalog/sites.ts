// The sites anime-offline-database lists in `sources`, and how their URLs carry an anime's id there.

import { CatalogSite } from '../../../lib/catalog-sites.js';

export { CatalogSite };

export interface PlatformId {
  platform: CatalogSite;
  id: string;
  url: string;
}

interface SiteRule {
  platform: CatalogSite;
  /** Short prefix used in AniGraph anime ids ("mal-16498"). */
  idPrefix: string;
  pattern: RegExp;
  /** How the database writes the URL for an id (the canonical form). */
  url: (id: string) => string;
}

// Ordered by preference for deriving a stable AniGraph id.
export const CATALOG_SITES: readonly SiteRule[] = [
  {
    platform: CatalogSite.MYANIMELIST,
    idPrefix: 'mal',
    pattern: /^https?:\/\/(?:www\.)?myanimelist\.net\/anime\/(\d+)\/?$/i,
    url: (id) => `https://myanimelist.net/anime/${id}`,
  },
  {
    platform: CatalogSite.ANILIST,
    idPrefix: 'anilist',
    pattern: /^https?:\/\/(?:www\.)?anilist\.co\/anime\/(\d+)\/?$/i,
    url: (id) => `https://anilist.co/anime/${id}`,
  },
  {
    platform: CatalogSite.KITSU,
    idPrefix: 'kitsu',
    pattern: /^https?:\/\/(?:www\.)?kitsu\.(?:app|io)\/anime\/([\w-]+)\/?$/i,
    url: (id) => `https://kitsu.app/anime/${id}`,
  },
  {
    platform: CatalogSite.ANIDB,
    idPrefix: 'anidb',
    pattern: /^https?:\/\/(?:www\.)?anidb\.net\/(?:anime\/|a)(\d+)\/?$/i,
    url: (id) => `https://anidb.net/anime/${id}`,
  },
  {
    platform: CatalogSite.ANISEARCH,
    idPrefix: 'anisearch',
    pattern: /^https?:\/\/(?:www\.)?anisearch\.com\/anime\/(\d+)\/?$/i,
    url: (id) => `https://anisearch.com/anime/${id}`,
  },
  {
    platform: CatalogSite.LIVECHART,
    idPrefix: 'livechart',
    pattern: /^https?:\/\/(?:www\.)?livechart\.me\/anime\/(\d+)\/?$/i,
    url: (id) => `https://livechart.me/anime/${id}`,
  },
  {
    platform: CatalogSite.SIMKL,
    idPrefix: 'simkl',
    pattern: /^https?:\/\/(?:www\.)?simkl\.com\/anime\/(\d+)\/?$/i,
    url: (id) => `https://simkl.com/anime/${id}`,
  },
  {
    platform: CatalogSite.ANIMECOUNTDOWN,
    idPrefix: 'animecountdown',
    pattern: /^https?:\/\/(?:www\.)?animecountdown\.com\/(\d+)\/?$/i,
    url: (id) => `https://animecountdown.com/${id}`,
  },
  {
    platform: CatalogSite.ANIMENEWSNETWORK,
    idPrefix: 'ann',
    pattern: /^https?:\/\/(?:www\.)?animenewsnetwork\.com\/encyclopedia\/anime\.php\?id=(\d+)$/i,
    url: (id) => `https://animenewsnetwork.com/encyclopedia/anime.php?id=${id}`,
  },
  {
    platform: CatalogSite.ANIME_PLANET,
    idPrefix: 'animeplanet',
    pattern: /^https?:\/\/(?:www\.)?anime-planet\.com\/anime\/([\w-]+)\/?$/i,
    url: (id) => `https://anime-planet.com/anime/${id}`,
  },
];

const RULE_BY_SITE = new Map(CATALOG_SITES.map((site) => [site.platform, site]));

/** The platform and id a source URL points at, or undefined for a site AniGraph does not know. */
export function parseSource(url: string): PlatformId | undefined {
  for (const site of CATALOG_SITES) {
    const match = site.pattern.exec(url.trim());
    if (match) return { platform: site.platform, id: match[1], url: site.url(match[1]) };
  }
  return undefined;
}

export function platformIdKey(platform: CatalogSite, id: string): string {
  return `${platform}:${platform === CatalogSite.ANIME_PLANET ? id.toLowerCase() : id}`;
}

/** Rank of a platform when choosing which id names an anime (lower is preferred). */
export function preferenceOf(platform: CatalogSite): number {
  return CATALOG_SITES.findIndex((site) => site.platform === platform);
}

export function idPrefixOf(platform: CatalogSite): string {
  return RULE_BY_SITE.get(platform)!.idPrefix;
}
