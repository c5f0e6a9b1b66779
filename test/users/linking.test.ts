// Linking platform accounts on both database backends (PGlite and the PostgreSQL server of
// 127.0.0.1): the platform fakes vouch for the tokens over real HTTP, the rows hold the tokens only
// sealed, a sync opens them again (after a key rotation too) and detects a row that was tampered with.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { execute, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../lib/config.js';
import { openDatabase, type Database } from '../../lib/db/database.js';
import { sharedDatabase } from '../../lib/db/shared.js';
import { linkedAccounts } from '../../lib/db/schema.js';
import { createLogger } from '../../lib/logger.js';
import { Credentials, keyIdOf } from '../../lib/users/credentials.js';
import { runWithViewer } from '../../lib/users/current-viewer.js';
import { LinkedAccountStore } from '../../lib/users/linked-account-store.js';
import { accountReaders } from '../../lib/users/linked/platform-account.js';
import { UserStore } from '../../lib/users/user-store.js';
import { LinkingService } from '../../subgraphs/users/domain/linking.service.js';
import { createUsersSubgraph } from '../../subgraphs/users/subgraph.js';
import { startAniListFake } from '../platforms/fakes/anilist.fake.js';
import type { FakePlatform } from '../platforms/fakes/fake-server.js';
import { ANILIST_ACCOUNT, MAL_ACCOUNT } from '../platforms/fakes/linked-accounts.fixture.js';
import { startMalApiFake } from '../platforms/fakes/mal-api.fake.js';
import { freshPostgresDatabase, type ScratchDatabase } from '../helpers/postgres.js';

const log = createLogger('silent');
const newKey = () => randomBytes(32).toString('base64');
const TOKENS = [ANILIST_ACCOUNT.token, MAL_ACCOUNT.token];

let anilist: FakePlatform;
let mal: FakePlatform;
beforeAll(async () => {
  [anilist, mal] = await Promise.all([startAniListFake(), startMalApiFake()]);
});
afterAll(async () => {
  await Promise.all([anilist?.close(), mal?.close()]);
});

const readers = () => accountReaders({ ANILIST_URL: anilist.url, MAL_API_URL: mal.url, PLATFORM_TIMEOUT_MS: 1000 });

/** The error a promise rejects with; fails the test when it resolves. */
async function rejection(promise: Promise<unknown>): Promise<{ message: string; extensions: Record<string, unknown> }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e as { message: string; extensions: Record<string, unknown> },
  );
  if (!error) throw new Error('it succeeded');
  for (const token of TOKENS) expect(JSON.stringify({ message: error.message, extensions: error.extensions })).not.toContain(token);
  return error;
}

