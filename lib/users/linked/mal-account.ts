// A MyAnimeList account read with its owner's token through the official API v2 (MAL_API_URL,
// `Authorization: Bearer`, and `X-MAL-CLIENT-ID` when MAL_CLIENT_ID is set): who it is
// (`GET /users/@me`), then its anime list (`GET /users/@me/animelist`, 1,000 a page, following
// `paging.next`). The API answers an invalid or expired token with 401 `{"error":"invalid_token"}`.
import {
  LinkedPlatformError,
  platformRequest,
  TokenRefusedError,
  type PlatformAccount,
  type PlatformRequestSettings,
} from './platform-request.js';
import type { ListEntry, ListStatus } from './taste.js';

/** A list has at most this many pages read (20,000 anime). */
const MAX_PAGES = 20;

const STATUS: Record<string, ListStatus> = {
  watching: 'WATCHING',
  completed: 'COMPLETED',
  on_hold: 'PAUSED',
  dropped: 'DROPPED',
  plan_to_watch: 'PLANNING',
};

export interface MalSettings extends PlatformRequestSettings {
  url: string;
  clientId?: string;
}

interface MalListItem {
  node?: { id?: number; genres?: { name?: string }[]; studios?: { name?: string }[] };
  list_status?: { status?: string; score?: number; is_rewatching?: boolean };
}

export async function readMalAccount(settings: MalSettings, token: string): Promise<PlatformAccount> {
  const base = settings.url.replace(/\/$/, '');
  const me = (await get(settings, token, `${base}/users/@me`)) as { id?: unknown; name?: unknown };
  if (typeof me.id !== 'number' || typeof me.name !== 'string') {
    throw new LinkedPlatformError('MYANIMELIST', 'UPSTREAM_UNAVAILABLE', 'answered users/@me without an id and name');
  }
  const entries: ListEntry[] = [];
  let next: string | undefined = `${base}/users/@me/animelist?fields=list_status,genres,studios&limit=1000&nsfw=true`;
  for (let page = 0; next && page < MAX_PAGES; page++) {
    const body = (await get(settings, token, next)) as { data?: MalListItem[]; paging?: { next?: string } };
    entries.push(...(Array.isArray(body.data) ? body.data : []).flatMap(entryOf));
    // The token goes only to the API it was given for, whatever a `next` link says.
    next = typeof body.paging?.next === 'string' && body.paging.next.startsWith(`${base}/`) ? body.paging.next : undefined;
  }
  return { accountId: String(me.id), accountName: me.name, entries };
}

function entryOf(item: MalListItem): ListEntry[] {
  const status = item.list_status?.status ? STATUS[item.list_status.status] : undefined;
  if (typeof item.node?.id !== 'number' || !status) return [];
  const score = item.list_status?.score;
  return [
    {
      ref: `mal:${item.node.id}`,
      status: item.list_status?.is_rewatching ? 'COMPLETED' : status,
      score: typeof score === 'number' && score > 0 ? Math.min(10, score) * 10 : null,
      tags: (item.node.genres ?? []).flatMap((g) => (typeof g?.name === 'string' ? [g.name.toLowerCase()] : [])),
      studios: (item.node.studios ?? []).flatMap((s) => (typeof s?.name === 'string' ? [s.name.toLowerCase()] : [])),
    },
  ];
}

async function get(settings: MalSettings, token: string, url: string): Promise<unknown> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'application/json' };
  if (settings.clientId) headers['x-mal-client-id'] = settings.clientId;
  const { status, json } = await platformRequest('MYANIMELIST', settings, url, { headers });
  const error = (json ?? {}) as { error?: unknown; message?: unknown };
  if (status === 401)
    throw new TokenRefusedError('MYANIMELIST', 401, typeof error.error === 'string' ? error.error.slice(0, 40) : 'unauthorized');
  if (status >= 400) {
    const what = typeof error.error === 'string' ? ` (${error.error.slice(0, 60)})` : '';
    throw new LinkedPlatformError('MYANIMELIST', 'UPSTREAM_UNAVAILABLE', `answered ${status}${what}`, { status });
  }
  return json;
}
