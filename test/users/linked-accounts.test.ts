// Linked platform accounts through the gateway, on both database backends: a user links their
// AniList and MyAnimeList accounts (the platforms, faked on 127.0.0.1, vouch for the tokens and list
// their anime), sees them without their tokens, gets their taste merged with their preferences, and
// recommendations without `liked` drawn from it that leave out everything they have seen. Every log
// line and every answer is checked for the tokens at the end.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execute, parse, type ExecutionResult } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../lib/config.js';
import { createLogger } from '../../lib/logger.js';
import { startStandalone, type RunningSubgraph } from '../../lib/standalone.js';
import type { Subgraph } from '../../lib/subgraph.js';
import { runWithViewer } from '../../lib/users/current-viewer.js';
import { signViewer, VIEWER_HEADER, type Viewer } from '../../lib/users/viewer-header.js';
import { createCatalogSubgraph } from '../../subgraphs/catalog/subgraph.js';
import { createUsersSubgraph } from '../../subgraphs/users/subgraph.js';
import { writeFixtureCatalog } from '../fixtures/catalog.fixture.js';
import { postGraphQL, startTestApp, type GraphQLResponse, type TestApp } from '../helpers/app.js';
import { freshPostgresDatabase, type ScratchDatabase } from '../helpers/postgres.js';
import { startAniListFake } from '../platforms/fakes/anilist.fake.js';
import type { FakePlatform } from '../platforms/fakes/fake-server.js';
import { ANILIST_ACCOUNT, EMPTY_ANILIST_ACCOUNT, LIST_ANIME, MAL_ACCOUNT } from '../platforms/fakes/linked-accounts.fixture.js';
import { startMalApiFake } from '../platforms/fakes/mal-api.fake.js';

const ADMIN_API_KEY = 'admin-key-for-the-linked-account-tests';
const MAL_CLIENT_ID = 'anigraph-test-client-id';
const BAD_ANILIST_TOKEN = 'eyJ0eXAiOiJKV1QifQ.a-token-anilist-never-issued-5a5a5a';
const BAD_MAL_TOKEN = 'mal-token-that-expired-long-ago-6b6b6b';
/** Every token a test sends: none may show up in a log line or an answer. */
const TOKENS = [ANILIST_ACCOUNT.token, MAL_ACCOUNT.token, EMPTY_ANILIST_ACCOUNT.token, BAD_ANILIST_TOKEN, BAD_MAL_TOKEN];

const LINK = `mutation Link($platform: LinkedPlatform!, $token: String!) {
  linkPlatformAccount(platform: $platform, token: $token) {
    platform accountId accountName linkedAt syncedAt
    taste { favouriteTags favouriteStudios meanScore scored completed entries }
  }
}`;
const RECOMMEND = `query Recommend($liked: [ID!], $first: Int) {
  recommendations(liked: $liked, first: $first) { anime { id title tags } because { id } sharedTags }
}`;

