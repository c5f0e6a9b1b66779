import { characters as c, people as p } from './fixture-people.js';
import type { FixtureAnime } from './fixture-types.js';

// The one running show of the fixture: schedules and timetables place its weekly episodes in any week.
export const onePiece: FixtureAnime = {
  ids: { mal: 21, anilist: 21, kitsu: 12, anidb: 69 },
  kitsuSlug: 'one-piece',
  route: 'one-piece',
  franchise: 'one-piece',
  titles: { romaji: 'One Piece', english: 'One Piece', native: 'ONE PIECE', synonyms: ['OP'] },
  format: 'TV',
  episodes: null,
  durationMin: 24,
  status: 'airing',
  aired: { from: '1999-10-20', to: null },
  season: { name: 'fall', year: 1999 },
  source: 'Manga',
  ageRating: 'PG-13',
  synopsis:
    'Before his execution, the pirate Gol D. Roger told the crowd that his treasure, the One Piece, waits for whoever can find it. His words started a great age of piracy.\n\n' +
    'Years later Monkey D. Luffy, a boy whose body stretches like rubber since he ate a Devil Fruit, sets out to sea to find the One Piece and become King of the Pirates, gathering a crew of misfits on the way.',
  background:
    'The anime has run weekly on Fuji TV since 1999, with several anime-original arcs and a long break in 2024 before it returned in a new late-night slot.',
  genres: ['Action', 'Adventure', 'Fantasy'],
  themes: [],
  demographics: ['Shounen'],
  tags: ['pirates', 'adventure', 'shounen', 'action', 'super power'],
  studios: [{ name: 'Toei Animation', ids: { mal: 18, anilist: 18, anidb: 10 } }],
  producers: [
    { name: 'Fuji TV', mal: 169 },
    { name: 'TAP', mal: 416 },
    { name: 'Shueisha', mal: 1365 },
  ],
  licensors: [
    { name: 'Funimation', mal: 102 },
    { name: '4Kids Entertainment', mal: 119 },
  ],
  broadcast: { day: 'Sundays', time: '23:15' },
  trailer: 'l_98K4_6UQ0',
  images: { mal: 'anime/1244/138851', anilist: 'bx21-ELSYx3yMPcKM', anidb: '228634.jpg', animeschedule: 'one-piece-4b8e0d6f3a.jpg' },
  scores: {
    mal: { score: 8.72, scoredBy: 1402113, rank: 50, popularity: 19, members: 2512014, favorites: 231044 },
    anilist: { averageScore: 88, meanScore: 88, popularity: 593210, favourites: 88402 },
    kitsu: { averageRating: '84.51', userCount: 181233, favoritesCount: 9102, popularityRank: 12, ratingRank: 170 },
    anidb: { permanent: 8.31, permanentVotes: 8122, temporary: 8.45, temporaryVotes: 12011, review: 8.2, reviews: 22 },
    animeschedule: { averageScore: 88.94, ratingCount: 2210, trackedCount: 14021, trackedRating: 230 },
  },
  cast: [
    {
      character: c.luffy,
      role: 'main',
      voices: [
        { person: p.tanaka, language: 'Japanese' },
        { person: p.clinkenbeard, language: 'English' },
      ],
    },
    { character: c.zoro, role: 'main', voices: [{ person: p.nakai, language: 'Japanese' }] },
    { character: c.nami, role: 'main', voices: [{ person: p.okamura, language: 'Japanese' }] },
  ],
  staff: [
    { person: p.oda, positions: ['Original Creator'], anidbType: 'Original Work' },
    { person: p.uda, positions: ['Director', 'Storyboard'], anidbType: 'Direction' },
    { person: p.tanakaKouhei, positions: ['Music'], anidbType: 'Music' },
  ],
  recommendations: [
    {
      mal: 11061,
      anilist: 11061,
      anidb: 8550,
      title: 'Hunter x Hunter (2011)',
      image: 'anime/1337/99013',
      votes: 340,
      user: 'nen_user',
      date: '2013-02-11T16:40:00+00:00',
      content: 'An adventure shounen with a huge world, long arcs and a hero driven by a missing father figure.',
    },
    {
      mal: 6702,
      anilist: 6702,
      title: 'Fairy Tail',
      image: 'anime/5/18179',
      votes: 210,
      user: 'nakama_power',
      date: '2010-07-07T07:07:07+00:00',
      content: 'A loud, loyal guild of friends on endless adventures; the closest thing to the Straw Hats in tone.',
    },
    {
      mal: 269,
      anilist: 269,
      anidb: 2369,
      title: 'Bleach',
      image: 'anime/3/40451',
      votes: 67,
      user: 'gomu_gomu',
      date: '2009-02-03T08:20:00+00:00',
      content: 'Long-running Jump adaptations with a huge cast, big arcs and a hero who never gives up.',
    },
  ],
  relations: [
    { relation: 'Adaptation', kind: 'manga', mal: 13, title: 'One Piece' },
    { relation: 'Side story', kind: 'anime', mal: 459, anilist: 459, anidb: 1002, title: 'One Piece Movie 01' },
  ],
  streaming: [
    { name: 'Crunchyroll', url: 'https://www.crunchyroll.com/series/GRMG8ZQZR/one-piece', subs: ['en'], dubs: ['ja', 'en'] },
    { name: 'Netflix', url: 'https://www.netflix.com/title/80107103', subs: ['en'], dubs: ['ja', 'en'] },
  ],
  external: [
    { name: 'Official Site', url: 'https://www.toei-anim.co.jp/tv/onep/', language: 'Japanese' },
    { name: 'Twitter', url: 'https://twitter.com/Eiichiro_Staff', language: 'Japanese' },
  ],
  theme: {
    openings: ['1: "We Are! (ウィーアー!)" by Hiroshi Kitadani (eps 1-47)'],
    endings: ['1: "memories" by Maki Otsuki (eps 1-30)'],
  },
  episodeList: [
    {
      number: 1,
      title: "I'm Luffy! The Man Who's Gonna Be King of the Pirates!",
      romaji: 'Ore wa Luffy! Kaizoku Ou ni Naru Otoko!',
      native: '俺はルフィ!海賊王になる男!',
      aired: '1999-10-20',
      anidbId: 1200,
    },
  ],
  annId: 836,
  // Sundays 23:15 JST = 14:15 UTC; the dub runs 40 episodes behind on Saturdays 18:00 UTC.
  airing: {
    anchor: { episode: 1123, at: '2025-04-06T14:15:00Z' },
    subDelayMinutes: 90,
    dubLagEpisodes: 40,
    dubOffsetMinutes: -(20 * 60 + 15),
  },
  premieres: { sub: null, dub: '2004-09-18T13:00:00Z' },
};
