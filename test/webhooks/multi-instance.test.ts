// Two dispatchers on one PostgreSQL database — the app's own and a second one, as another gateway
// instance would run it — both hear every event; the outbox keeps one delivery per webhook and event,
// and each is sent once.
import { readFileSync, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../lib/db/database.js';
import { createLogger } from '../../lib/logger.js';
import type { CatalogSubgraph } from '../../subgraphs/catalog/subgraph.js';
import { createWebhookDispatcher, type WebhookDispatcher } from '../../webhooks/dispatcher.js';
import { writeFixtureCatalog, type FixtureFiles } from '../fixtures/catalog.fixture.js';
import { startTestApp, type TestApp } from '../helpers/app.js';
import { freshPostgresDatabase, type ScratchDatabase } from '../helpers/postgres.js';
import { startReceiver, type Receiver } from './receiver.js';

const ADMIN_API_KEY = 'admin-key-for-the-webhook-tests-0123';
const HOOKS = 5;
let scratch: ScratchDatabase;
let fixture: FixtureFiles;
let receiver: Receiver;
let t: TestApp;
let secondDatabase: Database;
let second: WebhookDispatcher;
const secondLogs: Record<string, any>[] = [];

beforeAll(async () => {
  [scratch, receiver] = await Promise.all([freshPostgresDatabase(), startReceiver()]);
  fixture = writeFixtureCatalog();
  t = await startTestApp({ ANIME_DB_PATH: fixture.catalogPath, DATABASE_URL: scratch.url, ADMIN_API_KEY, WEBHOOK_ALLOW_PRIVATE: 'true' });
  secondDatabase = await openDatabase({ url: scratch.url, dir: 'memory://', log: createLogger('silent') });
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) secondLogs.push(JSON.parse(line));
      done();
    },
  });
  second = createWebhookDispatcher({
    config: { WEBHOOK_ALLOW_PRIVATE: true, WEBHOOK_TIMEOUT_MS: 5_000, WEBHOOK_RETRY_FOR: 3600 },
    gateway: t.app.gateway,
    database: async () => secondDatabase.db,
    log: createLogger('debug', sink),
  });
});
afterAll(async () => {
  await second?.close();
  await secondDatabase?.close();
  await t?.close();
  await receiver?.close();
  await scratch?.drop();
});

it('delivers each event once per webhook when two dispatchers share one PostgreSQL database', async () => {
  const admin = { authorization: `Bearer ${ADMIN_API_KEY}` };
  const user = await t.gql('mutation { createUser(name: "Twice") { id } }', {}, admin);
  const created = await t.gql(
    'mutation($id: ID!) { createApiKey(name: "k", userId: $id) { key } }',
    { id: user.body.data.createUser.id },
    admin,
  );
  const auth = { authorization: `Bearer ${created.body.data.createApiKey.key}` };
  const ids: string[] = [];
  for (let i = 0; i < HOOKS; i++) {
    const { body } = await t.gql(
      'mutation($url: String!) { registerWebhook(url: $url, events: [CATALOG_UPDATED]) { secret webhook { id } } }',
      { url: `${receiver.base}/hook-${i}` },
      auth,
    );
    receiver.secrets.set(`/hook-${i}`, body.data.registerWebhook.secret);
    ids.push(body.data.registerWebhook.webhook.id);
  }
  await Promise.all([t.app.webhooks.sync(), second.sync()]);
  // Each dispatcher holds its own subscription to catalogUpdated.
  await expect.poll(() => (t.app.subgraphs.get('catalog') as CatalogSubgraph).changes.listening).toBe(2);

  const release = JSON.parse(readFileSync(fixture.catalogPath, 'utf8'));
  writeFileSync(fixture.catalogPath, JSON.stringify({ ...release, lastUpdate: '2099-01-01' }));
  await t.app.reload();

  const written = (logs: Record<string, any>[]) => logs.filter((l) => l.msg === 'webhook event written to the outbox');
  // Both heard the event; together they wrote one delivery per webhook.
  await expect.poll(() => written(t.logs).length > 0 && written(secondLogs).length > 0).toBe(true);
  expect([...written(t.logs), ...written(secondLogs)].reduce((sum, l) => sum + l.deliveries, 0)).toBe(HOOKS);
  await expect.poll(() => receiver.received.length).toBe(HOOKS);
  await Promise.all([t.app.webhooks.deliverDue(), second.deliverDue(), t.app.webhooks.deliverDue(), second.deliverDue()]);

  expect(receiver.received).toHaveLength(HOOKS);
  expect(new Set(receiver.received.map((r) => r.id)).size).toBe(HOOKS);
  expect(receiver.received.map((r) => r.path).sort()).toEqual(Array.from({ length: HOOKS }, (_, i) => `/hook-${i}`));
  expect(receiver.received.every((r) => r.verified && r.body.type === 'catalog.updated')).toBe(true);
  for (const id of ids) {
    const { body } = await t.gql('query($id: ID!) { webhookDeliveries(id: $id) { totalCount nodes { status attempts } } }', { id }, auth);
    expect(body.data.webhookDeliveries).toEqual({ totalCount: 1, nodes: [{ status: 'DELIVERED', attempts: 1 }] });
  }
});
