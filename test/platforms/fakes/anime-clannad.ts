import { characters as c, people as p } from './fixture-people.js';
import type { FixtureAnime } from './fixture-types.js';

export const clannad: FixtureAnime = {
  ids: { mal: 2167, anilist: 2167, kitsu: 1962, anidb: 5101 },
  kitsuSlug: 'clannad',
  route: 'clannad',
  franchise: 'clannad',
  titles: { romaji: 'Clannad', english: 'Clannad', native: 'CLANNAD -クラナド-', synonyms: [] },
  format: 'TV',
  episodes: 23,
  durationMin: 24,
  status: 'finished',
  aired: { from: '2007-10-04', to: '2008-03-27' },
  season: { name: 'fall', year: 2007 },
  source: 'Visual novel',
  ageRating: 'PG-13',
  synopsis:
    'Tomoya Okazaki drifts through his last year of high school, skipping class and avoiding the home he shares with his father. One spring morning on the hill below the school he meets Nagisa Furukawa, a shy girl repeating the year after a long illness.\n\n' +
    'Helping Nagisa revive the drama club, Tomoya is pulled into the lives of the classmates around them, while between scenes a girl alone in an empty, illusory world builds a companion out of junk.',
  background: null,
  genres: ['Drama', 'Romance', 'Supernatural'],
  themes: ['School'],
  demographics: [],
  tags: ['drama', 'romance', 'school life', 'based on a visual novel', 'slice of life'],
  studios: [{ name: 'Kyoto Animation', ids: { mal: 2, anilist: 2, anidb: 5 } }],
  producers: [{ name: 'TBS', mal: 22 }, { name: 'Pony Canyon', mal: 159 }],
  licensors: [{ name: 'Sentai Filmworks', mal: 376 }],
  broadcast: { day: 'Fridays', time: '01:00' },
  trailer: 'aGx3mYv1n9E',
  images: { mal: 'anime/1804/95033', anilist: 'bx2167-0hSUqT0mDzh2', anidb: '54389.jpg', animeschedule: 'clannad-0b9e3f5d1c.jpg' },
  scores: {
    mal: { score: 8.0, scoredBy: 560212, rank: 591, popularity: 104, members: 1120331, favorites: 14402 },
    anilist: { averageScore: 77, meanScore: 78, popularity: 191024, favourites: 7233 },
    kitsu: { averageRating: '80.22', userCount: 83110, favoritesCount: 1402, popularityRank: 120, ratingRank: 620 },
    anidb: { permanent: 7.74, permanentVotes: 6120, temporary: 7.81, temporaryVotes: 6355, review: 8.1, reviews: 9 },
    animeschedule: { averageScore: 80.83, ratingCount: 402, trackedCount: 3102, trackedRating: 30 },
  },
  cast: [
    { character: c.tomoya, role: 'main', voices: [{ person: p.nakamura, language: 'Japanese' }] },
    { character: c.nagisa, role: 'main', voices: [{ person: p.nakahara, language: 'Japanese' }] },
    { character: c.kyou, role: 'supporting', voices: [{ person: p.hirohashi, language: 'Japanese' }] },
  ],
  staff: [
    { person: p.ishihara, positions: ['Director', 'Storyboard'], anidbType: 'Direction' },
    { person: p.maeda, positions: ['Original Creator', 'Theme Song Composition'], anidbType: 'Original Work' },
  ],
  recommendations: [
    { mal: 1530, anilist: 1530, title: 'Kanon (2006)', image: 'anime/1935/90513', votes: 95, user: 'dango_daikazoku', date: '2008-04-12T11:00:00+00:00',
      content: 'Same studio, same Key visual-novel roots, same mix of school comedy and supernatural tragedy.' },
    { mal: 4224, anilist: 4224, anidb: 5909, title: 'Toradora!', image: 'anime/13/22128', votes: 56, user: 'palmtop_tiger', date: '2009-05-30T09:31:00+00:00',
      content: 'A delinquent-looking boy, a girl nobody understands, and a school year that changes them both.' },
    { mal: 52991, anilist: 154587, anidb: 17617, title: 'Sousou no Frieren', image: 'anime/1015/138006', votes: 8, user: 'slowburn', date: '2024-02-02T22:12:40+00:00',
      content: 'Both are quiet stories about time, grief and the people who stay with you.' },
  ],
  relations: [{ relation: 'Sequel', kind: 'anime', mal: 4181, anilist: 4181, anidb: 5841, title: 'Clannad: After Story' }],
  streaming: [
    { name: 'Crunchyroll', url: 'https://www.crunchyroll.com/series/GY8VX2G9Y/clannad', subs: ['en'], dubs: ['ja', 'en'] },
    { name: 'HIDIVE', url: 'https://www.hidive.com/tv/clannad', subs: ['en'], dubs: ['ja', 'en'] },
  ],
  external: [
    { name: 'Official Site', url: 'http://www.tbs.co.jp/clannad/', language: 'Japanese' },
    { name: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Clannad_(visual_novel)' },
  ],
  theme: {
    openings: ['"Megumeru ~cuckool mix 2007~ (メグメル)" by Eufonius'],
    endings: ['"Dango Daikazoku (だんご大家族)" by Chata'],
  },
  episodeList: [
    { number: 1, title: 'On the Hillside Path Where the Cherry Blossoms Flutter', romaji: 'Sakura Maichiru Sakamichi de', native: '桜舞い散る坂道で', aired: '2007-10-04', anidbId: 80731 },
  ],
  annId: 8412,
  airing: null,
  premieres: { sub: null, dub: '2009-12-08T00:00:00Z' },
};
