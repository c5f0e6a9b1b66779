// Delivers what the outbox holds: every second (and as soon as an event is written) it claims the due
// deliveries, sends them side by side, and notes each attempt — delivered, to be retried on the
// backoff schedule, or failed once WEBHOOK_RETRY_FOR is over. Several instances share the work through
// the outbox's lease (outbox.store.ts).
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../lib/logger.js';
import { nextAttemptAt } from './backoff.js';
import type { WebhookMetrics } from './metrics.js';
import type { ClaimedDelivery, OutboxStore } from './outbox.store.js';
import { sendDelivery } from './sender.js';

export interface DeliveryWorkerOptions {
  outbox: OutboxStore;
  /** The time the schedule of attempts follows (tests move it); the signature's timestamp is the wall clock's. */
  clock: () => Date;
  retryForMs: number;
  timeoutMs: number;
  allowPrivate: boolean;
  log: Logger;
  metrics?: WebhookMetrics;
  /** Deliveries claimed at once. */
  batch?: number;
  pollMs?: number;
}

/** A claimed delivery stays with its instance this long past the attempt's timeout. */
const LEASE_MARGIN_MS = 30_000;
/** How long close() lets attempts under way finish before it aborts them (they are retried after their lease). */
const CLOSE_GRACE_MS = 2_000;

export class DeliveryWorker {
  private current: Promise<number> = Promise.resolve(0);
  private queued: Promise<number> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly abort = new AbortController();

  constructor(private readonly options: DeliveryWorkerOptions) {}

  start(): void {
    this.schedule(0);
  }

  /** An event was written: deliver now rather than at the next poll. */
  wake(): void {
    if (!this.closed) void this.deliverDue().catch(() => undefined);
  }

  /** Sends every delivery due now; answers how many attempts were made. One pass at a time in this process. */
  deliverDue(): Promise<number> {
    if (this.queued) return this.queued;
    const run = this.current
      .catch(() => 0)
      .then(() => {
        this.queued = undefined;
        return this.closed ? 0 : this.pass();
      });
    this.queued = run;
    this.current = run;
    return run;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await Promise.race([this.current.catch(() => 0), sleep(CLOSE_GRACE_MS, undefined, { ref: false })]);
    this.abort.abort();
    await this.current.catch(() => 0);
  }

  private schedule(ms: number): void {
    if (this.closed) return;
    this.timer = setTimeout(() => {
      this.deliverDue()
        .catch((error: Error) => this.options.log.error({ err: error }, 'webhook deliveries could not be read from the outbox'))
        .finally(() => this.schedule(this.options.pollMs ?? 1_000));
    }, ms);
    this.timer.unref();
  }

  private async pass(): Promise<number> {
    const { outbox, clock, timeoutMs } = this.options;
    const batch = this.options.batch ?? 10;
    let attempts = 0;
    while (!this.closed) {
      const now = clock();
      const claimed = await outbox.claim(now, new Date(now.getTime() + timeoutMs + LEASE_MARGIN_MS), batch);
      await Promise.all(claimed.map((delivery) => this.attempt(delivery)));
      attempts += claimed.length;
      if (claimed.length < batch) break;
    }
    return attempts;
  }

  private async attempt(delivery: ClaimedDelivery): Promise<void> {
    const { outbox, clock, log, metrics } = this.options;
    const outcome = await sendDelivery(delivery, {
      timeoutMs: this.options.timeoutMs,
      allowPrivate: this.options.allowPrivate,
      signal: this.abort.signal,
    });
    if (this.abort.signal.aborted) return; // closing: the lease lets an instance try again
    const at = clock();
    const context = { delivery: delivery.id, webhook: delivery.webhookId, event: delivery.event, attempt: delivery.attempts + 1 };
    if (outcome.ok) {
      await outbox.record(delivery.id, { delivered: true, at, statusCode: outcome.statusCode });
      metrics?.attempt(delivery.event, 'delivered');
      log.debug({ ...context, status: outcome.statusCode }, 'webhook delivered');
      return;
    }
    const retryAt = nextAttemptAt(delivery.createdAt, delivery.attempts + 1, at, this.options.retryForMs);
    await outbox.record(delivery.id, { delivered: false, at, statusCode: outcome.statusCode, error: outcome.error, retryAt });
    metrics?.attempt(delivery.event, retryAt ? 'retry' : 'failed');
    log[retryAt ? 'info' : 'warn'](
      { ...context, status: outcome.statusCode, error: outcome.error, retryAt },
      retryAt ? 'webhook delivery failed; it is retried' : 'webhook delivery failed for good',
    );
  }
}
