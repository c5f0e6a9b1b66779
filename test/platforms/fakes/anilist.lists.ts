// The AniList fake's authenticated side: `Viewer` (the token's account; 401 "Unauthorized." without a
// token) and `MediaListCollection` (a user's anime lists, grouped by status, in chunks), for the
// accounts of linked-accounts.fixture.ts. A token AniList does not know is refused before any query
// runs (fake: see anilist.fake.ts), as AniList does: HTTP 400 "Invalid token".
import type { FakeAccount, ListEntry, ListStatus } from './linked-accounts.fixture.js';

export interface ListsContext {
  /** The account of the request's token; undefined without one. */
  account: FakeAccount | undefined;
}

interface CollectionArgs {
  userId?: number | null;
  userName?: string | null;
  type?: string | null;
  status?: ListStatus | null;
  chunk?: number | null;
  perChunk?: number | null;
}

const FORMATS: Record<string, (score: number) => number> = {
  POINT_100: (s) => Math.round(s * 10),
  POINT_10_DECIMAL: (s) => s,
  POINT_10: (s) => Math.round(s),
  POINT_5: (s) => Math.round(s / 2),
  POINT_3: (s) => (s === 0 ? 0 : s >= 7.5 ? 3 : s >= 4 ? 2 : 1),
};

function mediaOf({ anime }: ListEntry) {
  return {
    id: anime.anilistId,
    idMal: anime.malId,
    type: 'ANIME',
    title: { romaji: () => anime.title, english: () => anime.title, native: () => null, userPreferred: anime.title },
    genres: anime.genres,
    tags: anime.tags.map((tag, i) => ({ id: 100 + i, name: tag.name, rank: tag.rank, isMediaSpoiler: false, category: 'Theme' })),
    studios: ({ isMain }: { isMain?: boolean | null }) => ({
      nodes: anime.studios.map((name, i) => ({ id: 10 + i, name, isAnimationStudio: isMain !== false })),
    }),
  };
}

function listEntry(account: FakeAccount, entry: ListEntry, index: number) {
  return {
    id: account.id * 1000 + index,
    userId: account.id,
    mediaId: entry.anime.anilistId,
    status: entry.status,
    // The user's own format (POINT_10_DECIMAL here) unless one is asked for.
    score: ({ format }: { format?: string | null }) => FORMATS[format ?? 'POINT_10_DECIMAL'](entry.score),
    progress: 0,
    media: mediaOf(entry),
  };
}

export function listsRoot(accounts: readonly FakeAccount[], maxPerChunk: number, fail: (message: string, status: number) => Error) {
  return {
    Viewer(_args: unknown, context: ListsContext) {
      if (!context.account) throw fail('Unauthorized.', 401);
      return { id: context.account.id, name: context.account.name };
    },
    MediaListCollection(args: CollectionArgs) {
      const account = accounts.find((a) => a.id === args.userId || a.name === args.userName);
      if (!account) throw fail('User not found', 404);
      if (args.type && args.type !== 'ANIME') return { lists: [], hasNextChunk: false, user: { id: account.id, name: account.name } };
      const perChunk = Math.min(Math.max(args.perChunk ?? 500, 1), maxPerChunk);
      const chunk = Math.max(args.chunk ?? 1, 1);
      const entries = account.entries
        .map((entry, index) => ({ entry, item: listEntry(account, entry, index) }))
        .filter(({ entry }) => !args.status || entry.status === args.status);
      const slice = entries.slice((chunk - 1) * perChunk, chunk * perChunk);
      const statuses = [...new Set(slice.map(({ entry }) => entry.status))];
      const lists: { name: string; isCustomList: boolean; isSplitCompletedList: boolean; status: ListStatus; entries: unknown[] }[] =
        statuses.map((status) => ({
          name: status,
          isCustomList: false,
          isSplitCompletedList: false,
          status,
          entries: slice.filter(({ entry }) => entry.status === status).map(({ item }) => item),
        }));
      // A custom list repeats entries of the status lists, as AniList's do.
      if (slice.length)
        lists.push({
          name: 'Favourites',
          isCustomList: true,
          isSplitCompletedList: false,
          status: slice[0].entry.status,
          entries: [slice[0].item],
        });
      return { lists, hasNextChunk: entries.length > chunk * perChunk, user: { id: account.id, name: account.name } };
    },
  };
}
