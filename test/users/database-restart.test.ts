// PostgreSQL restarting under a running gateway (issue 14): while it is down, requests that need it
// fail with a clear DATABASE_UNAVAILABLE (HTTP 503 for a key that cannot be checked), the rest keeps
// serving, nothing crashes; once it is back, everything works again without a restart, and the
// analytics events of the outage are written after all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFixtureCatalog } from '../fixtures/catalog.fixture.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { startPostgresServer, type PostgresServer } from '../helpers/postgres-server.js';

const ADMIN_API_KEY = 'admin-key-for-the-restart-tests';
const admin = { authorization: `Bearer ${ADMIN_API_KEY}` };
const VIEWER = 'query Me { viewer { id name } }';

let server: PostgresServer;
let t: TestApp;

beforeAll(async () => {
  server = await startPostgresServer();
  t = await startTestApp({
    ANIME_DB_PATH: writeFixtureCatalog().catalogPath,
    DATABASE_URL: server.url,
    ADMIN_API_KEY,
    ANALYTICS_FLUSH_MS: '50',
  });
}, 60_000);

afterAll(async () => {
  await t?.close();
  await server?.destroy();
});

async function newKey(userId: string): Promise<string> {
  const { body } = await t.gql('mutation($id: ID!) { createApiKey(name: "k", userId: $id) { key } }', { id: userId }, admin);
  return body.data.createApiKey.key;
}

describe('a PostgreSQL restart under a running gateway', () => {
  it('answers clear errors while it is down and recovers by itself', async () => {
    const { body } = await t.gql('mutation { createUser(name: "rita") { id } }', {}, admin);
    const userId = body.data.createUser.id;
    const usedKey = await newKey(userId);
    const unusedKey = await newKey(userId);
    expect((await t.gql(VIEWER, {}, { authorization: `Bearer ${usedKey}` })).body.data.viewer.name).toBe('rita');

    await server.stop();

    // A key the gateway has not seen cannot be checked: 503, not 401 (the key is not wrong).
    const unchecked = await t.gql(VIEWER, {}, { authorization: `Bearer ${unusedKey}` });
    expect(unchecked.status).toBe(503);
    expect(unchecked.headers.get('retry-after')).toBe('5');
    expect(unchecked.body.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    // A key it checked a moment ago gets in, and the users field says what is wrong.
    const down = await t.gql(VIEWER, {}, { authorization: `Bearer ${usedKey}` });
    expect(down.body.errors[0]).toMatchObject({ path: ['viewer'], extensions: { code: 'DATABASE_UNAVAILABLE' } });
    // The catalog does not need the database.
    const catalog = await t.gql('query Cat { anime(id: "mal-1") { title } }');
    expect(catalog.body).toEqual(expect.objectContaining({ data: { anime: { title: 'Cowboy Bebop' } } }));
    // The analytics of these operations wait in the queue.
    await t.app.analytics.recorder.flush();
    expect(t.app.analytics.recorder.counts.failedWrites).toBeGreaterThan(0);
    expect(t.app.analytics.recorder.depth).toBeGreaterThan(0);

    await server.start();

    // The pool makes new connections by itself: the next requests work.
    let recovered;
    for (let attempt = 0; attempt < 50; attempt++) {
      recovered = await t.gql(VIEWER, {}, { authorization: `Bearer ${unusedKey}` });
      if (recovered.status === 200 && !recovered.body.errors) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(recovered!.body).toEqual({ data: { viewer: { id: userId, name: 'rita' } }, extensions: expect.anything() });
    await t.app.analytics.recorder.flush();
    expect(t.app.analytics.recorder.depth).toBe(0);
    expect(t.app.analytics.recorder.counts.dropped).toBe(0);
    // Logged as the database being away, never as a bug.
    expect(t.logs.filter((line) => line.msg === 'unexpected error in subgraph resolver')).toEqual([]);
    expect(t.logs.some((line) => line.msg === 'database unavailable')).toBe(true);
  }, 60_000);
});
