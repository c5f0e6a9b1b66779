import { characters as c, people as p } from './fixture-people.js';
import type { FixtureAnime } from './fixture-types.js';

export const bleach: FixtureAnime = {
  ids: { mal: 269, anilist: 269, kitsu: 244, anidb: 2369 },
  kitsuSlug: 'bleach',
  route: 'bleach',
  franchise: 'bleach',
  titles: { romaji: 'Bleach', english: 'Bleach', native: 'BLEACH - ブリーチ -', synonyms: [] },
  format: 'TV',
  episodes: 366,
  durationMin: 24,
  status: 'finished',
  aired: { from: '2004-10-05', to: '2012-03-27' },
  season: { name: 'fall', year: 2004 },
  source: 'Manga',
  ageRating: 'PG-13',
  synopsis:
    'Ichigo Kurosaki has always been able to see ghosts, but it never mattered much until the night a Hollow, a ravenous lost soul, attacks his family. The Soul Reaper Rukia Kuchiki saves them and is wounded, and in desperation lends Ichigo her powers.\n\n' +
    'Left without her strength, Rukia stays in Karakura Town while Ichigo takes over her duty of purifying Hollows and guiding souls on, a job that soon draws him into the politics of the Soul Society itself.',
  background:
    "The series adapts most of Tite Kubo's manga and adds several anime-original arcs; the final manga arc was adapted years later as Bleach: Sennen Kessen-hen.",
  genres: ['Action', 'Adventure', 'Fantasy'],
  themes: [],
  demographics: ['Shounen'],
  tags: ['action', 'shounen', 'fantasy', 'swordplay', 'afterlife'],
  studios: [{ name: 'Pierrot', ids: { mal: 1, anilist: 1, anidb: 14 } }],
  producers: [
    { name: 'TV Tokyo', mal: 16 },
    { name: 'Aniplex', mal: 17 },
    { name: 'Dentsu', mal: 53 },
  ],
  licensors: [{ name: 'VIZ Media', mal: 1 }],
  broadcast: { day: 'Tuesdays', time: '18:00' },
  trailer: 'bR4dxS0Wl8c',
  images: { mal: 'anime/3/40451', anilist: 'bx269-d2GmRkJbMopq', anidb: '226133.jpg', animeschedule: 'bleach-5c1d7e2a3f.jpg' },
  scores: {
    mal: { score: 7.92, scoredBy: 812344, rank: 721, popularity: 31, members: 2011234, favorites: 56123 },
    anilist: { averageScore: 76, meanScore: 77, popularity: 402311, favourites: 19034 },
    kitsu: { averageRating: '77.84', userCount: 131022, favoritesCount: 2211, popularityRank: 38, ratingRank: 1210 },
    anidb: { permanent: 7.19, permanentVotes: 9411, temporary: 7.28, temporaryVotes: 9702, review: 7.4, reviews: 12 },
    animeschedule: { averageScore: 79.42, ratingCount: 640, trackedCount: 5102, trackedRating: 54 },
  },
  cast: [
    {
      character: c.ichigo,
      role: 'main',
      voices: [
        { person: p.morita, language: 'Japanese' },
        { person: p.bosch, language: 'English' },
      ],
    },
    { character: c.rukia, role: 'main', voices: [{ person: p.orikasa, language: 'Japanese' }] },
    { character: c.orihime, role: 'supporting', voices: [{ person: p.matsuoka, language: 'Japanese' }] },
  ],
  staff: [
    { person: p.abe, positions: ['Director', 'Storyboard'], anidbType: 'Direction' },
    { person: p.kubo, positions: ['Original Creator'], anidbType: 'Original Work' },
    { person: p.sagisu, positions: ['Music'], anidbType: 'Music' },
  ],
  recommendations: [
    {
      mal: 21,
      anilist: 21,
      anidb: 69,
      title: 'One Piece',
      image: 'anime/1244/138851',
      votes: 67,
      user: 'gomu_gomu',
      date: '2009-02-03T08:20:00+00:00',
      content: 'Long-running Jump adaptations with a huge cast, big arcs and a hero who never gives up.',
    },
    {
      mal: 20,
      anilist: 20,
      anidb: 239,
      title: 'Naruto',
      image: 'anime/1141/142503',
      votes: 140,
      user: 'hokage_hopeful',
      date: '2008-06-21T17:42:09+00:00',
      content: 'The other big shounen of the same years: an outcast teenager, a world of hidden powers and endless rivals.',
    },
    {
      mal: 392,
      anilist: 392,
      title: 'Yuu☆Yuu☆Hakusho',
      image: 'anime/1228/111372',
      votes: 162,
      user: 'spirit_gun',
      date: '2007-09-09T02:15:33+00:00',
      content: 'A delinquent who dies and comes back working for the afterlife; Bleach owes it a lot.',
    },
  ],
  relations: [
    { relation: 'Sequel', kind: 'anime', mal: 41467, anilist: 116674, title: 'Bleach: Sennen Kessen-hen' },
    { relation: 'Adaptation', kind: 'manga', mal: 12, title: 'Bleach' },
  ],
  streaming: [
    { name: 'Crunchyroll', url: 'https://www.crunchyroll.com/series/GRVN8MNQY/bleach', subs: ['en'], dubs: ['ja', 'en'] },
    { name: 'Hulu', url: 'https://www.hulu.com/series/bleach-5fb53d38-b4e5-4d9d-8e0d-1d8ee5ad6c38', subs: ['en'], dubs: ['ja', 'en'] },
  ],
  external: [
    { name: 'Official Site', url: 'https://www.tv-tokyo.co.jp/anime/bleach/', language: 'Japanese' },
    { name: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Bleach_(TV_series)' },
  ],
  theme: {
    openings: ['1: "*~Asterisk~" by Orange Range (eps 1-25)', '2: "D-tecnoLife" by UVERworld (eps 26-51)'],
    endings: ['1: "Life is Like a Boat" by Rie fu (eps 1-13)'],
  },
  episodeList: [
    {
      number: 1,
      title: 'The Day I Became a Shinigami',
      romaji: 'Shinigami ni Natta Hi',
      native: '死神になった日',
      aired: '2004-10-05',
      anidbId: 27871,
    },
  ],
  annId: 4475,
  airing: null,
  premieres: { sub: null, dub: '2006-09-09T04:30:00Z' },
};
