// Writes analytics events off the request path: a request only pushes its event onto a bounded
// queue (never waits); a writer inserts them in batches. When the queue is full an event is dropped
// and counted, and when the database fails a batch goes back to the queue, as far as it has room.
import type { Db } from '../db/database.js';
import { analyticsEvents } from '../db/schema.js';
import type { Logger } from '../logger.js';
import type { AnalyticsEvent } from './event.js';

export interface RecorderOptions {
  /** The database, opened when the first event is written (a gateway nobody calls opens none). */
  db: () => Promise<Db>;
  queueSize: number;
  batchSize: number;
  /** The longest an event waits before its batch is written. */
  flushMs: number;
  log: Logger;
}

export interface RecorderCounts {
  queued: number;
  written: number;
  dropped: number;
  failedWrites: number;
}

export class AnalyticsRecorder {
  private queue: AnalyticsEvent[] = [];
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> | undefined;
  private closed = false;
  readonly counts = { written: 0, dropped: 0, failedWrites: 0 };

  constructor(private readonly options: RecorderOptions) {}

  /** Queues one event; false when the queue was full and the event was dropped. */
  record(event: AnalyticsEvent): boolean {
    if (this.closed || this.queue.length >= this.options.queueSize) {
      this.counts.dropped++;
      return false;
    }
    this.queue.push(event);
    if (this.queue.length >= this.options.batchSize) this.kick();
    else this.timer ??= setTimeout(() => this.kick(), this.options.flushMs).unref();
    return true;
  }

  get depth(): number {
    return this.queue.length;
  }

  /** Writes everything queued now (tests and shutdown); resolves when it is written or put back. */
  async flush(): Promise<void> {
    while (this.writing) await this.writing;
    this.kick();
    while (this.writing) await this.writing;
  }

  /** Writes what is queued, then takes no more; what the database would not take is counted as dropped. */
  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    clearTimeout(this.timer);
    if (this.queue.length > 0) {
      this.counts.dropped += this.queue.length;
      this.options.log.warn({ events: this.queue.length }, 'analytics events not written at shutdown: the database did not take them');
      this.queue = [];
    }
  }

  private kick(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.writing || this.queue.length === 0) return;
    this.writing = this.writeAll().finally(() => {
      this.writing = undefined;
      if (this.queue.length > 0 && !this.closed) this.timer ??= setTimeout(() => this.kick(), this.options.flushMs).unref();
    });
  }

  private async writeAll(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.options.batchSize);
      try {
        const db = await this.options.db();
        await db.insert(analyticsEvents).values(batch);
        this.counts.written += batch.length;
      } catch (error) {
        this.counts.failedWrites++;
        // Put back in front of what came meanwhile, as far as there is room; the rest is dropped.
        const room = Math.max(0, this.options.queueSize - this.queue.length);
        this.queue.unshift(...batch.slice(0, room));
        this.counts.dropped += batch.length - Math.min(room, batch.length);
        this.options.log.warn({ err: (error as Error).message, events: batch.length }, 'analytics events not written; retried later');
        return;
      }
    }
  }
}
