// The outbox (webhook_deliveries): every webhook's copy of an event, written once however many gateway
// instances see the event (UNIQUE(webhook_id, event_key), ON CONFLICT DO NOTHING), and claimed for
// delivery by one instance at a time: the due rows are locked with FOR UPDATE SKIP LOCKED and leased
// (their next_attempt_at moved past the attempt's timeout), so that an instance that dies mid-attempt
// leaves them to be tried again when the lease ends.
import { and, asc, eq, inArray, lt, lte, ne, sql } from 'drizzle-orm';
import type { Db } from '../lib/db/database.js';
import { webhookDeliveries, webhooks } from '../lib/db/schema.js';
import type { WebhookEventName } from '../lib/webhooks/events.js';
import type { StoredFilter } from '../lib/webhooks/filter.js';

export interface OutboxEvent {
  event: WebhookEventName;
  /** The webhooks it is for: those of `event` whose stored filter is this one. */
  filter: StoredFilter;
  /** What makes the event unique across instances ("EPISODE_AIRED:mal-21:RAW:1100"). */
  eventKey: string;
  /** The body every attempt sends. */
  payload: Record<string, unknown>;
  at: Date;
}

/** A delivery claimed for one attempt, with what sending it needs. */
export interface ClaimedDelivery {
  id: string;
  webhookId: string;
  event: WebhookEventName;
  payload: Record<string, unknown>;
  attempts: number;
  createdAt: Date;
  url: string;
  secret: string;
}

export type AttemptResult =
  | { delivered: true; at: Date; statusCode: number }
  /** `retryAt`: null when the retry window is over (the delivery is FAILED). */
  | { delivered: false; at: Date; statusCode: number | null; error: string; retryAt: Date | null };

export class OutboxStore {
  constructor(private readonly db: Db) {}

  /**
   * One delivery of the event for every webhook of its kind and filter whose key is live; none for a
   * webhook that has it already (another instance wrote it). Answers how many this call wrote.
   */
  async enqueue({ event, filter, eventKey, payload, at }: OutboxEvent): Promise<number> {
    const result = await this.db.execute(sql`
      insert into ${webhookDeliveries} (id, webhook_id, event, event_key, payload, status, attempts, next_attempt_at, created_at)
      select 'msg_' || replace(gen_random_uuid()::text, '-', ''), w.id, ${event}::webhook_event, ${eventKey},
             ${JSON.stringify(payload)}::jsonb, 'PENDING', 0, ${at.toISOString()}::timestamptz, ${at.toISOString()}::timestamptz
      from webhooks w join api_keys k on k.id = w.api_key_id
      where ${event}::webhook_event = any(w.events) and w.filter = ${JSON.stringify(filter)}::jsonb and k.revoked_at is null
      on conflict (webhook_id, event_key) do nothing
      returning id`);
    return (result as unknown as { rows: unknown[] }).rows.length;
  }

  /** Up to `limit` deliveries due at `now`, leased until `leaseUntil` to this caller. */
  async claim(now: Date, leaseUntil: Date, limit: number): Promise<ClaimedDelivery[]> {
    const due = this.db
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.status, 'PENDING'), lte(webhookDeliveries.nextAttemptAt, now)))
      .orderBy(asc(webhookDeliveries.nextAttemptAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    return this.db
      .update(webhookDeliveries)
      .set({ nextAttemptAt: leaseUntil })
      .from(webhooks)
      .where(and(inArray(webhookDeliveries.id, due), eq(webhooks.id, webhookDeliveries.webhookId)))
      .returning({
        id: webhookDeliveries.id,
        webhookId: webhookDeliveries.webhookId,
        event: webhookDeliveries.event,
        payload: webhookDeliveries.payload,
        attempts: webhookDeliveries.attempts,
        createdAt: webhookDeliveries.createdAt,
        url: webhooks.url,
        secret: webhooks.secret,
      });
  }

  /** Notes an attempt: DELIVERED, or PENDING until `retryAt`, or FAILED when there is none. */
  async record(id: string, result: AttemptResult): Promise<void> {
    const common = { attempts: sql`${webhookDeliveries.attempts} + 1`, lastAttemptAt: result.at, lastStatusCode: result.statusCode };
    const changes = result.delivered
      ? { ...common, status: 'DELIVERED' as const, lastError: null, deliveredAt: result.at }
      : result.retryAt
        ? { ...common, lastError: result.error, nextAttemptAt: result.retryAt }
        : { ...common, status: 'FAILED' as const, lastError: result.error };
    await this.db
      .update(webhookDeliveries)
      .set(changes)
      .where(and(eq(webhookDeliveries.id, id), eq(webhookDeliveries.status, 'PENDING')));
  }

  /** Deliveries waiting for an attempt, over every instance. */
  async pending(): Promise<number> {
    const [{ count }] = await this.db
      .select({ count: sql<number>`count(*)::int` })
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.status, 'PENDING'));
    return count;
  }

  /** Forgets delivered and failed deliveries made before `before`; answers how many. */
  async prune(before: Date): Promise<number> {
    const deleted = await this.db
      .delete(webhookDeliveries)
      .where(and(ne(webhookDeliveries.status, 'PENDING'), lt(webhookDeliveries.createdAt, before)))
      .returning({ id: webhookDeliveries.id });
    return deleted.length;
  }

  /** The distinct (event, filter) pairs that live webhooks ask for: what the dispatcher subscribes to. */
  async wanted(): Promise<{ event: WebhookEventName; filter: StoredFilter }[]> {
    const result = await this.db.execute(sql`
      select distinct e.event::text as event, w.filter
      from webhooks w join api_keys k on k.id = w.api_key_id, unnest(w.events) as e(event)
      where k.revoked_at is null`);
    return (result as unknown as { rows: { event: WebhookEventName; filter: StoredFilter | string }[] }).rows.map((row) => ({
      event: row.event,
      filter: typeof row.filter === 'string' ? (JSON.parse(row.filter) as StoredFilter) : row.filter,
    }));
  }
}
