// The users' data on both database backends: PGlite (the embedded default) and the PostgreSQL server
// on 127.0.0.1 (database `test`), each migrated from the same migrations/ at open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../lib/db/database.js';
import { createLogger } from '../../lib/logger.js';
import { UserStore } from '../../lib/users/user-store.js';
import { freshPostgresDatabase, type ScratchDatabase } from '../helpers/postgres.js';

const log = createLogger('silent');

describe.each(['pglite', 'postgres'] as const)('the user store on %s', (backend) => {
  let database: Database;
  let scratch: ScratchDatabase | undefined;
  let store: UserStore;

  beforeAll(async () => {
    scratch = backend === 'postgres' ? await freshPostgresDatabase() : undefined;
    database = await openDatabase({ url: scratch?.url, dir: 'memory://', log });
    store = new UserStore(database.db);
  });
  afterAll(async () => {
    await database?.close();
    await scratch?.drop();
  });

  it('migrates at open: a user with a tier and preferences, read back', async () => {
    expect(database.backend).toBe(backend);
    const user = await store.createUser('Ann', 'PREMIUM');
    expect(user).toMatchObject({ name: 'Ann', tier: 'PREMIUM', preferences: {} });
    await store.setPreferences(user.id, { tags: ['mecha'] });
    expect((await store.user(user.id))?.preferences).toEqual({ tags: ['mecha'] });
  });

  it('stores a key as its hash and prefix only, authenticates it, and refuses it once revoked', async () => {
    const user = await store.createUser('Ben');
    const { key, record } = await store.createApiKey(user.id, 'laptop');
    expect(key).toMatch(/^ag_[A-Za-z0-9_-]{43}$/);
    expect(key.startsWith(record.prefix)).toBe(true);
    expect(JSON.stringify(record)).not.toContain(key);
    expect(record.lastUsedAt).toBeNull();
    expect(await store.authenticate(key)).toEqual({ userId: user.id, tier: 'FREE', keyId: record.id });
    // Using a key is noted on it, for its owner's list of keys.
    expect((await store.apiKeys(user.id))[0].lastUsedAt).toBeInstanceOf(Date);
    expect(await store.authenticate(`${key.slice(0, -1)}x`)).toBeUndefined();
    expect(await store.revokeApiKey(user.id, record.id)).toBeDefined();
    expect(await store.authenticate(key)).toBeUndefined();
    expect(await store.revokeApiKey(user.id, record.id)).toBeUndefined();
  });

  it("follows a tier change at once, and deletes a user's keys with the user", async () => {
    const user = await store.createUser('Cho');
    const { key } = await store.createApiKey(user.id, 'ci');
    await store.setTier(user.id, 'ENTERPRISE');
    expect((await store.authenticate(key))?.tier).toBe('ENTERPRISE');
    expect(await store.deleteUser(user.id)).toBe(true);
    expect(await store.authenticate(key)).toBeUndefined();
    expect(await store.apiKeys(user.id)).toEqual([]);
  });
});
