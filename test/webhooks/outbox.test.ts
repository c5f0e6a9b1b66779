// The webhooks' tables on both database backends: registration with its cap, the outbox written once
// per event and webhook, claimed by one instance at a time under a lease, and the attempts recorded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../lib/db/database.js';
import { createLogger } from '../../lib/logger.js';
import { UserStore } from '../../lib/users/user-store.js';
import { WebhookStore } from '../../lib/webhooks/webhook-store.js';
import { nextAttemptAt } from '../../webhooks/backoff.js';
import { OutboxStore } from '../../webhooks/outbox.store.js';
import { freshPostgresDatabase, type ScratchDatabase } from '../helpers/postgres.js';

const log = createLogger('silent');
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

describe('the retry schedule', () => {
  const created = new Date('2026-01-01T00:00:00Z');
  const after = (ms: number) => new Date(created.getTime() + ms);

  it('waits 5 s, 5 min, 30 min, 2 h, 5 h, then 10 h after each failed attempt', () => {
    expect(nextAttemptAt(created, 1, created, 24 * HOUR)).toEqual(after(5 * SECOND));
    expect(nextAttemptAt(created, 2, after(5 * SECOND), 24 * HOUR)).toEqual(after(5 * SECOND + 5 * MINUTE));
    expect(nextAttemptAt(created, 3, after(HOUR), 24 * HOUR)).toEqual(after(HOUR + 30 * MINUTE));
    expect(nextAttemptAt(created, 4, after(2 * HOUR), 24 * HOUR)).toEqual(after(4 * HOUR));
    expect(nextAttemptAt(created, 5, after(4 * HOUR), 24 * HOUR)).toEqual(after(9 * HOUR));
    expect(nextAttemptAt(created, 6, after(9 * HOUR), 24 * HOUR)).toEqual(after(19 * HOUR));
    expect(nextAttemptAt(created, 9, after(10 * HOUR), 48 * HOUR)).toEqual(after(20 * HOUR));
  });

  it('makes a last attempt when the retry window ends, and none after it', () => {
    expect(nextAttemptAt(created, 7, after(19 * HOUR), 24 * HOUR)).toEqual(after(24 * HOUR));
    expect(nextAttemptAt(created, 8, after(24 * HOUR), 24 * HOUR)).toBeNull();
    expect(nextAttemptAt(created, 1, after(25 * HOUR), 24 * HOUR)).toBeNull();
  });
});

