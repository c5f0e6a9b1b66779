// The events a webhook can ask for: each is one of the graph's own subscriptions (webhooks/ subscribes
// to them), and each delivery's body names it in `type`, as Standard Webhooks recommends.

export const WEBHOOK_EVENTS = ['EPISODE_AIRED', 'AIRING_SOON', 'SCHEDULE_CHANGED', 'CATALOG_UPDATED'] as const;

export type WebhookEventName = (typeof WEBHOOK_EVENTS)[number];

/** The `type` of a delivery's body: full-stop delimited, as the Standard Webhooks payload structure suggests. */
export const EVENT_TYPES: Record<WebhookEventName, string> = {
  EPISODE_AIRED: 'episode.aired',
  AIRING_SOON: 'episode.airing_soon',
  SCHEDULE_CHANGED: 'schedule.changed',
  CATALOG_UPDATED: 'catalog.updated',
};

/** AIRING_SOON tells an episode this long before it airs (the airingSoon subscription's default). */
export const AIRING_SOON_MINUTES = 30;

export const DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED'] as const;

export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** What a webhook URL refused for its address is told. */
export const WEBHOOK_ADDRESS_RULE =
  'webhooks may only call public addresses (an operator can allow private ones with WEBHOOK_ALLOW_PRIVATE)';
