// The users subgraph: its own schema executed with the caller set as the gateway sets it
// (runWithViewer), on both database backends; then served alone over HTTP, where only a viewer header
// signed with GATEWAY_SECRET says who calls; and behind the gateway, whose response cache keeps none of it.
import { execute, parse, type ExecutionResult } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../lib/config.js';
import { sharedDatabase } from '../../lib/db/shared.js';
import { createLogger } from '../../lib/logger.js';
import { startStandalone, type RunningSubgraph } from '../../lib/standalone.js';
import type { Subgraph } from '../../lib/subgraph.js';
import { hashApiKey } from '../../lib/users/api-key.js';
import { runWithViewer } from '../../lib/users/current-viewer.js';
import { UserStore } from '../../lib/users/user-store.js';
import { ANONYMOUS, signViewer, VIEWER_HEADER, type Viewer } from '../../lib/users/viewer-header.js';
import { createUsersSubgraph } from '../../subgraphs/users/subgraph.js';
import { writeFixtureCatalog } from '../fixtures/catalog.fixture.js';
import { postGraphQL, startTestApp, type TestApp } from '../helpers/app.js';
import { freshPostgresDatabase, type ScratchDatabase } from '../helpers/postgres.js';

const log = createLogger('silent');
const ADMIN_API_KEY = 'admin-key-for-the-tests-0123456789';
const ADMIN: Viewer = { userId: null, tier: 'FREE', keyId: null, admin: true };
const asUser = (userId: string): Viewer => ({ userId, tier: 'FREE', keyId: null, admin: false });

const USER_FIELDS =
  'id name tier createdAt preferences { favouriteTags favouriteStudios excludedTags } apiKeys { id name prefix createdAt lastUsedAt revokedAt }';

