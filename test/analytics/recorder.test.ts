// The recorder keeps requests off the database: it queues, writes in batches, loses nothing while the
// queue has room, and drops (and counts) what does not fit — on both database backends.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyticsEvent } from '../../lib/analytics/event.js';
import { AnalyticsRecorder } from '../../lib/analytics/recorder.js';
import { openDatabase, type Database, type Db } from '../../lib/db/database.js';
import { createLogger } from '../../lib/logger.js';
import { freshPostgresDatabase, type ScratchDatabase } from '../helpers/postgres.js';

const log = createLogger('silent');

const event = (n: number): AnalyticsEvent => ({
  at: new Date(),
  operationName: `Op${n % 7}`,
  operationType: 'query',
  transport: 'graphql-http',
  latencyMs: n % 13,
  subject: `user:${n % 5}`,
  tier: 'FREE',
});

const countRows = async (db: Db) =>
  Number(((await db.execute(sql`SELECT count(*) AS n FROM analytics_events`)) as unknown as { rows: { n: string }[] }).rows[0].n);

describe.each(['pglite', 'postgres'] as const)('the analytics recorder on %s', (backend) => {
  let scratch: ScratchDatabase | undefined;
  let database: Database;

  beforeAll(async () => {
    scratch = backend === 'postgres' ? await freshPostgresDatabase() : undefined;
    database = await openDatabase({ url: scratch?.url, dir: 'memory://', log });
  });
  afterAll(async () => {
    await database.close();
    await scratch?.drop();
  });

  it('writes every event in batches while the queue has room', async () => {
    const before = await countRows(database.db);
    const recorder = new AnalyticsRecorder({ db: async () => database.db, queueSize: 10_000, batchSize: 500, flushMs: 20, log });
    for (let n = 0; n < 5_000; n++) expect(recorder.record(event(n))).toBe(true);
    await recorder.flush();
    expect(recorder.counts).toMatchObject({ written: 5_000, dropped: 0 });
    expect((await countRows(database.db)) - before).toBe(5_000);
    await recorder.close();
  });

  it('drops and counts what does not fit while the database is slow, and writes the rest after', async () => {
    let open!: () => void;
    const slow = new Promise<void>((resolve) => (open = resolve));
    const recorder = new AnalyticsRecorder({
      db: async () => (await slow, database.db),
      queueSize: 100,
      batchSize: 50,
      flushMs: 5,
      log,
    });
    const before = await countRows(database.db);
    // The first batch of 50 is taken by the writer, which waits on the database; 100 more fit in the queue.
    const accepted = Array.from({ length: 300 }, (_, n) => recorder.record(event(n))).filter(Boolean).length;
    expect(recorder.counts.dropped).toBe(300 - accepted);
    expect(recorder.counts.dropped).toBeGreaterThan(0);
    open();
    await recorder.flush();
    expect(recorder.counts.written).toBe(accepted);
    expect((await countRows(database.db)) - before).toBe(accepted);
    await recorder.close();
  });

  it('keeps a batch the database refused and writes it once the database is back', async () => {
    let failing = true;
    const recorder = new AnalyticsRecorder({
      db: async () => {
        if (failing) throw new Error('connection refused');
        return database.db;
      },
      queueSize: 1_000,
      batchSize: 100,
      flushMs: 5,
      log,
    });
    const before = await countRows(database.db);
    for (let n = 0; n < 250; n++) recorder.record(event(n));
    await recorder.flush();
    expect(recorder.counts.failedWrites).toBeGreaterThan(0);
    expect(recorder.depth).toBe(250);
    failing = false;
    await recorder.flush();
    expect(recorder.counts).toMatchObject({ written: 250, dropped: 0 });
    expect((await countRows(database.db)) - before).toBe(250);
    await recorder.close();
  });
});
