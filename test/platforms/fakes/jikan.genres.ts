// MAL's anime genre table as /genres/anime lists it (ids are MAL's; counts are of the order MAL shows).

export type GenreFilter = 'genres' | 'explicit_genres' | 'themes' | 'demographics';

export interface MalGenre {
  mal_id: number;
  name: string;
  count: number;
  group: GenreFilter;
}

const table: [GenreFilter, number, string, number][] = [
  ['genres', 1, 'Action', 5121],
  ['genres', 2, 'Adventure', 4102],
  ['genres', 5, 'Avant Garde', 912],
  ['genres', 46, 'Award Winning', 251],
  ['genres', 28, 'Boys Love', 183],
  ['genres', 4, 'Comedy', 7830],
  ['genres', 8, 'Drama', 3012],
  ['genres', 10, 'Fantasy', 6044],
  ['genres', 26, 'Girls Love', 121],
  ['genres', 47, 'Gourmet', 162],
  ['genres', 14, 'Horror', 604],
  ['genres', 7, 'Mystery', 951],
  ['genres', 22, 'Romance', 2133],
  ['genres', 24, 'Sci-Fi', 3318],
  ['genres', 36, 'Slice of Life', 2040],
  ['genres', 30, 'Sports', 853],
  ['genres', 37, 'Supernatural', 1702],
  ['genres', 41, 'Suspense', 472],
  ['explicit_genres', 9, 'Ecchi', 851],
  ['explicit_genres', 49, 'Erotica', 81],
  ['explicit_genres', 12, 'Hentai', 1603],
  ['themes', 50, 'Adult Cast', 752],
  ['themes', 58, 'Gore', 301],
  ['themes', 35, 'Harem', 480],
  ['themes', 13, 'Historical', 1402],
  ['themes', 62, 'Isekai', 301],
  ['themes', 17, 'Martial Arts', 623],
  ['themes', 18, 'Mecha', 1320],
  ['themes', 38, 'Military', 721],
  ['themes', 19, 'Music', 1490],
  ['themes', 40, 'Psychological', 412],
  ['themes', 23, 'School', 2201],
  ['themes', 29, 'Space', 640],
  ['themes', 31, 'Super Power', 701],
  ['themes', 78, 'Time Travel', 170],
  ['demographics', 43, 'Josei', 160],
  ['demographics', 15, 'Kids', 6540],
  ['demographics', 42, 'Seinen', 1101],
  ['demographics', 25, 'Shoujo', 512],
  ['demographics', 27, 'Shounen', 2152],
];

export const MAL_GENRES: readonly MalGenre[] = table.map(([group, mal_id, name, count]) => ({ group, mal_id, name, count }));

export function malGenre(name: string): MalGenre {
  const genre = MAL_GENRES.find((g) => g.name === name);
  if (!genre) throw new Error(`fixture uses a genre the MAL table lacks: ${name}`);
  return genre;
}
