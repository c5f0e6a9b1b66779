import { characters as c, people as p } from './fixture-people.js';
import type { FixtureAnime } from './fixture-types.js';

// Scores, trailer and the first episode follow the live captures quoted in the research notes.
export const frieren: FixtureAnime = {
  ids: { mal: 52991, anilist: 154587, kitsu: 46474, anidb: 17617 },
  kitsuSlug: 'sousou-no-frieren',
  route: 'sousou-no-frieren',
  franchise: 'sousou-no-frieren',
  titles: {
    romaji: 'Sousou no Frieren',
    english: "Frieren: Beyond Journey's End",
    native: '葬送のフリーレン',
    synonyms: ['Frieren at the Funeral'],
  },
  format: 'TV',
  episodes: 28,
  durationMin: 24,
  status: 'finished',
  aired: { from: '2023-09-29', to: '2024-03-22' },
  season: { name: 'fall', year: 2023 },
  source: 'Manga',
  ageRating: 'PG-13',
  synopsis:
    "The hero Himmel and his party have defeated the Demon King and come home to a hero's welcome. For the elf mage Frieren, who will live for millennia, the ten-year journey was a brief moment, and she leaves to go on collecting spells.\n\n" +
    'Fifty years later she returns to find Himmel old and near his end. At his funeral she realises how little she learned about the people she travelled with, and sets out on a new journey with a young apprentice to retrace their steps.',
  background: null,
  genres: ['Adventure', 'Drama', 'Fantasy'],
  themes: [],
  demographics: ['Shounen'],
  tags: ['fantasy', 'adventure', 'elf', 'coming of age', 'shounen', 'drama'],
  studios: [{ name: 'Madhouse', ids: { mal: 11, anilist: 11, anidb: 37 } }],
  producers: [
    { name: 'Aniplex', mal: 17 },
    { name: 'Dentsu', mal: 53 },
    { name: 'Nippon Television Network', mal: 1003 },
  ],
  licensors: [{ name: 'Crunchyroll', mal: 1468 }],
  broadcast: { day: 'Fridays', time: '23:00' },
  trailer: 'tR8YH0G67Rk',
  images: {
    mal: 'anime/1015/138006',
    anilist: 'bx154587-gHSraOSa0nBG',
    anidb: '281362.jpg',
    animeschedule: 'sousou-no-frieren-1e5c3b7a92.jpg',
  },
  scores: {
    mal: { score: 9.29, scoredBy: 712031, rank: 1, popularity: 138, members: 1180412, favorites: 71022 },
    anilist: { averageScore: 91, meanScore: 91, popularity: 484687, favourites: 56089 },
    kitsu: { averageRating: '87.92', userCount: 30124, favoritesCount: 2802, popularityRank: 570, ratingRank: 3 },
    anidb: { permanent: 8.96, permanentVotes: 3810, temporary: 9.01, temporaryVotes: 4102, review: null, reviews: 0 },
    animeschedule: { averageScore: 91.2, ratingCount: 1830, trackedCount: 9320, trackedRating: 140 },
  },
  cast: [
    {
      character: c.frieren,
      role: 'main',
      voices: [
        { person: p.tanezaki, language: 'Japanese' },
        { person: p.rodak, language: 'English' },
      ],
    },
    { character: c.fern, role: 'main', voices: [{ person: p.ichinose, language: 'Japanese' }] },
    { character: c.stark, role: 'main', voices: [{ person: p.kobayashi, language: 'Japanese' }] },
  ],
  staff: [
    { person: p.saitou, positions: ['Director', 'Storyboard', 'Episode Director'], anidbType: 'Direction' },
    { person: p.yamada, positions: ['Original Creator'], anidbType: 'Original Work' },
    { person: p.call, positions: ['Music'], anidbType: 'Music' },
  ],
  recommendations: [
    {
      mal: 33352,
      anilist: 21827,
      anidb: 12138,
      title: 'Violet Evergarden',
      image: 'anime/1795/95088',
      votes: 402,
      user: 'auto_memory_doll',
      date: '2023-12-01T09:45:12+00:00',
      content: 'A woman who outlived the war learns, one stranger at a time, what the people she lost were trying to tell her.',
    },
    {
      mal: 457,
      anilist: 457,
      anidb: 3433,
      title: 'Mushishi',
      image: 'anime/2/73862',
      votes: 88,
      user: 'ginko_walks',
      date: '2024-01-19T03:30:00+00:00',
      content: 'A calm wanderer, episodic encounters and a melancholy sense of time passing.',
    },
    {
      mal: 2167,
      anilist: 2167,
      anidb: 5101,
      title: 'Clannad',
      image: 'anime/1804/95033',
      votes: 8,
      user: 'slowburn',
      date: '2024-02-02T22:12:40+00:00',
      content: 'Both are quiet stories about time, grief and the people who stay with you.',
    },
  ],
  relations: [
    { relation: 'Sequel', kind: 'anime', mal: 59978, anilist: 182255, title: 'Sousou no Frieren 2nd Season' },
    { relation: 'Adaptation', kind: 'manga', mal: 126287, title: 'Sousou no Frieren' },
  ],
  streaming: [
    {
      name: 'Crunchyroll',
      url: 'https://www.crunchyroll.com/series/GG5H5XQX4/frieren-beyond-journeys-end',
      subs: ['en'],
      dubs: ['ja', 'en'],
    },
  ],
  external: [
    { name: 'Official Site', url: 'https://frieren-anime.jp/', language: 'Japanese' },
    { name: 'Twitter', url: 'https://twitter.com/Anime_Frieren', language: 'Japanese' },
  ],
  theme: {
    openings: ['1: "Yuusha (勇者)" by YOASOBI (eps 1-16)', '2: "Haru (晴る)" by Yorushika (eps 17-28)'],
    endings: ['"Anytime Anywhere" by milet (eps 1-28)'],
  },
  episodeList: [
    { number: 1, title: "The Journey's End", romaji: 'Bouken no Owari', native: '冒険の終わり', aired: '2023-09-29', anidbId: 271418 },
  ],
  annId: 27588,
  airing: null,
  premieres: { sub: '2023-09-29T15:00:00Z', dub: '2023-10-27T17:00:00Z' },
};
