// MyAnimeList's official API v2 (https://api.myanimelist.net/v2), the part an account is linked
// with: `GET /users/@me` and `GET /users/@me/animelist` (`fields`, `limit` up to 1000, `offset`,
// `paging.next` as a full URL), answered for the accounts of linked-accounts.fixture.ts by their
// bearer tokens. As the API documents: 401 `{"error":"invalid_token"}` for a missing, invalid or
// expired token, 400 for invalid parameters, 403 `{"error":"forbidden"}` when it suspects abuse.
import { json, proxyUnavailable, startFakeServer, type FakeOptions, type FakePlatform, type RecordedRequest } from './fake-server.js';
import { accountOf, FAKE_ACCOUNTS, type FakeAccount, type ListEntry, type ListStatus } from './linked-accounts.fixture.js';

export interface MalApiFakeOptions extends FakeOptions {
  /** The accounts whose tokens it accepts. Default: linked-accounts.fixture.ts. */
  accounts?: readonly FakeAccount[];
  /** The largest page it answers (the API: 1000), lower to make a client follow `paging.next`. */
  maxLimit?: number;
}

const STATUS: Record<ListStatus, string> = {
  CURRENT: 'watching',
  COMPLETED: 'completed',
  PAUSED: 'on_hold',
  DROPPED: 'dropped',
  PLANNING: 'plan_to_watch',
};

const invalidToken = () =>
  json(401, { error: 'invalid_token', message: 'token is invalid' }, { 'WWW-Authenticate': 'Bearer error="invalid_token"' });

function item(entry: ListEntry, fields: Set<string>) {
  const { anime } = entry;
  const node: Record<string, unknown> = {
    id: anime.malId,
    title: anime.title,
    main_picture: { medium: `https://cdn.myanimelist.net/images/anime/${anime.malId}.jpg` },
  };
  if (fields.has('genres')) node.genres = anime.genres.map((name, i) => ({ id: i + 1, name }));
  if (fields.has('studios')) node.studios = anime.studios.map((name, i) => ({ id: i + 1, name }));
  const listStatus = {
    status: STATUS[entry.status],
    score: Math.round(entry.score),
    num_episodes_watched: entry.status === 'COMPLETED' ? 12 : 0,
    is_rewatching: false,
    updated_at: '2024-05-01T12:00:00+00:00',
  };
  return fields.has('list_status') ? { node, list_status: listStatus } : { node };
}

function animeList(request: RecordedRequest, account: FakeAccount, baseUrl: () => string, maxLimit: number) {
  const limitText = request.query.get('limit');
  const offsetText = request.query.get('offset');
  const limit = limitText === null ? 100 : Number(limitText);
  const offset = offsetText === null ? 0 : Number(offsetText);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000 || !Number.isInteger(offset) || offset < 0) {
    return json(400, { error: 'invalid_parameters', message: 'limit must be 1 to 1000, offset 0 or more' });
  }
  const fields = new Set((request.query.get('fields') ?? '').split(',').map((f) => f.trim()));
  const size = Math.min(limit, maxLimit);
  const page = account.entries.slice(offset, offset + size).map((entry) => item(entry, fields));
  const paging: Record<string, string> = {};
  const link = (at: number) => {
    const query = new URLSearchParams(request.query);
    query.set('offset', String(at));
    return `${baseUrl()}/users/@me/animelist?${query}`;
  };
  if (offset + size < account.entries.length) paging.next = link(offset + size);
  if (offset > 0) paging.previous = link(Math.max(0, offset - size));
  return json(200, { data: page, paging });
}

export async function startMalApiFake(options: MalApiFakeOptions = {}): Promise<FakePlatform> {
  const accounts = options.accounts ?? FAKE_ACCOUNTS;
  const maxLimit = options.maxLimit ?? 1000;
  const fake: FakePlatform = await startFakeServer(
    {
      basePath: '/v2',
      handle(request) {
        if (request.method !== 'GET') return json(405, { error: 'method_not_allowed', message: '' });
        const account = accountOf(request.headers.authorization, accounts);
        if (!account) return invalidToken();
        if (request.path === '/v2/users/@me') {
          return json(200, { id: account.id, name: account.name, location: '', joined_at: '2015-03-02T06:03:11+00:00' });
        }
        if (request.path === '/v2/users/@me/animelist') return animeList(request, account, () => fake.url, maxLimit);
        return json(404, { error: 'not_found', message: '' });
      },
      failure(mode) {
        if (mode === 'unavailable') return proxyUnavailable();
        if (mode === 'server-error') return json(500, { error: 'internal_server_error', message: '' });
        return json(403, { error: 'forbidden', message: '' });
      },
    },
    options,
  );
  return fake;
}