describe.each(['pglite', 'postgres'] as const)('the users subgraph on %s', (backend) => {
  let scratch: ScratchDatabase | undefined;
  let subgraph: Subgraph;
  let database: ReturnType<typeof sharedDatabase>;
  let store: UserStore;

  /** Runs an operation on the subgraph's schema as `viewer` (anonymous: no viewer at all). */
  const run = async (
    viewer: Viewer | undefined,
    query: string,
    variableValues?: Record<string, unknown>,
  ): Promise<ExecutionResult<any>> => {
    const go = () => execute({ schema: subgraph.schema, document: parse(query), variableValues, contextValue: subgraph.createContext() });
    return (await (viewer ? runWithViewer(viewer, go) : go())) as ExecutionResult<any>;
  };
  const ok = async (viewer: Viewer | undefined, query: string, variables?: Record<string, unknown>) => {
    const result = await run(viewer, query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const codeOf = async (viewer: Viewer | undefined, query: string, variables?: Record<string, unknown>) => {
    const result = await run(viewer, query, variables);
    return { code: result.errors?.[0]?.extensions?.code, argument: result.errors?.[0]?.extensions?.argument };
  };
  /** An operator makes a user and its first key. */
  const newUser = async (name: string, tier = 'FREE') => {
    const { createUser } = await ok(ADMIN, 'mutation($name: String!, $tier: Tier!) { createUser(name: $name, tier: $tier) { id } }', {
      name,
      tier,
    });
    const { createApiKey } = await ok(
      ADMIN,
      'mutation($id: ID!) { createApiKey(name: "first", userId: $id) { key apiKey { id prefix } } }',
      {
        id: createUser.id,
      },
    );
    return { id: createUser.id as string, key: createApiKey.key as string, keyId: createApiKey.apiKey.id as string };
  };

  beforeAll(async () => {
    scratch = backend === 'postgres' ? await freshPostgresDatabase() : undefined;
    const config = loadConfig({ DATABASE_DIR: 'memory://', ADMIN_API_KEY, ...(scratch ? { DATABASE_URL: scratch.url } : {}) });
    subgraph = await createUsersSubgraph(config, log);
    expect(subgraph.isReady()).toBe(false);
    await subgraph.start();
    // The same database as the subgraph's, as the gateway's authentication takes it.
    database = sharedDatabase(config, log);
    const opened = await database.database;
    expect(opened.backend).toBe(backend);
    store = new UserStore(opened.db);
  });
  afterAll(async () => {
    await subgraph?.close();
    await database?.release();
    await scratch?.drop();
  });

  it('is ready once its database is open and migrated', () => {
    expect(subgraph.isReady()).toBe(true);
  });

  it("lets an operator create a user and the user's first key: the key is shown once, only its prefix is listed", async () => {
    const { createUser } = await ok(ADMIN, `mutation { createUser(name: "  Ann  ", tier: PREMIUM) { ${USER_FIELDS} } }`);
    expect(createUser).toMatchObject({ name: 'Ann', tier: 'PREMIUM', apiKeys: [] });
    expect(createUser.preferences).toEqual({ favouriteTags: [], favouriteStudios: [], excludedTags: [] });
    const { createApiKey } = await ok(
      ADMIN,
      'mutation($id: ID!) { createApiKey(name: "laptop", userId: $id) { key apiKey { id name prefix revokedAt } } }',
      {
        id: createUser.id,
      },
    );
    expect(createApiKey.key).toMatch(/^ag_[A-Za-z0-9_-]{43}$/);
    expect(createApiKey.key.startsWith(createApiKey.apiKey.prefix)).toBe(true);
    expect(createApiKey.apiKey.prefix.length).toBeLessThan(20);
    expect(await store.authenticate(createApiKey.key)).toEqual({ userId: createUser.id, tier: 'PREMIUM', keyId: createApiKey.apiKey.id });

    const { viewer } = await ok(asUser(createUser.id), `{ viewer { ${USER_FIELDS} } }`);
    expect(viewer.apiKeys).toEqual([
      expect.objectContaining({ id: createApiKey.apiKey.id, name: 'laptop', prefix: createApiKey.apiKey.prefix }),
    ]);
    expect(JSON.stringify(viewer)).not.toContain(createApiKey.key);
    const { user } = await ok(ADMIN, 'query($id: ID!) { user(id: $id) { name apiKeys { prefix } } }', { id: createUser.id });
    expect(user).toEqual({ name: 'Ann', apiKeys: [{ prefix: createApiKey.apiKey.prefix }] });
  });

  it('shows a user their own keys; they make another and revoke one, which stops authenticating', async () => {
    const ben = await newUser('Ben');
    const { createApiKey } = await ok(asUser(ben.id), 'mutation { createApiKey(name: "ci") { key apiKey { id } } }');
    const { viewer } = await ok(asUser(ben.id), '{ viewer { id apiKeys { id name revokedAt } } }');
    expect(viewer.id).toBe(ben.id);
    expect(viewer.apiKeys.map((k: { name: string }) => k.name).sort()).toEqual(['ci', 'first']);

    const { revokeApiKey } = await ok(asUser(ben.id), 'mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }', { id: ben.keyId });
    expect(revokeApiKey.id).toBe(ben.keyId);
    expect(Date.parse(revokeApiKey.revokedAt)).not.toBeNaN();
    expect(await store.authenticate(ben.key)).toBeUndefined();
    expect(await store.authenticate(createApiKey.key)).toMatchObject({ userId: ben.id });
    // Revoked once: a second time, and someone else's key, are not found.
    expect((await codeOf(asUser(ben.id), 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: ben.keyId })).code).toBe('NOT_FOUND');
    const cho = await newUser('Cho');
    expect((await codeOf(asUser(ben.id), 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: cho.keyId })).code).toBe('NOT_FOUND');
    expect(await store.authenticate(cho.key)).toMatchObject({ userId: cho.id });
  });

  it("refuses an operator's fields to a user and to an anonymous caller with FORBIDDEN", async () => {
    const dan = await newUser('Dan');
    for (const viewer of [asUser(dan.id), ANONYMOUS, undefined]) {
      expect((await codeOf(viewer, 'mutation { createUser(name: "Eve") { id } }')).code).toBe('FORBIDDEN');
      expect((await codeOf(viewer, 'mutation($id: ID!) { setTier(userId: $id, tier: ENTERPRISE) { id } }', { id: dan.id })).code).toBe(
        'FORBIDDEN',
      );
      expect((await codeOf(viewer, 'mutation($id: ID!) { deleteUser(userId: $id) { userId } }', { id: dan.id })).code).toBe('FORBIDDEN');
      expect((await codeOf(viewer, 'query($id: ID!) { user(id: $id) { id } }', { id: dan.id })).code).toBe('FORBIDDEN');
    }
    // A user makes keys for themselves only.
    const eve = await newUser('Eve');
    expect((await codeOf(asUser(dan.id), 'mutation($id: ID!) { createApiKey(name: "x", userId: $id) { key } }', { id: eve.id })).code).toBe(
      'FORBIDDEN',
    );
    expect(await store.apiKeys(eve.id)).toHaveLength(1);
    expect((await store.user(dan.id))?.tier).toBe('FREE');
  });

  it("refuses a user's fields to an anonymous caller with UNAUTHENTICATED, and shows them no viewer", async () => {
    for (const viewer of [ANONYMOUS, undefined]) {
      expect((await codeOf(viewer, 'mutation { createApiKey(name: "mine") { key } }')).code).toBe('UNAUTHENTICATED');
      expect((await codeOf(viewer, 'mutation { setPreferences(input: { favouriteTags: ["mecha"] }) { id } }')).code).toBe(
        'UNAUTHENTICATED',
      );
      expect((await codeOf(viewer, 'mutation { exportMyData { document } }')).code).toBe('UNAUTHENTICATED');
      expect((await codeOf(viewer, 'mutation { deleteMyData { userId } }')).code).toBe('UNAUTHENTICATED');
      expect(await ok(viewer, '{ viewer { id } }')).toEqual({ viewer: null });
    }
  });

  it('lets an operator change a tier, which the key follows at once; unknown and malformed ids are refused', async () => {
    const fay = await newUser('Fay');
    const { setTier } = await ok(ADMIN, 'mutation($id: ID!) { setTier(userId: $id, tier: ENTERPRISE) { tier } }', { id: fay.id });
    expect(setTier.tier).toBe('ENTERPRISE');
    expect((await store.authenticate(fay.key))?.tier).toBe('ENTERPRISE');
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await codeOf(ADMIN, 'mutation($id: ID!) { setTier(userId: $id, tier: FREE) { id } }', { id: unknown })).code).toBe('NOT_FOUND');
    expect(await codeOf(ADMIN, 'mutation { setTier(userId: "nope", tier: FREE) { id } }')).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'userId',
    });
    expect(await codeOf(ADMIN, 'mutation { createUser(name: "   ") { id } }')).toEqual({ code: 'BAD_USER_INPUT', argument: 'name' });
    expect(await codeOf(ADMIN, `mutation { createUser(name: "${'x'.repeat(101)}") { id } }`)).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'name',
    });
    // An operator key belongs to no user: a key for "myself" needs userId.
    expect(await codeOf(ADMIN, 'mutation { createApiKey(name: "x") { key } }')).toEqual({ code: 'BAD_USER_INPUT', argument: 'userId' });
  });

  it('sets preferences, normalised, keeping the lists left out; refuses bad ones naming the field', async () => {
    const gus = await newUser('Gus');
    const set = (input: string) =>
      `mutation { setPreferences(input: ${input}) { preferences { favouriteTags favouriteStudios excludedTags } } }`;
    const first = await ok(asUser(gus.id), set('{ favouriteTags: [" Mecha ", "mecha", "Slice  of Life"], favouriteStudios: ["Sunrise"] }'));
    expect(first.setPreferences.preferences).toEqual({
      favouriteTags: ['mecha', 'slice of life'],
      favouriteStudios: ['Sunrise'],
      excludedTags: [],
    });
    const second = await ok(asUser(gus.id), set('{ excludedTags: ["Gore"] }'));
    expect(second.setPreferences.preferences).toEqual({
      favouriteTags: ['mecha', 'slice of life'],
      favouriteStudios: ['Sunrise'],
      excludedTags: ['gore'],
    });

    expect(await codeOf(asUser(gus.id), set('{ excludedTags: ["MECHA"] }'))).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'input.excludedTags',
    });
    expect(await codeOf(asUser(gus.id), set('{ favouriteStudios: ["  "] }'))).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'input.favouriteStudios',
    });
    const many = JSON.stringify(Array.from({ length: 101 }, (_, i) => `tag ${i}`));
    expect(await codeOf(asUser(gus.id), set(`{ favouriteTags: ${many} }`))).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'input.favouriteTags',
    });
    expect(await codeOf(asUser(gus.id), set(`{ favouriteTags: ["${'x'.repeat(101)}"] }`))).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'input.favouriteTags',
    });
    // A refused change changes nothing.
    expect((await store.user(gus.id))?.preferences).toEqual({
      favouriteTags: ['mecha', 'slice of life'],
      favouriteStudios: ['Sunrise'],
      excludedTags: ['gore'],
    });
  });

  it("exports the user's record, preferences and key records, and no key or hash", async () => {
    const hal = await newUser('Hal');
    await ok(asUser(hal.id), 'mutation { setPreferences(input: { favouriteTags: ["space"] }) { id } }');
    const { exportMyData } = await ok(asUser(hal.id), `mutation { exportMyData { exportedAt document user { ${USER_FIELDS} } } }`);
    expect(exportMyData.user).toMatchObject({ id: hal.id, name: 'Hal', preferences: { favouriteTags: ['space'] } });
    expect(exportMyData.user.apiKeys).toEqual([expect.objectContaining({ id: hal.keyId, name: 'first' })]);
    const document = JSON.parse(exportMyData.document);
    expect(document).toMatchObject({ user: { id: hal.id, name: 'Hal', tier: 'FREE', preferences: { favouriteTags: ['space'] } } });
    expect(document.apiKeys).toEqual([expect.objectContaining({ id: hal.keyId, prefix: hal.key.slice(0, 11) })]);
    const everything = JSON.stringify(exportMyData);
    expect(everything).not.toContain(hal.key);
    expect(everything).not.toContain(hashApiKey(hal.key));
    expect(everything).not.toMatch(/"hash"/);
  });

  it('deletes the user and their keys on deleteMyData: the key stops authenticating', async () => {
    const ida = await newUser('Ida');
    const { deleteMyData } = await ok(asUser(ida.id), 'mutation { deleteMyData { userId deletedApiKeys } }');
    expect(deleteMyData).toEqual({ userId: ida.id, deletedApiKeys: 1 });
    expect(await store.authenticate(ida.key)).toBeUndefined();
    expect(await store.user(ida.id)).toBeUndefined();
    expect(await store.apiKeys(ida.id)).toEqual([]);
    expect(await ok(asUser(ida.id), '{ viewer { id } }')).toEqual({ viewer: null });
    expect((await codeOf(asUser(ida.id), 'mutation { deleteMyData { userId } }')).code).toBe('NOT_FOUND');
  });

  it('lets an operator delete a user with their keys', async () => {
    const jo = await newUser('Jo');
    const { deleteUser } = await ok(ADMIN, 'mutation($id: ID!) { deleteUser(userId: $id) { userId deletedApiKeys } }', { id: jo.id });
    expect(deleteUser).toEqual({ userId: jo.id, deletedApiKeys: 1 });
    expect(await store.authenticate(jo.key)).toBeUndefined();
    expect((await codeOf(ADMIN, 'mutation($id: ID!) { deleteUser(userId: $id) { userId } }', { id: jo.id })).code).toBe('NOT_FOUND');
  });

  it('resolves a User entity for that user or an operator only', async () => {
    const kim = await newUser('Kim');
    const entities = `query($id: ID!) { _entities(representations: [{ __typename: "User", id: $id }]) { ... on User { name } } }`;
    expect((await ok(asUser(kim.id), entities, { id: kim.id }))._entities).toEqual([{ name: 'Kim' }]);
    expect((await ok(ADMIN, entities, { id: kim.id }))._entities).toEqual([{ name: 'Kim' }]);
    const other = await newUser('Lou');
    expect((await ok(asUser(other.id), entities, { id: kim.id }))._entities).toEqual([null]);
    expect((await ok(undefined, entities, { id: kim.id }))._entities).toEqual([null]);
  });
});

