import { characters as c, people as p } from './fixture-people.js';
import type { FixtureAnime } from './fixture-types.js';

// Kitsu's rating is the deliberate outlier of the fixture (58% against ~8.7/10 elsewhere).
export const codeGeass: FixtureAnime = {
  ids: { mal: 1575, anilist: 1575, kitsu: 1415, anidb: 4521 },
  kitsuSlug: 'code-geass-hangyaku-no-lelouch',
  route: 'code-geass-hangyaku-no-lelouch',
  franchise: 'code-geass',
  titles: {
    romaji: 'Code Geass: Hangyaku no Lelouch',
    english: 'Code Geass: Lelouch of the Rebellion',
    native: 'コードギアス 反逆のルルーシュ',
    synonyms: ['Code Geass: Hangyaku no Lelouch R1'],
    short: 'CG',
  },
  format: 'TV',
  episodes: 25,
  durationMin: 24,
  status: 'finished',
  aired: { from: '2006-10-06', to: '2007-07-29' },
  season: { name: 'fall', year: 2006 },
  source: 'Original',
  ageRating: 'R',
  synopsis:
    'In 2010 the Holy Empire of Britannia conquers Japan with its humanoid war machines, strips the country of its name and rules it as Area 11. Seven years later Lelouch, an exiled Britannian prince living as a student, is caught in a clash between the army and the resistance.\n\n' +
    'A mysterious girl called C.C. gives him Geass, the power to make anyone obey a single command. Hiding behind the mask of Zero, Lelouch builds the Black Knights to bring down the empire, while his childhood friend Suzaku fights for it.',
  background: null,
  genres: ['Action', 'Award Winning', 'Drama', 'Sci-Fi'],
  themes: ['Mecha', 'Military', 'School', 'Super Power'],
  demographics: [],
  tags: ['mecha', 'military', 'science fiction', 'alternative history', 'school life'],
  studios: [{ name: 'Sunrise', ids: { mal: 14, anilist: 14, anidb: 11 } }],
  producers: [
    { name: 'Bandai Visual', mal: 23 },
    { name: 'Mainichi Broadcasting System', mal: 72 },
  ],
  licensors: [
    { name: 'Bandai Entertainment', mal: 233 },
    { name: 'Funimation', mal: 102 },
  ],
  broadcast: { day: 'Fridays', time: '01:25' },
  trailer: 'v-AGjx0N24U',
  images: {
    mal: 'anime/1032/135088',
    anilist: 'bx1575-mXQmDnlU5iWg',
    anidb: '221880.jpg',
    animeschedule: 'code-geass-hangyaku-no-lelouch-7d4a2c9e10.jpg',
  },
  scores: {
    mal: { score: 8.7, scoredBy: 1187213, rank: 53, popularity: 25, members: 2213405, favorites: 85411 },
    anilist: { averageScore: 85, meanScore: 86, popularity: 451201, favourites: 39210 },
    kitsu: { averageRating: '58.40', userCount: 102214, favoritesCount: 3920, popularityRank: 57, ratingRank: 4870 },
    anidb: { permanent: 8.24, permanentVotes: 11423, temporary: 8.3, temporaryVotes: 11702, review: 8.6, reviews: 14 },
    animeschedule: { averageScore: 85.62, ratingCount: 701, trackedCount: 5503, trackedRating: 61 },
  },
  cast: [
    {
      character: c.lelouch,
      role: 'main',
      voices: [
        { person: p.fukuyama, language: 'Japanese' },
        { person: p.bosch, language: 'English' },
      ],
    },
    {
      character: c.cc,
      role: 'main',
      voices: [
        { person: p.yukana, language: 'Japanese' },
        { person: p.higgins, language: 'English' },
      ],
    },
    { character: c.suzaku, role: 'main', voices: [{ person: p.sakurai, language: 'Japanese' }] },
  ],
  staff: [
    { person: p.taniguchi, positions: ['Director', 'Storyboard'], anidbType: 'Direction' },
    { person: p.ookouchi, positions: ['Series Composition', 'Script'], anidbType: 'Series Composition' },
    { person: p.clamp, positions: ['Original Character Design'], anidbType: 'Character Design' },
  ],
  recommendations: [
    {
      mal: 1535,
      anilist: 1535,
      anidb: 4563,
      title: 'Death Note',
      image: 'anime/1079/138100',
      votes: 512,
      user: 'kira_justice',
      date: '2008-01-05T14:22:10+00:00',
      content:
        'A genius student gains a supernatural power and uses it to remake the world, in a battle of wits with an equally sharp rival.',
    },
    {
      mal: 10793,
      anilist: 10793,
      title: 'Guilty Crown',
      image: 'anime/1010/116958',
      votes: 48,
      user: 'void_genome',
      date: '2012-03-30T05:01:44+00:00',
      content:
        'A boy given a power he does not understand joins a resistance against an occupying force, with mecha and school life on the side.',
    },
    {
      mal: 1,
      anilist: 1,
      anidb: 23,
      title: 'Cowboy Bebop',
      image: 'anime/4/19644',
      votes: 9,
      user: 'orbitalfrog',
      date: '2012-05-20T19:44:00+00:00',
      content: 'Both Sunrise shows with a charismatic lead whose past drives a finale that stays with you.',
    },
  ],
  relations: [
    { relation: 'Sequel', kind: 'anime', mal: 2904, anilist: 2904, anidb: 5662, title: 'Code Geass: Hangyaku no Lelouch R2' },
    { relation: 'Adaptation', kind: 'manga', mal: 9869, title: 'Code Geass: Hangyaku no Lelouch' },
  ],
  streaming: [
    { name: 'Crunchyroll', url: 'https://www.crunchyroll.com/series/GY2P9ED0Y/code-geass', subs: ['en'], dubs: ['ja', 'en'] },
    { name: 'Netflix', url: 'https://www.netflix.com/title/70205012', subs: ['en'], dubs: ['ja', 'en'] },
  ],
  external: [
    { name: 'Official Site', url: 'https://www.geass.jp/', language: 'Japanese' },
    { name: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Code_Geass' },
  ],
  theme: {
    openings: ['1: "COLORS" by FLOW (eps 1-12)', '2: "Kaidoku Funou (解読不能)" by Jinn (eps 13-25)'],
    endings: [
      '1: "Yuukyou Seishunka (勇侠青春謳)" by ALI PROJECT (eps 1-12)',
      '2: "Mosaic Kakera (モザイクカケラ)" by SunSet Swish (eps 13-23)',
    ],
  },
  episodeList: [
    {
      number: 1,
      title: 'The Day a New Demon Was Born',
      romaji: 'Majin ga Umareta Hi',
      native: '魔神が生まれた日',
      aired: '2006-10-06',
      anidbId: 68732,
    },
  ],
  annId: 6592,
  airing: null,
  premieres: { sub: null, dub: '2008-04-27T04:00:00Z' },
};
