import { characters as c, people as p } from './fixture-people.js';
import type { FixtureAnime } from './fixture-types.js';

export const cowboyBebop: FixtureAnime = {
  ids: { mal: 1, anilist: 1, kitsu: 1, anidb: 23 },
  kitsuSlug: 'cowboy-bebop',
  route: 'cowboy-bebop',
  franchise: 'cowboy-bebop',
  titles: { romaji: 'Cowboy Bebop', english: 'Cowboy Bebop', native: 'カウボーイビバップ', synonyms: [], short: 'CB' },
  format: 'TV',
  episodes: 26,
  durationMin: 24,
  status: 'finished',
  aired: { from: '1998-04-03', to: '1999-04-24' },
  season: { name: 'spring', year: 1998 },
  source: 'Original',
  ageRating: 'R',
  synopsis:
    'In 2071, half a century after a hyperspace gate accident shattered the Moon and made Earth barely livable, humanity has spread across the solar system, and crime has spread with it. The police answer with a bounty system, and licensed hunters called "cowboys" chase fugitives for the reward.\n\n' +
    "Spike Spiegel and Jet Black crew the fishing trawler turned spaceship Bebop, and rarely earn enough to eat. Along the way they pick up a gambler who has lost her memory, an eccentric child hacker and a data dog, while Spike's past in the Red Dragon syndicate slowly catches up with him.",
  background:
    'Only twelve episodes and a special were first broadcast on TV Tokyo in 1998 because of the violent content; the complete series premiered on WOWOW later that year.',
  genres: ['Action', 'Award Winning', 'Sci-Fi'],
  themes: ['Adult Cast', 'Space'],
  demographics: [],
  tags: ['space', 'science fiction', 'action', 'bounty hunter', 'jazz'],
  studios: [{ name: 'Sunrise', ids: { mal: 14, anilist: 14, anidb: 11 } }],
  producers: [{ name: 'Bandai Visual', mal: 23 }],
  licensors: [
    { name: 'Funimation', mal: 102 },
    { name: 'Bandai Entertainment', mal: 233 },
  ],
  broadcast: { day: 'Saturdays', time: '01:00' },
  trailer: 'qig4KOK2R2g',
  images: { mal: 'anime/4/19644', anilist: 'bx1-CXtrrkMpJ8Zq', anidb: '4399.jpg', animeschedule: 'cowboy-bebop-8a3b4c6d2e.jpg' },
  scores: {
    mal: { score: 8.75, scoredBy: 1012345, rank: 46, popularity: 43, members: 1923456, favorites: 85432 },
    anilist: { averageScore: 86, meanScore: 86, popularity: 381234, favourites: 38412 },
    kitsu: { averageRating: '82.27', userCount: 162390, favoritesCount: 5169, popularityRank: 44, ratingRank: 201 },
    anidb: { permanent: 8.73, permanentVotes: 19872, temporary: 8.77, temporaryVotes: 20114, review: 9.12, reviews: 31 },
    animeschedule: { averageScore: 87.31, ratingCount: 1204, trackedCount: 8211, trackedRating: 96 },
  },
  cast: [
    {
      character: c.spike,
      role: 'main',
      voices: [
        { person: p.yamadera, language: 'Japanese' },
        { person: p.blum, language: 'English' },
      ],
    },
    { character: c.jet, role: 'main', voices: [{ person: p.ishizuka, language: 'Japanese' }] },
    {
      character: c.faye,
      role: 'main',
      voices: [
        { person: p.hayashibara, language: 'Japanese' },
        { person: p.lee, language: 'English' },
      ],
    },
    { character: c.ed, role: 'supporting', voices: [{ person: p.tada, language: 'Japanese' }] },
  ],
  staff: [
    { person: p.watanabe, positions: ['Director', 'Storyboard', 'Script'], anidbType: 'Direction' },
    { person: p.nobumoto, positions: ['Series Composition', 'Script'], anidbType: 'Series Composition' },
    { person: p.kanno, positions: ['Music'], anidbType: 'Music' },
    { person: p.kawamoto, positions: ['Character Design', 'Animation Director'], anidbType: 'Character Design' },
  ],
  recommendations: [
    {
      mal: 205,
      anilist: 205,
      title: 'Samurai Champloo',
      image: 'anime/1375/121599',
      votes: 118,
      user: 'tsubasa_wings',
      date: '2008-03-11T06:58:49+00:00',
      content: 'Same director, the same drifting heroes and episodic structure, and a soundtrack that carries the show just as much.',
    },
    {
      mal: 6,
      anilist: 6,
      title: 'Trigun',
      image: 'anime/7/20310',
      votes: 73,
      user: 'vash_fan',
      date: '2007-11-02T12:01:10+00:00',
      content: 'A gunslinger with a hidden past on a lawless frontier; both mix comedy with a darker story that takes over near the end.',
    },
    {
      mal: 1575,
      anilist: 1575,
      anidb: 4521,
      title: 'Code Geass: Hangyaku no Lelouch',
      image: 'anime/1032/135088',
      votes: 9,
      user: 'orbitalfrog',
      date: '2012-05-20T19:44:00+00:00',
      content: 'Both Sunrise shows with a charismatic lead whose past drives a finale that stays with you.',
    },
  ],
  relations: [
    { relation: 'Side story', kind: 'anime', mal: 5, anilist: 5, anidb: 219, title: 'Cowboy Bebop: Tengoku no Tobira' },
    { relation: 'Side story', kind: 'anime', mal: 17205, anilist: 17205, title: 'Cowboy Bebop: Ein no Natsuyasumi' },
    { relation: 'Adaptation', kind: 'manga', mal: 173, title: 'Cowboy Bebop' },
  ],
  streaming: [
    { name: 'Crunchyroll', url: 'https://www.crunchyroll.com/series/GYVNXMVP6/cowboy-bebop', subs: ['en'], dubs: ['ja', 'en'] },
    { name: 'Funimation', url: 'http://www.funimation.com/shows/cowboy-bebop/videos/episodes', subs: ['en'], dubs: ['ja'] },
  ],
  external: [
    { name: 'Official Site', url: 'https://www.cowboy-bebop.net/', language: 'Japanese' },
    { name: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Cowboy_Bebop' },
  ],
  theme: {
    openings: ['"Tank!" by The Seatbelts (eps 1-25)'],
    endings: [
      '1: "The Real Folk Blues" by The Seatbelts feat. Mai Yamane (eps 1-12, 14-25)',
      '2: "Space Lion" by The Seatbelts (ep 13)',
      '3: "Blue" by The Seatbelts feat. Mai Yamane (ep 26)',
    ],
  },
  episodeList: [
    { number: 1, title: 'Asteroid Blues', romaji: 'Asteroid Blues', native: 'アステロイド・ブルース', aired: '1998-10-24', anidbId: 230 },
    { number: 2, title: 'Stray Dog Strut', romaji: 'Nora Inu no Strut', native: '野良犬のストラット', aired: '1998-10-31', anidbId: 231 },
  ],
  annId: 13,
  airing: null,
  premieres: { sub: null, dub: '2001-09-02T04:00:00Z' },
};