describe.each(['pglite', 'postgres'] as const)('the webhook tables on %s', (backend) => {
  let scratch: ScratchDatabase | undefined;
  let database: Database;
  let users: UserStore;
  let webhooks: WebhookStore;
  let outbox: OutboxStore;

  beforeAll(async () => {
    scratch = backend === 'postgres' ? await freshPostgresDatabase() : undefined;
    database = await openDatabase({ url: scratch?.url, dir: 'memory://', log });
    expect(database.backend).toBe(backend);
    users = new UserStore(database.db);
    webhooks = new WebhookStore(database.db);
    outbox = new OutboxStore(database.db);
  });
  afterAll(async () => {
    await database?.close();
    await scratch?.drop();
  });

  const newKey = async () => {
    const user = await users.createUser('Ann');
    const { record } = await users.createApiKey(user.id, 'hooks');
    return { userId: user.id, apiKeyId: record.id };
  };
  const at = new Date('2026-03-01T12:00:00.000Z');
  const event = (filter: Record<string, unknown>, eventKey: string) => ({
    event: 'EPISODE_AIRED' as const,
    filter,
    eventKey,
    payload: { type: 'episode.aired', data: { id: eventKey } },
    at,
  });

  it('registers a webhook with a Standard Webhooks secret, at most the cap per key, and lists it without the secret', async () => {
    const key = await newKey();
    const first = await webhooks.register({ ...key, url: 'https://example.com/a', events: ['EPISODE_AIRED'], filter: {} }, 2);
    expect(first?.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(await webhooks.register({ ...key, url: 'https://example.com/b', events: ['AIRING_SOON'], filter: {} }, 2)).toBeDefined();
    expect(await webhooks.register({ ...key, url: 'https://example.com/c', events: ['AIRING_SOON'], filter: {} }, 2)).toBeUndefined();
    const listed = await webhooks.list(key.userId);
    expect(listed.map((w) => w.url).sort()).toEqual(['https://example.com/a', 'https://example.com/b']);
    expect(JSON.stringify(listed)).not.toContain(first!.secret);
    expect(listed[0].keyRevoked).toBe(false);
    // Another user sees none of them.
    const other = await newKey();
    expect(await webhooks.get(other.userId, first!.row.id)).toBeUndefined();
    expect(await webhooks.delete(other.userId, first!.row.id)).toBeUndefined();
    expect(await webhooks.delete(key.userId, first!.row.id)).toMatchObject({ id: first!.row.id });
    expect(await webhooks.list(key.userId)).toHaveLength(1);
  });

  it('writes one delivery per webhook of the event and filter, once per event key, and none for a revoked key', async () => {
    const key = await newKey();
    const all = await webhooks.register({ ...key, url: 'https://example.com/all', events: ['EPISODE_AIRED'], filter: {} }, 20);
    const tv = await webhooks.register(
      {
        ...key,
        url: 'https://example.com/tv',
        events: ['EPISODE_AIRED', 'CATALOG_UPDATED'],
        filter: { type: ['TV'], year: { min: 2000 } },
      },
      20,
    );
    const revokedKey = await newKey();
    await webhooks.register({ ...revokedKey, url: 'https://example.com/gone', events: ['EPISODE_AIRED'], filter: { type: ['OVA'] } }, 20);
    await users.revokeApiKey(revokedKey.userId, revokedKey.apiKeyId);

    expect(await outbox.enqueue(event({}, 'EPISODE_AIRED:k1'))).toBeGreaterThanOrEqual(1);
    // Another instance saw the same event: nothing more is written.
    expect(await outbox.enqueue(event({}, 'EPISODE_AIRED:k1'))).toBe(0);
    // The filter is matched as JSON, whatever the order of its keys.
    expect(await outbox.enqueue(event({ year: { min: 2000 }, type: ['TV'] }, 'EPISODE_AIRED:k1'))).toBe(1);
    expect(await outbox.enqueue(event({ type: ['OVA'] }, 'EPISODE_AIRED:k1'))).toBe(0);
    expect((await webhooks.deliveries(all!.row.id, { limit: 10 })).total).toBe(1);
    const [delivery] = (await webhooks.deliveries(tv!.row.id, { limit: 10 })).rows;
    expect(delivery).toMatchObject({ event: 'EPISODE_AIRED', eventKey: 'EPISODE_AIRED:k1', status: 'PENDING', attempts: 0 });
    expect(delivery.id).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(delivery.createdAt).toEqual(at);

    const wanted = await outbox.wanted();
    expect(wanted).toEqual(
      expect.arrayContaining([
        { event: 'EPISODE_AIRED', filter: {} },
        { event: 'EPISODE_AIRED', filter: { type: ['TV'], year: { min: 2000 } } },
        { event: 'CATALOG_UPDATED', filter: { type: ['TV'], year: { min: 2000 } } },
      ]),
    );
    expect(wanted).not.toContainEqual({ event: 'EPISODE_AIRED', filter: { type: ['OVA'] } });
  });

  it('leases a claimed delivery: claimed once, and again only when its lease ends; then records each attempt', async () => {
    const key = await newKey();
    const hook = await webhooks.register(
      { ...key, url: 'https://example.com/lease', events: ['AIRING_SOON'], filter: { status: ['ONGOING'] } },
      20,
    );
    await outbox.enqueue({ ...event({ status: ['ONGOING'] }, 'AIRING_SOON:x'), event: 'AIRING_SOON' });
    const lease = new Date(at.getTime() + MINUTE);
    const claimed = (await outbox.claim(at, lease, 100)).filter((d) => d.webhookId === hook!.row.id);
    expect(claimed).toEqual([
      expect.objectContaining({ event: 'AIRING_SOON', url: 'https://example.com/lease', secret: hook!.secret, attempts: 0 }),
    ]);
    expect((await outbox.claim(at, lease, 100)).filter((d) => d.webhookId === hook!.row.id)).toEqual([]);
    const expired = new Date(lease.getTime() + 1);
    expect((await outbox.claim(expired, new Date(expired.getTime() + MINUTE), 100)).map((d) => d.id)).toContain(claimed[0].id);

    const id = claimed[0].id;
    const retryAt = new Date(at.getTime() + 5 * SECOND);
    await outbox.record(id, { delivered: false, at, statusCode: 500, error: 'HTTP 500', retryAt });
    const row = async () => (await webhooks.deliveries(hook!.row.id, { limit: 1 })).rows[0];
    expect(await row()).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      lastStatusCode: 500,
      lastError: 'HTTP 500',
      nextAttemptAt: retryAt,
    });
    await outbox.record(id, { delivered: true, at: retryAt, statusCode: 204 });
    expect(await row()).toMatchObject({ status: 'DELIVERED', attempts: 2, lastStatusCode: 204, lastError: null, deliveredAt: retryAt });
    // A delivered one is never attempted again.
    expect((await outbox.claim(new Date(at.getTime() + HOUR), new Date(at.getTime() + 2 * HOUR), 100)).map((d) => d.id)).not.toContain(id);
  });

  it('marks a delivery FAILED when no retry is left, pages deliveries newest first, and forgets old finished ones', async () => {
    const key = await newKey();
    const hook = await webhooks.register(
      { ...key, url: 'https://example.com/pages', events: ['EPISODE_AIRED'], filter: { type: ['MOVIE'] } },
      20,
    );
    for (let i = 0; i < 5; i++) {
      await outbox.enqueue({ ...event({ type: ['MOVIE'] }, `EPISODE_AIRED:p${i}`), at: new Date(at.getTime() + i * SECOND) });
    }
    const first = await webhooks.deliveries(hook!.row.id, { limit: 2 });
    expect(first.total).toBe(5);
    expect(first.rows.map((r) => r.eventKey)).toEqual(['EPISODE_AIRED:p4', 'EPISODE_AIRED:p3']);
    const next = await webhooks.deliveries(hook!.row.id, {
      limit: 10,
      after: { createdAt: first.rows[1].createdAt, id: first.rows[1].id },
    });
    expect(next.rows.map((r) => r.eventKey)).toEqual(['EPISODE_AIRED:p2', 'EPISODE_AIRED:p1', 'EPISODE_AIRED:p0']);

    await outbox.record(next.rows[2].id, { delivered: false, at, statusCode: null, error: 'ECONNREFUSED', retryAt: null });
    expect((await webhooks.deliveries(hook!.row.id, { limit: 10, status: 'FAILED' })).rows).toEqual([
      expect.objectContaining({ eventKey: 'EPISODE_AIRED:p0', status: 'FAILED', attempts: 1, lastError: 'ECONNREFUSED' }),
    ]);
    expect(await outbox.prune(new Date(at.getTime() + MINUTE))).toBeGreaterThanOrEqual(1);
    expect((await webhooks.deliveries(hook!.row.id, { limit: 10 })).total).toBe(4);
  });

  it('gives each due delivery to one of two instances that claim at the same time', async () => {
    const other = await openDatabase({ url: scratch?.url, dir: 'memory://', log });
    // PGlite is one instance per process: the second "instance" shares it; PostgreSQL gets a second pool.
    const second = new OutboxStore(backend === 'postgres' ? other.db : database.db);
    try {
      const key = await newKey();
      await webhooks.register(
        { ...key, url: 'https://example.com/race', events: ['SCHEDULE_CHANGED'], filter: { tags: { anyOf: ['race'] } } },
        20,
      );
      const later = new Date(at.getTime() + 10 * HOUR);
      for (let i = 0; i < 40; i++) {
        await outbox.enqueue({ ...event({ tags: { anyOf: ['race'] } }, `SCHEDULE_CHANGED:${i}`), event: 'SCHEDULE_CHANGED', at: later });
      }
      const lease = new Date(later.getTime() + MINUTE);
      const claims = await Promise.all([outbox.claim(later, lease, 25), second.claim(later, lease, 25), outbox.claim(later, lease, 25)]);
      const ids = claims
        .flat()
        .filter((d) => d.event === 'SCHEDULE_CHANGED')
        .map((d) => d.id);
      expect(ids).toHaveLength(40);
      expect(new Set(ids).size).toBe(40);
    } finally {
      await other.close();
    }
  });
});
