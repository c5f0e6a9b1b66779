// An AniList account read with its owner's token (POST ANILIST_URL, `Authorization: Bearer`): who it
// is (`Viewer`), then its anime list (`MediaListCollection`, in chunks of 500). AniList answers an
// invalid or expired token with HTTP 400 "Invalid token", and a query it may not answer without one
// with 401 "Unauthorized.".
import {
  LinkedPlatformError,
  platformRequest,
  TokenRefusedError,
  type PlatformAccount,
  type PlatformRequestSettings,
} from './platform-request.js';
import type { ListEntry, ListStatus } from './taste.js';

const VIEWER = 'query LinkedViewer { Viewer { id name } }';

const LISTS = `query LinkedLists($userId: Int!, $chunk: Int!) {
  MediaListCollection(userId: $userId, type: ANIME, chunk: $chunk, perChunk: 500) {
    hasNextChunk
    lists {
      isCustomList
      entries {
        status
        score(format: POINT_100)
        media { id idMal genres tags { name rank isMediaSpoiler } studios(isMain: true) { nodes { name } } }
      }
    }
  }
}`;

/** A user's list has at most this many chunks read (5,000 anime). */
const MAX_CHUNKS = 10;
/** Tags AniList ranks lower than this (%) say little about the anime. */
const MIN_TAG_RANK = 50;

const STATUS: Record<string, ListStatus> = {
  CURRENT: 'WATCHING',
  REPEATING: 'COMPLETED',
  COMPLETED: 'COMPLETED',
  PAUSED: 'PAUSED',
  DROPPED: 'DROPPED',
  PLANNING: 'PLANNING',
};

interface AniListMedia {
  id: number;
  idMal: number | null;
  genres: (string | null)[] | null;
  tags: ({ name: string; rank: number | null; isMediaSpoiler: boolean | null } | null)[] | null;
  studios: { nodes: ({ name: string } | null)[] | null } | null;
}

interface AniListEntry {
  status: string | null;
  score: number | null;
  media: AniListMedia | null;
}

interface Collection {
  hasNextChunk: boolean | null;
  lists: ({ isCustomList: boolean | null; entries: (AniListEntry | null)[] | null } | null)[] | null;
}

export async function readAniListAccount(settings: PlatformRequestSettings & { url: string }, token: string): Promise<PlatformAccount> {
  const viewer = await ask<{ Viewer: { id: number; name: string } | null }>(settings, token, VIEWER, {});
  if (!viewer.Viewer || typeof viewer.Viewer.id !== 'number') {
    throw new LinkedPlatformError('ANILIST', 'UPSTREAM_UNAVAILABLE', 'answered without the Viewer asked for');
  }
  const entries: ListEntry[] = [];
  for (let chunk = 1; chunk <= MAX_CHUNKS; chunk++) {
    const { MediaListCollection: collection } = await ask<{ MediaListCollection: Collection | null }>(settings, token, LISTS, {
      userId: viewer.Viewer.id,
      chunk,
    });
    // Custom lists repeat entries of the status lists.
    for (const list of collection?.lists ?? []) if (list && !list.isCustomList) entries.push(...(list.entries ?? []).flatMap(entryOf));
    if (!collection?.hasNextChunk) break;
  }
  return { accountId: String(viewer.Viewer.id), accountName: viewer.Viewer.name, entries };
}

function entryOf(entry: AniListEntry | null): ListEntry[] {
  const status = entry?.status ? STATUS[entry.status] : undefined;
  if (!entry?.media || typeof entry.media.id !== 'number' || !status) return [];
  const { media } = entry;
  const tags = [
    ...(media.genres ?? []),
    ...(media.tags ?? []).filter((t) => t && !t.isMediaSpoiler && (t.rank ?? 0) >= MIN_TAG_RANK).map((t) => t!.name),
  ];
  return [
    {
      ref: `anilist:${media.id}`,
      status,
      score: entry.score ? Math.min(100, Math.max(0, entry.score)) : null,
      tags: tags.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase()),
      studios: (media.studios?.nodes ?? []).flatMap((s) => (s?.name ? [s.name.toLowerCase()] : [])),
    },
  ];
}

interface AniListBody<T> {
  data?: T | null;
  errors?: { message?: string; status?: number }[];
}

async function ask<T>(
  settings: PlatformRequestSettings & { url: string },
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const { status, json } = await platformRequest('ANILIST', settings, settings.url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (json ?? {}) as AniListBody<T>;
  const errors = Array.isArray(body.errors) ? body.errors : [];
  const message = typeof errors[0]?.message === 'string' ? errors[0].message : '';
  if (status === 401 || /invalid token|unauthorized/i.test(message)) {
    throw new TokenRefusedError('ANILIST', status, message ? `"${message.slice(0, 60)}"` : 'unauthorized');
  }
  if (status >= 400 || errors.length || !body.data) {
    throw new LinkedPlatformError(
      'ANILIST',
      'UPSTREAM_UNAVAILABLE',
      `answered ${status}${message ? ` ("${message.slice(0, 100)}")` : ''}`,
      {
        status,
      },
    );
  }
  return body.data;
}
