// Webhooks in the database, as the users subgraph registers, lists and deletes them, and the outbox
// rows of one webhook as its owner reads them (webhookDeliveries). The deliveries themselves are
// written and sent by webhooks/ (the dispatcher in the gateway process).
import { randomBytes } from 'node:crypto';
import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { apiKeys, webhookDeliveries, webhooks } from '../db/schema.js';
import type { DeliveryStatus, WebhookEventName } from './events.js';
import type { StoredFilter } from './filter.js';

export type WebhookRow = typeof webhooks.$inferSelect;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;

/** A webhook as its owner sees it: never the secret, and whether the key that registered it is live. */
export type WebhookRecord = Omit<WebhookRow, 'secret'> & { keyRevoked: boolean };

export interface NewWebhook {
  userId: string;
  apiKeyId: string;
  url: string;
  events: WebhookEventName[];
  filter: StoredFilter;
}

/** A page of deliveries, newest first; `after` is the last one of the page before. */
export interface DeliveryPageRequest {
  limit: number;
  after?: { createdAt: Date; id: string };
  status?: DeliveryStatus;
}

/** "whsec_" and 32 random bytes in base64: the secret format of Standard Webhooks (and of its libraries). */
export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64')}`;

const RECORD = {
  id: webhooks.id,
  userId: webhooks.userId,
  apiKeyId: webhooks.apiKeyId,
  url: webhooks.url,
  events: webhooks.events,
  filter: webhooks.filter,
  createdAt: webhooks.createdAt,
  keyRevoked: sql<boolean>`${apiKeys.revokedAt} is not null`,
};

export class WebhookStore {
  constructor(private readonly db: Db) {}

  /**
   * Registers a webhook with a new secret, unless its key already has `maxPerKey`: undefined then.
   * The key's row is locked meanwhile, so that registrations with one key at once cannot pass the cap.
   */
  async register(webhook: NewWebhook, maxPerKey: number): Promise<{ row: WebhookRow; secret: string } | undefined> {
    const secret = newWebhookSecret();
    return this.db.transaction(async (tx) => {
      await tx.select({ id: apiKeys.id }).from(apiKeys).where(eq(apiKeys.id, webhook.apiKeyId)).for('update');
      const [{ count }] = await tx
        .select({ count: sql<number>`count(*)::int` })
        .from(webhooks)
        .where(eq(webhooks.apiKeyId, webhook.apiKeyId));
      if (count >= maxPerKey) return undefined;
      const [row] = await tx
        .insert(webhooks)
        .values({ ...webhook, secret })
        .returning();
      return { row, secret };
    });
  }

  /** The user's webhooks, newest first. */
  list(userId: string): Promise<WebhookRecord[]> {
    return this.db
      .select(RECORD)
      .from(webhooks)
      .innerJoin(apiKeys, eq(apiKeys.id, webhooks.apiKeyId))
      .where(eq(webhooks.userId, userId))
      .orderBy(desc(webhooks.createdAt), desc(webhooks.id));
  }

  async get(userId: string, id: string): Promise<WebhookRecord | undefined> {
    const [row] = await this.db
      .select(RECORD)
      .from(webhooks)
      .innerJoin(apiKeys, eq(apiKeys.id, webhooks.apiKeyId))
      .where(and(eq(webhooks.id, id), eq(webhooks.userId, userId)));
    return row;
  }

  /** Deletes one of the user's webhooks with its deliveries (the foreign key cascades). */
  async delete(userId: string, id: string): Promise<WebhookRecord | undefined> {
    const found = await this.get(userId, id);
    if (!found) return undefined;
    const deleted = await this.db
      .delete(webhooks)
      .where(and(eq(webhooks.id, id), eq(webhooks.userId, userId)))
      .returning({ id: webhooks.id });
    return deleted.length ? found : undefined;
  }

  /** A page of one webhook's deliveries, newest first, and how many there are (of `status`, when given). */
  async deliveries(webhookId: string, page: DeliveryPageRequest): Promise<{ rows: DeliveryRow[]; total: number }> {
    const ofWebhook = and(eq(webhookDeliveries.webhookId, webhookId), page.status ? eq(webhookDeliveries.status, page.status) : undefined);
    const after = page.after;
    const rows = await this.db
      .select()
      .from(webhookDeliveries)
      .where(
        and(
          ofWebhook,
          after
            ? or(
                lt(webhookDeliveries.createdAt, after.createdAt),
                and(eq(webhookDeliveries.createdAt, after.createdAt), lt(webhookDeliveries.id, after.id)),
              )
            : undefined,
        ),
      )
      .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
      .limit(page.limit);
    const [{ total }] = await this.db
      .select({ total: sql<number>`count(*)::int` })
      .from(webhookDeliveries)
      .where(ofWebhook);
    return { rows, total };
  }
}
