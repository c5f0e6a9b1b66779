import { describe, expect, it } from 'vitest';
import { parseSource, Platform } from '../subgraphs/catalog/domain/platforms.js';

describe('source URLs', () => {
  it.each([
    ['https://myanimelist.net/anime/1535', Platform.MYANIMELIST, '1535'],
    ['https://anilist.co/anime/1535', Platform.ANILIST, '1535'],
    ['https://kitsu.app/anime/1376', Platform.KITSU, '1376'],
    ['https://kitsu.io/anime/1376', Platform.KITSU, '1376'],
    ['https://anidb.net/anime/4563', Platform.ANIDB, '4563'],
    ['https://anime-planet.com/anime/death-note', Platform.ANIME_PLANET, 'death-note'],
    ['https://anisearch.com/anime/3633', Platform.ANISEARCH, '3633'],
    ['https://livechart.me/anime/3437', Platform.LIVECHART, '3437'],
    ['https://animecountdown.com/40190', Platform.ANIMECOUNTDOWN, '40190'],
    ['https://simkl.com/anime/40190', Platform.SIMKL, '40190'],
    ['https://animenewsnetwork.com/encyclopedia/anime.php?id=6592', Platform.ANIMENEWSNETWORK, '6592'],
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