describe.each(['pglite', 'postgres'] as const)('linked accounts in the database on %s', (backend) => {
  let scratch: ScratchDatabase | undefined;
  let database: Database;
  let users: UserStore;
  let store: LinkedAccountStore;
  const oldKey = newKey();
  const currentKey = newKey();
  const service = (credentials: Credentials) => new LinkingService({ accounts: async () => store, credentials, readers: readers() });
  const rowOf = async (userId: string) => (await database.db.select().from(linkedAccounts).where(eq(linkedAccounts.userId, userId)))[0];

  beforeAll(async () => {
    scratch = backend === 'postgres' ? await freshPostgresDatabase() : undefined;
    database = await openDatabase({ url: scratch?.url, dir: 'memory://', log });
    expect(database.backend).toBe(backend);
    users = new UserStore(database.db);
    store = new LinkedAccountStore(database.db);
  });
  afterAll(async () => {
    await database?.close();
    await scratch?.drop();
  });

  it('stores the token sealed with its key id beside it, and the taste its list says, never the token itself', async () => {
    const ann = await users.createUser('Ann');
    const linked = await service(new Credentials(oldKey)).link(ann.id, 'ANILIST', ANILIST_ACCOUNT.token);
    expect(linked).toMatchObject({ platform: 'ANILIST', accountId: '5001', accountName: 'ann_on_anilist' });
    const row = await rowOf(ann.id);
    expect(row.keyId).toBe(keyIdOf(Buffer.from(oldKey, 'base64')));
    expect(row.sealedToken.split('.')).toHaveLength(3);
    expect(JSON.stringify(row)).not.toContain(ANILIST_ACCOUNT.token);
    expect(row.taste).toMatchObject({
      liked: ['anilist:1', 'anilist:1575', 'anilist:30', 'anilist:999001'],
      seen: expect.arrayContaining(['anilist:97986', 'anilist:2167']),
      scored: 6,
      completed: 5,
      entries: 8,
    });
    expect((row.taste.disliked as string[]).sort()).toEqual(['anilist:2167', 'anilist:98444']);
    expect((row.taste.seen as string[]).includes('anilist:20')).toBe(false); // planned, not seen
    expect(row.syncedAt).toBeInstanceOf(Date);
  });

  it('re-reads the list with the stored token after the key rotated, and seals the token with the new key', async () => {
    const ben = await users.createUser('Ben');
    await service(new Credentials(oldKey)).link(ben.id, 'MYANIMELIST', MAL_ACCOUNT.token);
    const before = await rowOf(ben.id);
    mal.requests.length = 0;

    const synced = await service(new Credentials(currentKey, [oldKey])).sync(ben.id, 'MYANIMELIST');
    expect(synced.accountName).toBe('ann_on_mal');
    // The token the platform got back is the one linked: it opened.
    expect(mal.requests.map((r) => r.headers.authorization)).toEqual(mal.requests.map(() => `Bearer ${MAL_ACCOUNT.token}`));
    expect(mal.requests.length).toBeGreaterThan(1);
    const after = await rowOf(ben.id);
    expect(after.keyId).toBe(keyIdOf(Buffer.from(currentKey, 'base64')));
    expect(after.sealedToken).not.toBe(before.sealedToken);
    expect(after.syncedAt!.getTime()).toBeGreaterThanOrEqual(before.syncedAt!.getTime());

    // The previous key retired: the old sealing would no longer open, the new one does.
    expect((await service(new Credentials(currentKey)).sync(ben.id, 'MYANIMELIST')).accountId).toBe(String(MAL_ACCOUNT.id));
    await store.synced(ben.id, 'MYANIMELIST', { ...before, accountName: before.accountName, syncedAt: new Date() });
    const error = await rejection(service(new Credentials(currentKey)).sync(ben.id, 'MYANIMELIST'));
    expect(error.extensions).toMatchObject({ code: 'RELINK_REQUIRED', source: 'MYANIMELIST' });
    expect(error.message).toMatch(/neither CREDENTIALS_KEY nor one of CREDENTIALS_PREVIOUS_KEYS/);
  });

  it('detects a row whose sealed token was altered or moved to another user, and asks for the account to be linked again', async () => {
    const credentials = new Credentials(currentKey);
    const [cy, dee] = await Promise.all([users.createUser('Cy'), users.createUser('Dee')]);
    await service(credentials).link(cy.id, 'ANILIST', ANILIST_ACCOUNT.token);
    await service(credentials).link(dee.id, 'ANILIST', ANILIST_ACCOUNT.token);
    const row = await rowOf(cy.id);
    const [iv, ciphertext, tag] = row.sealedToken.split('.');
    const flip = (part: string) => {
      const bytes = Buffer.from(part, 'base64url');
      bytes[0] ^= 0x80;
      return bytes.toString('base64url');
    };
    for (const tampered of [`${flip(iv)}.${ciphertext}.${tag}`, `${iv}.${flip(ciphertext)}.${tag}`, `${iv}.${ciphertext}.${flip(tag)}`]) {
      await database.db.update(linkedAccounts).set({ sealedToken: tampered }).where(eq(linkedAccounts.userId, cy.id));
      const error = await rejection(service(credentials).sync(cy.id, 'ANILIST'));
      expect(error.extensions).toMatchObject({ code: 'RELINK_REQUIRED', source: 'ANILIST' });
      expect(error.message).toMatch(/integrity check/);
    }
    // Dee's sealed token in Cy's row does not open either: it was sealed for Dee.
    await database.db
      .update(linkedAccounts)
      .set({ sealedToken: (await rowOf(dee.id)).sealedToken })
      .where(eq(linkedAccounts.userId, cy.id));
    expect((await rejection(service(credentials).sync(cy.id, 'ANILIST'))).extensions.code).toBe('RELINK_REQUIRED');
  });

  it('stores nothing when the platform refuses the token, or is down', async () => {
    const eve = await users.createUser('Eve');
    const refused = await rejection(service(new Credentials(currentKey)).link(eve.id, 'ANILIST', 'eyJ-a-token-anilist-does-not-know'));
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'token', source: 'ANILIST', status: 400 });
    anilist.fail('server-error', Infinity);
    try {
      const down = await rejection(service(new Credentials(currentKey)).link(eve.id, 'ANILIST', ANILIST_ACCOUNT.token));
      expect(down.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', source: 'ANILIST', status: 500 });
    } finally {
      anilist.heal();
    }
    expect(await rowOf(eve.id)).toBeUndefined();
  });

  it('deletes the linked accounts with their user', async () => {
    const fay = await users.createUser('Fay');
    await service(new Credentials(currentKey)).link(fay.id, 'MYANIMELIST', MAL_ACCOUNT.token);
    expect(await rowOf(fay.id)).toBeDefined();
    await users.deleteUser(fay.id);
    expect(await rowOf(fay.id)).toBeUndefined();
  });
});

describe('the users subgraph without CREDENTIALS_KEY', () => {
  it('refuses to link with FORBIDDEN, before asking the platform anything', async () => {
    const config = loadConfig({ DATABASE_DIR: 'memory://', ANILIST_URL: anilist.url, MAL_API_URL: mal.url });
    const subgraph = await createUsersSubgraph(config, log);
    // The subgraph's own database (one per configuration), as the gateway's authentication takes it.
    const held = sharedDatabase(config, log);
    try {
      await subgraph.start();
      const user = await new UserStore((await held.database).db).createUser('Gus');
      anilist.requests.length = 0;
      const result = await runWithViewer({ userId: user.id, tier: 'FREE', keyId: null, admin: false }, () =>
        execute({
          schema: subgraph.schema,
          document: parse('mutation($token: String!) { linkPlatformAccount(platform: ANILIST, token: $token) { accountId } }'),
          variableValues: { token: ANILIST_ACCOUNT.token },
          contextValue: subgraph.createContext(),
        }),
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(result.errors?.[0]?.message).toMatch(/CREDENTIALS_KEY/);
      expect(anilist.requests).toEqual([]);
    } finally {
      await subgraph.close();
      await held.release();
    }
  });
});
