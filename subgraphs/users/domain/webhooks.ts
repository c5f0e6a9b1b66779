// What registerWebhook accepts, and webhooks and their deliveries as the schema shows them.
import { BadUserInputError } from '../../../lib/errors.js';
import { decodeCursor, encodeCursor } from '../../../lib/paging.js';
import { WEBHOOK_EVENTS, type WebhookEventName } from '../../../lib/webhooks/events.js';
import type { DeliveryRow, WebhookRecord, WebhookRow } from '../../../lib/webhooks/webhook-store.js';
import type { Webhook, WebhookDelivery } from '../schema/webhook.type.js';

/** Webhooks one API key may have. */
export const MAX_WEBHOOKS_PER_KEY = 20;

/** The events asked for, each once; at least one. */
export function checkedEvents(events: readonly string[]): WebhookEventName[] {
  const unique = [...new Set(events)];
  if (!unique.length) throw new BadUserInputError(`events must name at least one of ${WEBHOOK_EVENTS.join(', ')}.`, 'events');
  return WEBHOOK_EVENTS.filter((event) => unique.includes(event));
}

export function webhookView(row: WebhookRecord | (WebhookRow & { keyRevoked?: boolean })): Webhook {
  return {
    id: row.id,
    url: row.url,
    events: row.events,
    filter: Object.keys(row.filter).length ? JSON.stringify(row.filter) : null,
    apiKeyId: row.apiKeyId,
    active: !row.keyRevoked,
    createdAt: row.createdAt,
  };
}

export function deliveryView(row: DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    event: row.event,
    status: row.status,
    attempts: row.attempts,
    payload: JSON.stringify(row.payload),
    createdAt: row.createdAt,
    lastAttemptAt: row.lastAttemptAt,
    nextAttemptAt: row.status === 'PENDING' ? row.nextAttemptAt : null,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    deliveredAt: row.deliveredAt,
  };
}

/** A delivery's place in its webhook's list (newest first): its time and id. */
export const deliveryCursor = (row: DeliveryRow): string => encodeCursor(`${row.createdAt.toISOString()}|${row.id}`);

export function afterDelivery(cursor: string | null | undefined): { createdAt: Date; id: string } | undefined {
  if (cursor == null) return undefined;
  const [at, id] = decodeCursor(cursor).split('|');
  const createdAt = new Date(at);
  if (!id || Number.isNaN(createdAt.getTime())) throw new BadUserInputError('after is not a cursor this API issued.', 'after');
  return { createdAt, id };
}