describe.each(['pglite', 'postgres'] as const)('linked accounts through the gateway on %s', (backend) => {
  let scratch: ScratchDatabase | undefined;
  let anilist: FakePlatform;
  let mal: FakePlatform;
  let t: TestApp;
  /** Every answer's body, as sent. */
  const answers: string[] = [];

  const gql = async <T = any>(query: string, variables?: Record<string, unknown>, key?: string): Promise<GraphQLResponse<T>> => {
    const response = await t.gql<T>(query, variables, key ? { authorization: `Bearer ${key}` } : {});
    answers.push(JSON.stringify(response.body));
    return response;
  };
  const ok = async (query: string, variables: Record<string, unknown> | undefined, key: string) => {
    const { body } = await gql(query, variables, key);
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const newUser = async (name: string): Promise<{ id: string; key: string }> => {
    const { createUser } = await ok('mutation($name: String!) { createUser(name: $name) { id } }', { name }, ADMIN_API_KEY);
    const { createApiKey } = await ok(
      'mutation($id: ID!) { createApiKey(name: "k", userId: $id) { key } }',
      { id: createUser.id },
      ADMIN_API_KEY,
    );
    return { id: createUser.id, key: createApiKey.key };
  };
  const linked = async (key: string) => (await ok('{ viewer { linkedAccounts { platform accountId } } }', {}, key)).viewer.linkedAccounts;

  beforeAll(async () => {
    // Small chunks and pages, so that the clients read a list in several requests.
    [anilist, mal] = await Promise.all([startAniListFake({ maxPerChunk: 3 }), startMalApiFake({ maxLimit: 2 })]);
    scratch = backend === 'postgres' ? await freshPostgresDatabase() : undefined;
    t = await startTestApp({
      ANIME_DB_PATH: writeFixtureCatalog().catalogPath,
      ADMIN_API_KEY,
      CREDENTIALS_KEY: randomBytes(32).toString('base64'),
      ANILIST_URL: anilist.url,
      MAL_API_URL: mal.url,
      MAL_CLIENT_ID,
      PLATFORM_TIMEOUT_MS: '300',
      ...(scratch ? { DATABASE_URL: scratch.url } : {}),
    });
  });
  afterAll(async () => {
    await t?.close();
    await Promise.all([anilist?.close(), mal?.close()]);
    await scratch?.drop();
  });

  let ann: { id: string; key: string };

  it('links an AniList account: AniList vouches for the token, and its list becomes a taste', async () => {
    ann = await newUser('Ann');
    anilist.requests.length = 0;
    const { linkPlatformAccount } = await ok(LINK, { platform: 'ANILIST', token: ANILIST_ACCOUNT.token }, ann.key);
    expect(linkPlatformAccount).toMatchObject({
      platform: 'ANILIST',
      accountId: '5001',
      accountName: 'ann_on_anilist',
      taste: { meanScore: 68.3, scored: 6, completed: 5, entries: 8 },
    });
    expect(linkPlatformAccount.syncedAt).toBe(linkPlatformAccount.linkedAt);
    expect(linkPlatformAccount.taste.favouriteTags.slice(0, 3)).toEqual(expect.arrayContaining(['sci-fi', 'action']));
    expect(linkPlatformAccount.taste.favouriteTags).toContain('mecha');
    expect(linkPlatformAccount.taste.favouriteTags).not.toContain('slice of life');
    expect(linkPlatformAccount.taste.favouriteStudios[0]).toBe('sunrise');
    // The Viewer, then the list in chunks of 3 (8 entries): each with the token, as AniList documents.
    const bodies = anilist.requests.map((r) => JSON.parse(r.body) as { query: string; variables: Record<string, unknown> });
    expect(bodies[0].query).toMatch(/Viewer\s*{\s*id\s+name\s*}/);
    expect(bodies.slice(1).map((b) => b.variables)).toEqual([1, 2, 3].map((chunk) => ({ userId: 5001, chunk })));
    for (const request of anilist.requests) expect(request.headers.authorization).toBe(`Bearer ${ANILIST_ACCOUNT.token}`);
  });

  it('links a MyAnimeList account through its API v2: users/@me, then every page of the list', async () => {
    mal.requests.length = 0;
    const { linkPlatformAccount } = await ok(LINK, { platform: 'MYANIMELIST', token: MAL_ACCOUNT.token }, ann.key);
    expect(linkPlatformAccount).toMatchObject({ platform: 'MYANIMELIST', accountId: '7002', accountName: 'ann_on_mal' });
    expect(linkPlatformAccount.taste).toMatchObject({ scored: 3, completed: 3, entries: 5, meanScore: 90 });
    expect(mal.requests.map((r) => r.path)).toEqual(['/v2/users/@me', ...Array(3).fill('/v2/users/@me/animelist')]);
    expect(mal.requests.map((r) => r.query.get('offset'))).toEqual([null, null, '2', '4']);
    expect(mal.requests[1].query.get('fields')).toBe('list_status,genres,studios');
    for (const request of mal.requests) {
      expect(request.headers.authorization).toBe(`Bearer ${MAL_ACCOUNT.token}`);
      expect(request.headers['x-mal-client-id']).toBe(MAL_CLIENT_ID);
    }
    expect(await linked(ann.key)).toEqual([
      { platform: 'ANILIST', accountId: '5001' },
      { platform: 'MYANIMELIST', accountId: '7002' },
    ]);
  });

  it('refuses a token the platform refuses, with BAD_USER_INPUT naming the platform, and stores nothing', async () => {
    const ben = await newUser('Ben');
    for (const [platform, token, status] of [
      ['ANILIST', BAD_ANILIST_TOKEN, 400],
      ['MYANIMELIST', BAD_MAL_TOKEN, 401],
    ] as const) {
      const { body } = await gql(LINK, { platform, token }, ben.key);
      expect(body.data).toBeNull();
      expect(body.errors?.[0]).toMatchObject({
        path: ['linkPlatformAccount'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'token', source: platform, status },
      });
      expect(body.errors?.[0].message).toMatch(/refused the token/);
    }
    expect(await linked(ben.key)).toEqual([]);
  });

  it('refuses a token that cannot be one before sending it anywhere, without quoting it', async () => {
    const cy = await newUser('Cy');
    anilist.requests.length = 0;
    const { body } = await gql(LINK, { platform: 'ANILIST', token: `${BAD_ANILIST_TOKEN}\r\nX-Injected: 1` }, cy.key);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'token' });
    expect(anilist.requests).toEqual([]);
  });

  it('takes the token inline or under any variable name; an empty list gives no liked anime to start from', async () => {
    const gil = await newUser('Gil');
    const inline = await ok(
      `mutation { linkPlatformAccount(platform: ANILIST, token: "${EMPTY_ANILIST_ACCOUNT.token}") { accountName taste { entries } } }`,
      {},
      gil.key,
    );
    expect(inline.linkPlatformAccount).toEqual({ accountName: 'empty_on_anilist', taste: { entries: 0 } });
    const renamed = await ok(
      'mutation($t: String!) { linkPlatformAccount(platform: ANILIST, token: $t) { accountId } }',
      { t: EMPTY_ANILIST_ACCOUNT.token },
      gil.key,
    );
    expect(renamed.linkPlatformAccount.accountId).toBe('5002');
    const { body } = await gql(RECOMMEND, {}, gil.key);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'liked' });
    expect(body.errors?.[0].message).toMatch(/name no anime you rated well/);
  });

  it('says which platform is down or slow, and stores nothing', async () => {
    const dee = await newUser('Dee');
    anilist.fail('server-error', Infinity);
    mal.fail('slow', Infinity, { slowMs: 2_000 });
    try {
      const down = await gql(LINK, { platform: 'ANILIST', token: ANILIST_ACCOUNT.token }, dee.key);
      expect(down.body.errors?.[0].extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', source: 'ANILIST', status: 500 });
      const slow = await gql(LINK, { platform: 'MYANIMELIST', token: MAL_ACCOUNT.token }, dee.key);
      expect(slow.body.errors?.[0].extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT', source: 'MYANIMELIST' });
    } finally {
      anilist.heal();
      mal.heal();
    }
    expect(await linked(dee.key)).toEqual([]);
  });

  it("merges the linked lists' taste with the preferences the user set: theirs first, their excluded tags win", async () => {
    await ok('mutation { setPreferences(input: { favouriteTags: ["space"], excludedTags: ["drama"] }) { id } }', {}, ann.key);
    const { viewer } = await ok(
      '{ viewer { taste { favouriteTags favouriteStudios excludedTags likedAnime dislikedAnime seenAnime linkedPlatforms } } }',
      {},
      ann.key,
    );
    const { taste } = viewer;
    expect(taste.favouriteTags[0]).toBe('space');
    expect(taste.favouriteTags).toEqual(expect.arrayContaining(['sci-fi', 'mecha', 'military']));
    expect(taste.favouriteTags).not.toContain('drama');
    expect(taste.excludedTags).toEqual(['drama']);
    expect(taste.favouriteStudios).toContain('sunrise');
    expect(taste.likedAnime.slice(0, 2)).toEqual(['anilist:1', 'mal:1']);
    expect(taste.likedAnime).toEqual(expect.arrayContaining(['anilist:1575', 'anilist:30', 'mal:9253']));
    expect(taste.likedAnime).not.toContain('mal:1535'); // scored below that list's mean
    expect(taste.dislikedAnime.sort()).toEqual(['anilist:2167', 'anilist:98444', 'mal:21']);
    expect(taste.seenAnime).toEqual(expect.arrayContaining(['anilist:97986', 'mal:21', 'mal:9253']));
    expect(taste.seenAnime).not.toContain('anilist:20');
    expect(taste.seenAnime).not.toContain('mal:164');
    expect(taste.linkedPlatforms).toEqual(['ANILIST', 'MYANIMELIST']);
    // Back to no explicit preferences for the recommendations below.
    await ok('mutation { setPreferences(input: { favouriteTags: [], excludedTags: [] }) { id } }', {}, ann.key);
  });

  const SEEN = [
    LIST_ANIME.cowboyBebop,
    LIST_ANIME.codeGeass,
    LIST_ANIME.evangelion,
    LIST_ANIME.clannad,
    LIST_ANIME.yuruCamp,
    LIST_ANIME.madeInAbyss,
    LIST_ANIME.steinsGate,
    LIST_ANIME.deathNote,
    LIST_ANIME.onePiece,
  ].map((a) => a.aniGraphId);
  const idsOf = (data: { recommendations: { anime: { id: string } }[] }) => data.recommendations.map((s) => s.anime.id);

  it('recommends from the taste when a signed-in user gives no liked: nothing they have seen, what their favourite tags have first', async () => {
    const data = await ok(RECOMMEND, { first: 30 }, ann.key);
    const ids = idsOf(data);
    expect(ids.length).toBeGreaterThan(10);
    // Made in Abyss is on AniList as 97986 and in the catalog as mal-34599: mapped through its sources.
    expect(ids.filter((id) => SEEN.includes(id))).toEqual([]);
    // What the lists' favourite tags have comes first; the one unseen mecha show is there.
    const { viewer } = await ok('{ viewer { taste { favouriteTags } } }', {}, ann.key);
    const top = viewer.taste.favouriteTags.slice(0, 5);
    expect(data.recommendations[0].anime.tags.filter((tag: string) => top.includes(tag)).length).toBeGreaterThanOrEqual(2);
    expect(ids).toContain('mal-2001');
    // Planned is not seen.
    expect(ids).toEqual(expect.arrayContaining([LIST_ANIME.naruto.aniGraphId, LIST_ANIME.mononokeHime.aniGraphId]));
    const liked = [LIST_ANIME.cowboyBebop, LIST_ANIME.codeGeass, LIST_ANIME.evangelion, LIST_ANIME.steinsGate].map((a) => a.aniGraphId);
    for (const suggestion of data.recommendations) expect(liked).toContain(suggestion.because.id);
  });

  it('leaves out the tags the user excludes, whatever their lists say', async () => {
    await ok('mutation { setPreferences(input: { excludedTags: ["comedy"] }) { id } }', {}, ann.key);
    try {
      const { recommendations } = await ok(RECOMMEND, { first: 10 }, ann.key);
      expect(recommendations.length).toBeGreaterThan(0);
      for (const suggestion of recommendations) expect(suggestion.anime.tags).not.toContain('comedy');
      expect(idsOf({ recommendations })).not.toContain('mal-2001');
    } finally {
      await ok('mutation { setPreferences(input: { excludedTags: [] }) { id } }', {}, ann.key);
    }
  });

  it("never serves one user's recommendations to another from the response cache", async () => {
    const eve = await newUser('Eve');
    await ok(LINK, { platform: 'MYANIMELIST', token: MAL_ACCOUNT.token }, eve.key);
    const first = await gql(RECOMMEND, { first: 10 }, ann.key);
    const again = await gql(RECOMMEND, { first: 10 }, ann.key);
    const other = await gql(RECOMMEND, { first: 10 }, eve.key);
    for (const { body } of [first, again, other]) expect(body.extensions?.responseCache).toMatchObject({ hit: false, didCache: false });
    expect(idsOf(other.body.data)).not.toEqual(idsOf(first.body.data));
    // Eve's list has Code Geass nowhere: it may be suggested to her, never to Ann.
    expect(idsOf(other.body.data)).toContain(LIST_ANIME.codeGeass.aniGraphId);
    // With liked surely given, answers are everyone's and still cached.
    const withLiked = 'query($liked: [ID!]!) { recommendations(liked: $liked, first: 5) { anime { id } } }';
    const liked = { liked: [LIST_ANIME.codeGeass.aniGraphId] };
    await gql(withLiked, liked, ann.key);
    expect((await gql(withLiked, liked, eve.key)).body.extensions?.responseCache).toMatchObject({ hit: true });
  });

  it('syncs an account: the list is read again with the stored token', async () => {
    anilist.requests.length = 0;
    const { syncPlatformAccount } = await ok(
      'mutation { syncPlatformAccount(platform: ANILIST) { accountName linkedAt syncedAt taste { entries } } }',
      {},
      ann.key,
    );
    expect(syncPlatformAccount.taste.entries).toBe(8);
    expect(Date.parse(syncPlatformAccount.syncedAt)).toBeGreaterThanOrEqual(Date.parse(syncPlatformAccount.linkedAt));
    expect(anilist.requests.length).toBe(4);
    for (const request of anilist.requests) expect(request.headers.authorization).toBe(`Bearer ${ANILIST_ACCOUNT.token}`);
  });

  it('exports the linked accounts with their taste, never a token', async () => {
    const { exportMyData } = await ok(
      'mutation { exportMyData { user { linkedAccounts { platform accountName } } document } }',
      {},
      ann.key,
    );
    expect(exportMyData.user.linkedAccounts.map((a: { platform: string }) => a.platform)).toEqual(['ANILIST', 'MYANIMELIST']);
    const document = JSON.parse(exportMyData.document);
    expect(document.linkedAccounts).toEqual([
      expect.objectContaining({ platform: 'ANILIST', accountId: '5001', taste: expect.objectContaining({ liked: expect.any(Array) }) }),
      expect.objectContaining({ platform: 'MYANIMELIST', accountId: '7002' }),
    ]);
    expect(exportMyData.document).not.toMatch(/sealed|keyId/i);
  });

  it('unlinks an account: it is gone, and so is what it said of the taste', async () => {
    const { unlinkPlatformAccount } = await ok(
      'mutation { unlinkPlatformAccount(platform: MYANIMELIST) { platform accountId } }',
      {},
      ann.key,
    );
    expect(unlinkPlatformAccount).toEqual({ platform: 'MYANIMELIST', accountId: '7002' });
    expect(await linked(ann.key)).toEqual([{ platform: 'ANILIST', accountId: '5001' }]);
    const { viewer } = await ok('{ viewer { taste { seenAnime linkedPlatforms } } }', {}, ann.key);
    expect(viewer.taste.linkedPlatforms).toEqual(['ANILIST']);
    expect(viewer.taste.seenAnime.filter((ref: string) => ref.startsWith('mal:'))).toEqual([]);
    const again = await gql('mutation { unlinkPlatformAccount(platform: MYANIMELIST) { platform } }', {}, ann.key);
    expect(again.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await ok('mutation { unlinkPlatformAccount(platform: ANILIST) { platform } }', {}, ann.key);
    const without = await gql(RECOMMEND, {}, ann.key);
    expect(without.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'liked' });
  });

  it('refuses the linked-account fields to an anonymous caller', async () => {
    for (const query of [
      'mutation { unlinkPlatformAccount(platform: ANILIST) { platform } }',
      'mutation { syncPlatformAccount(platform: ANILIST) { platform } }',
    ]) {
      expect((await gql(query)).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await gql(LINK, { platform: 'ANILIST', token: ANILIST_ACCOUNT.token })).body.errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('answers an anonymous caller without liked with BAD_USER_INPUT, and keeps recommendations with liked as they were', async () => {
    await ok(LINK, { platform: 'ANILIST', token: ANILIST_ACCOUNT.token }, ann.key);
    const anonymous = await gql(RECOMMEND, {});
    expect(anonymous.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'liked' } });
    expect(anonymous.body.errors?.[0].message).toMatch(/give the ids of anime you liked, or sign in/);
    // With liked, the caller's lists change nothing: what they have seen may be suggested.
    const liked = { liked: [LIST_ANIME.codeGeass.aniGraphId], first: 10 };
    const asAnn = await ok(RECOMMEND, liked, ann.key);
    const asNobody = (await gql(RECOMMEND, liked)).body.data;
    expect(asAnn).toEqual(asNobody);
    expect(asAnn.recommendations.map((s: { anime: { id: string } }) => s.anime.id)).toContain(LIST_ANIME.evangelion.aniGraphId);
  });

  it('writes no token into a log line, an error or an answer', async () => {
    expect(t.logs.length).toBeGreaterThan(10);
    expect(answers.length).toBeGreaterThan(30);
    const logs = JSON.stringify(t.logs);
    const sent = answers.join('\n');
    for (const token of TOKENS) {
      expect(logs).not.toContain(token);
      expect(sent).not.toContain(token);
      // Nor a recognisable piece of one.
      expect(sent).not.toContain(token.slice(-12));
      expect(logs).not.toContain(token.slice(-12));
    }
    if (scratch) {
      const client = new pg.Client({ connectionString: scratch.url });
      await client.connect();
      try {
        const { rows } = await client.query('SELECT * FROM linked_accounts');
        expect(rows.length).toBeGreaterThan(0);
        for (const token of TOKENS) expect(JSON.stringify(rows)).not.toContain(token);
      } finally {
        await client.end();
      }
    }
  });
});

describe('recommendations from a taste across processes (distributed mode)', () => {
  const GATEWAY_SECRET = 'the-gateway-secret-of-the-linked-tests';
  const log = createLogger('silent');
  let anilist: FakePlatform;
  let users: RunningSubgraph;
  let catalog: Subgraph;

  beforeAll(async () => {
    anilist = await startAniListFake();
    const usersConfig = loadConfig({
      HOST: '127.0.0.1',
      USERS_PORT: '0',
      DATABASE_DIR: 'memory://',
      ADMIN_API_KEY,
      GATEWAY_SECRET,
      CREDENTIALS_KEY: randomBytes(32).toString('base64'),
      ANILIST_URL: anilist.url,
    });
    users = await startStandalone({ name: 'users', create: createUsersSubgraph, port: (c) => c.USERS_PORT }, usersConfig, log);
    await users.started;
    // Built alone, as its own process builds it: it reaches the users subgraph over HTTP.
    const catalogConfig = loadConfig({
      ANIME_DB_PATH: writeFixtureCatalog().catalogPath,
      CATALOG_AUTO_DOWNLOAD: 'false',
      CATALOG_UPDATE_INTERVAL: '0',
      SEMANTIC_SEARCH: 'false',
      IMAGE_SEARCH: 'false',
      VECTOR_CACHE_DIR: mkdtempSync(join(tmpdir(), 'anigraph-vectors-')),
      USERS_SUBGRAPH_URL: users.url,
      GATEWAY_SECRET,
    });
    catalog = await createCatalogSubgraph(catalogConfig, log);
    await catalog.start();
  });
  afterAll(async () => {
    await catalog?.close();
    await users?.stop();
    await anilist?.close();
  });

  const as = (viewer: Viewer) => ({ [VIEWER_HEADER]: signViewer(viewer, GATEWAY_SECRET) });
  const recommend = (viewer: Viewer | undefined) => {
    const run = () =>
      execute({ schema: catalog.schema, document: parse(RECOMMEND), variableValues: { first: 30 }, contextValue: catalog.createContext() });
    return (viewer ? runWithViewer(viewer, run) : run()) as Promise<ExecutionResult<any>>;
  };

  it("asks the users subgraph at USERS_SUBGRAPH_URL for the caller's taste, as the caller, signed with GATEWAY_SECRET", async () => {
    const admin: Viewer = { userId: null, tier: 'FREE', keyId: null, admin: true };
    const created = await postGraphQL(users.url, 'mutation { createUser(name: "Hal") { id } }', {}, as(admin));
    const hal: Viewer = { userId: created.body.data.createUser.id, tier: 'FREE', keyId: null, admin: false };
    const link = await postGraphQL(
      users.url,
      'mutation($t: String!) { linkPlatformAccount(platform: ANILIST, token: $t) { accountId } }',
      { t: ANILIST_ACCOUNT.token },
      as(hal),
    );
    expect(link.body.data).toEqual({ linkPlatformAccount: { accountId: '5001' } });

    const result = await recommend(hal);
    expect(result.errors).toBeUndefined();
    const ids = result.data!.recommendations.map((s: { anime: { id: string } }) => s.anime.id);
    const seen = [LIST_ANIME.cowboyBebop, LIST_ANIME.codeGeass, LIST_ANIME.evangelion, LIST_ANIME.clannad, LIST_ANIME.madeInAbyss];
    expect(ids.length).toBeGreaterThan(3);
    expect(ids.filter((id: string) => seen.some((a) => a.aniGraphId === id))).toEqual([]);

    // Another user, unknown there, has no taste; no caller at all must give liked.
    const stranger = await recommend({ ...hal, userId: randomUUID() });
    expect(stranger.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'liked' });
    expect((await recommend(undefined)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'liked' });
  });
});
