// The accounts the AniList and MyAnimeList API v2 fakes know by their tokens, with their anime lists.
// The anime are in the test catalog (test/fixtures, from the demo catalog), so that each list entry
// maps to an AniGraph id: AniList ids differ from MAL ids for Made in Abyss and Yuru Camp.

export interface ListAnime {
  anilistId: number;
  malId: number;
  /** The AniGraph id the catalog gives it. */
  aniGraphId: string;
  title: string;
  /** As the platforms write them ("Sci-Fi"). */
  genres: string[];
  /** AniList's tags, with their rank (%). */
  tags: { name: string; rank: number }[];
  studios: string[];
}

export type ListStatus = 'COMPLETED' | 'CURRENT' | 'PLANNING' | 'DROPPED' | 'PAUSED';

export interface ListEntry {
  anime: ListAnime;
  status: ListStatus;
  /** 0 to 10 (0: not scored), as MyAnimeList keeps it; AniList answers it in the format asked. */
  score: number;
}

export interface FakeAccount {
  token: string;
  id: number;
  name: string;
  entries: ListEntry[];
}

const anime = (
  anilistId: number,
  malId: number,
  title: string,
  genres: string[],
  tags: [string, number][],
  studios: string[] = [],
): ListAnime => ({
  anilistId,
  malId,
  aniGraphId: `mal-${malId}`,
  title,
  genres,
  tags: tags.map(([name, rank]) => ({ name, rank })),
  studios,
});

export const LIST_ANIME = {
  cowboyBebop: anime(
    1,
    1,
    'Cowboy Bebop',
    ['Action', 'Adventure', 'Drama', 'Sci-Fi'],
    [
      ['Space', 94],
      ['Crime', 80],
      ['Episodic', 70],
    ],
    ['Sunrise'],
  ),
  codeGeass: anime(
    1575,
    1575,
    'Code Geass',
    ['Action', 'Drama', 'Mecha', 'Sci-Fi'],
    [
      ['Military', 90],
      ['Anti-Hero', 88],
    ],
    ['Sunrise'],
  ),
  evangelion: anime(
    30,
    30,
    'Neon Genesis Evangelion',
    ['Action', 'Drama', 'Mecha', 'Psychological', 'Sci-Fi'],
    [['Apocalypse', 85]],
    ['Gainax'],
  ),
  clannad: anime(2167, 2167, 'Clannad', ['Comedy', 'Drama', 'Romance', 'Slice of Life'], [['School', 90]]),
  madeInAbyss: anime(
    97986,
    34599,
    'Made in Abyss',
    ['Adventure', 'Drama', 'Fantasy', 'Mystery'],
    [
      ['Dungeon', 80],
      ['Gore', 40],
    ],
  ),
  yuruCamp: anime(
    98444,
    34798,
    'Yuru Camp△',
    ['Slice of Life'],
    [
      ['Iyashikei', 95],
      ['Camping', 95],
    ],
  ),
  naruto: anime(20, 20, 'Naruto', ['Action', 'Adventure', 'Comedy'], [['Ninja', 95]], ['Pierrot']),
  steinsGate: anime(9253, 9253, 'Steins;Gate', ['Drama', 'Sci-Fi', 'Thriller'], [['Time Manipulation', 95]]),
  deathNote: anime(1535, 1535, 'Death Note', ['Mystery', 'Psychological', 'Supernatural', 'Thriller'], [['Detective', 80]], ['Madhouse']),
  mononokeHime: anime(164, 164, 'Mononoke Hime', ['Action', 'Adventure', 'Fantasy'], [['Nature', 90]], ['Studio Ghibli']),
  onePiece: anime(21, 21, 'One Piece', ['Action', 'Adventure', 'Comedy', 'Fantasy'], [['Pirates', 95]], ['Toei Animation']),
  /** On no catalog page: an entry the catalog cannot map. */
  unknown: anime(999_001, 999_001, 'Not In The Catalog', ['Action'], []),
};

/** Likes mecha and sci-fi (Sunrise), dropped Clannad, watches Made in Abyss, plans Naruto. */
export const ANILIST_ACCOUNT: FakeAccount = {
  token: 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.anilist-test-token-3f9c41d2a7b8',
  id: 5001,
  name: 'ann_on_anilist',
  entries: [
    { anime: LIST_ANIME.cowboyBebop, status: 'COMPLETED', score: 9.5 },
    { anime: LIST_ANIME.codeGeass, status: 'COMPLETED', score: 9 },
    { anime: LIST_ANIME.evangelion, status: 'COMPLETED', score: 8.5 },
    { anime: LIST_ANIME.clannad, status: 'DROPPED', score: 3 },
    { anime: LIST_ANIME.yuruCamp, status: 'COMPLETED', score: 4 },
    { anime: LIST_ANIME.madeInAbyss, status: 'CURRENT', score: 0 },
    { anime: LIST_ANIME.naruto, status: 'PLANNING', score: 0 },
    { anime: LIST_ANIME.unknown, status: 'COMPLETED', score: 7 },
  ],
};

/** Likes thrillers; dropped One Piece; plans Mononoke Hime. Five entries: three pages of two. */
export const MAL_ACCOUNT: FakeAccount = {
  token: 'mal-test-token-8b2e61d0c3f54a9e',
  id: 7002,
  name: 'ann_on_mal',
  entries: [
    { anime: LIST_ANIME.steinsGate, status: 'COMPLETED', score: 9 },
    { anime: LIST_ANIME.deathNote, status: 'COMPLETED', score: 8 },
    { anime: LIST_ANIME.cowboyBebop, status: 'COMPLETED', score: 10 },
    { anime: LIST_ANIME.onePiece, status: 'DROPPED', score: 0 },
    { anime: LIST_ANIME.mononokeHime, status: 'PLANNING', score: 0 },
  ],
};

/** An account whose list is empty. */
export const EMPTY_ANILIST_ACCOUNT: FakeAccount = {
  token: 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.anilist-empty-list-token-77c1e0',
  id: 5002,
  name: 'empty_on_anilist',
  entries: [],
};

export const FAKE_ACCOUNTS = [ANILIST_ACCOUNT, MAL_ACCOUNT, EMPTY_ANILIST_ACCOUNT];

/** The account a request's `Authorization: Bearer <token>` names: undefined without one, null for a token no account has. */
export function accountOf(authorization: string | string[] | undefined, accounts: readonly FakeAccount[]): FakeAccount | null | undefined {
  if (typeof authorization !== 'string') return undefined;
  const token = /^Bearer (.+)$/.exec(authorization)?.[1];
  return accounts.find((account) => account.token === token) ?? null;
}
