// ANALYTICS_RETENTION: events older than it are deleted at start and then once a day.
import type { Db } from '../../../lib/db/database.js';
import type { Logger } from '../../../lib/logger.js';
import { deleteEventsBefore } from './figures.js';

const DAY_MS = 86_400_000;

export interface RetentionJob {
  /** Deletes what is past retention now; how many events went. */
  run(): Promise<number>;
  stop(): void;
}

export function startRetention(db: () => Promise<Db>, retentionSeconds: number, now: () => Date, log: Logger): RetentionJob {
  const run = async () => {
    const before = new Date(now().getTime() - retentionSeconds * 1000);
    const deleted = await deleteEventsBefore(await db(), before);
    if (deleted > 0) log.info({ deleted, before }, 'analytics events past ANALYTICS_RETENTION deleted');
    return deleted;
  };
  const quietly = () =>
    run().catch((error: Error) => log.warn({ err: error.message }, 'analytics retention job failed; tried again tomorrow'));
  void quietly();
  const timer = setInterval(quietly, DAY_MS).unref();
  return { run, stop: () => clearInterval(timer) };
}