describe('the users subgraph without ADMIN_API_KEY', () => {
  it('refuses operators even when the viewer says admin', async () => {
    const subgraph = await createUsersSubgraph(loadConfig({ DATABASE_DIR: 'memory://' }), log);
    try {
      const result = await runWithViewer(ADMIN, () =>
        execute({
          schema: subgraph.schema,
          document: parse('mutation { createUser(name: "Max") { id } }'),
          contextValue: subgraph.createContext(),
        }),
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      await subgraph.close();
    }
  });
});

describe('the users subgraph served alone (distributed mode)', () => {
  const GATEWAY_SECRET = 'the-gateway-secret-of-the-tests';
  let running: RunningSubgraph;

  beforeAll(async () => {
    const config = loadConfig({ HOST: '127.0.0.1', USERS_PORT: '0', DATABASE_DIR: 'memory://', ADMIN_API_KEY, GATEWAY_SECRET });
    running = await startStandalone({ name: 'users', create: createUsersSubgraph, port: (c) => c.USERS_PORT }, config, log);
    await running.started;
  });
  afterAll(() => running?.stop());

  const as = (viewer: Viewer, secret = GATEWAY_SECRET) => ({ [VIEWER_HEADER]: signViewer(viewer, secret) });

  it('is ready once its database is', async () => {
    expect((await fetch(running.url.replace('/graphql', '/ready'))).status).toBe(200);
  });

  it('acts for the viewer the gateway signed, and treats a missing or forged header as anonymous', async () => {
    const created = await postGraphQL(running.url, 'mutation { createUser(name: "Nia") { id } }', {}, as(ADMIN));
    expect(created.body.errors).toBeUndefined();
    const id = created.body.data.createUser.id;

    const forgedAdmin = await postGraphQL(
      running.url,
      'mutation { createUser(name: "Oz") { id } }',
      {},
      as(ADMIN, 'not-the-gateway-secret-at-all'),
    );
    expect(forgedAdmin.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const tampered = as(ADMIN)[VIEWER_HEADER].replace(
      /^[^.]+/,
      Buffer.from(JSON.stringify({ ...ADMIN, userId: id })).toString('base64url'),
    );
    const tamperedAdmin = await postGraphQL(running.url, 'mutation { createUser(name: "Oz") { id } }', {}, { [VIEWER_HEADER]: tampered });
    expect(tamperedAdmin.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const noHeader = await postGraphQL(running.url, 'mutation { createUser(name: "Oz") { id } }');
    expect(noHeader.body.errors[0].extensions.code).toBe('FORBIDDEN');

    expect((await postGraphQL(running.url, '{ viewer { name } }', {}, as(asUser(id)))).body.data.viewer).toEqual({ name: 'Nia' });
    expect(
      (await postGraphQL(running.url, '{ viewer { name } }', {}, as(asUser(id), 'not-the-gateway-secret-at-all'))).body.data.viewer,
    ).toBeNull();
    const anonymousKey = await postGraphQL(running.url, 'mutation { createApiKey(name: "x") { key } }');
    expect(anonymousKey.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('the users subgraph behind the gateway (in-process)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ANIME_DB_PATH: writeFixtureCatalog().catalogPath });
  });
  afterAll(() => t?.close());

  it('is part of the graph, and its answers are never kept by the response cache', async () => {
    expect(t.app.subgraphs.has('users')).toBe(true);
    for (let i = 0; i < 2; i++) {
      const { body } = await t.gql('{ viewer { id } }');
      expect(body.data).toEqual({ viewer: null });
      expect(body.extensions?.responseCache).toMatchObject({ hit: false, didCache: false });
    }
  });
});
