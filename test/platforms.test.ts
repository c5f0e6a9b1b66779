import { describe, expect, it } from 'vitest';
import { parseSource, CatalogSite } from '../subgraphs/catalog/catalog/sites.js';

describe('source URLs', () => {
  it.each([
    ['https://myanimelist.net/anime/1535', CatalogSite.MYANIMELIST, '1535'],
    ['https://anilist.co/anime/1535', CatalogSite.ANILIST, '1535'],
    ['https://kitsu.app/anime/1376', CatalogSite.KITSU, '1376'],
    ['https://kitsu.io/anime/1376', CatalogSite.KITSU, '1376'],
    ['https://anidb.net/anime/4563', CatalogSite.ANIDB, '4563'],
    ['https://anime-planet.com/anime/death-note', CatalogSite.ANIME_PLANET, 'death-note'],
    ['https://anisearch.com/anime/3633', CatalogSite.ANISEARCH, '3633'],
    ['https://livechart.me/anime/3437', CatalogSite.LIVECHART, '3437'],
    ['https://animecountdown.com/40190', CatalogSite.ANIMECOUNTDOWN, '40190'],
    ['https://simkl.com/anime/40190', CatalogSite.SIMKL, '40190'],
    ['https://animenewsnetwork.com/encyclopedia/anime.php?id=6592', CatalogSite.ANIMENEWSNETWORK, '6592'],
  ])('%s is %s id %s', (url, platform, id) => {
    expect(parseSource(url)).toMatchObject({ platform, id });
  });

  it('writes the canonical URL (kitsu.io moved to kitsu.app)', () => {
    expect(parseSource('https://kitsu.io/anime/1376')?.url).toBe('https://kitsu.app/anime/1376');
  });

  it('knows no platform for other sites', () => {
    expect(parseSource('https://notify.moe/anime/0-A-5Fimg')).toBeUndefined();
    expect(parseSource('https://myanimelist.net/manga/2')).toBeUndefined();
  });
});
