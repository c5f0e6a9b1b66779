import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../../lib/page-info.type.js';
import type { DeliveryStatus, WebhookEventName } from '../../../lib/webhooks/events.js';

export const WebhookEvent = {
  EPISODE_AIRED: 'EPISODE_AIRED',
  AIRING_SOON: 'AIRING_SOON',
  SCHEDULE_CHANGED: 'SCHEDULE_CHANGED',
  CATALOG_UPDATED: 'CATALOG_UPDATED',
} as const satisfies { [E in WebhookEventName]: E };

registerEnumType(WebhookEvent, {
  name: 'WebhookEvent',
  description: "What a webhook is told of: each is one of the graph's subscriptions, delivered as an HTTP POST.",
  valuesConfig: {
    EPISODE_AIRED: { description: 'An episode airs (episodeAired): body type "episode.aired".' },
    AIRING_SOON: { description: 'An episode airs within 30 minutes (airingSoon): body type "episode.airing_soon".' },
    SCHEDULE_CHANGED: {
      description: 'A broadcast of the coming week is added, removed, delayed or moved (scheduleChanged): "schedule.changed".',
    },
    CATALOG_UPDATED: { description: 'A new catalog serves, with the anime it added and removed (catalogUpdated): "catalog.updated".' },
  },
});

export const WebhookDeliveryStatus = {
  PENDING: 'PENDING',
  DELIVERED: 'DELIVERED',
  FAILED: 'FAILED',
} as const satisfies { [S in DeliveryStatus]: S };

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery stands.',
  valuesConfig: {
    PENDING: { description: 'Not delivered yet: the next attempt is at nextAttemptAt.' },
    DELIVERED: { description: 'The endpoint answered an attempt with a 2xx status.' },
    FAILED: { description: 'No attempt succeeded within WEBHOOK_RETRY_FOR (24 h) of the event: no more are made.' },
  },
});

@ObjectType({ description: "An endpoint that AniGraph tells of events, registered with one of the user's API keys." })
export class Webhook {
  @Field(() => ID, { description: "The webhook's id (what deleteWebhook and webhookDeliveries take)." })
  id!: string;

  @Field(() => String, { description: 'The URL each delivery is POSTed to.' })
  url!: string;

  @Field(() => [WebhookEvent], { description: 'The events it is told of.' })
  events!: WebhookEventName[];

  @Field(() => String, {
    nullable: true,
    description: 'The AnimeFilter it was registered with, as JSON in a canonical form; null when it is for every anime.',
  })
  filter!: string | null;

  @Field(() => ID, { description: 'The API key that registered it.' })
  apiKeyId!: string;

  @Field(() => Boolean, { description: 'False once the API key that registered it is revoked: it is told of no more events.' })
  active!: boolean;

  @Field(() => Date, { description: 'When it was registered.' })
  createdAt!: Date;
}

@ObjectType({ description: 'A new webhook and the secret its deliveries are signed with: the secret is in this answer only.' })
export class RegisteredWebhook {
  @Field(() => Webhook, { description: 'The webhook, as it is listed from now on.' })
  webhook!: Webhook;

  @Field(() => String, {
    description:
      'The signing secret ("whsec_" and base64), for verifying the webhook-signature header with a Standard Webhooks library. Shown this once.',
  })
  secret!: string;
}

@ObjectType({ description: 'One event for one webhook, and how its delivery went: the same message id on every attempt.' })
export class WebhookDelivery {
  @Field(() => ID, {
    description: 'The message id ("msg_..."), sent as the webhook-id header on every attempt: a receiver drops repeats by it.',
  })
  id!: string;

  @Field(() => WebhookEvent, { description: 'The event.' })
  event!: WebhookEventName;

  @Field(() => WebhookDeliveryStatus, { description: 'Pending, delivered or failed.' })
  status!: DeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attempts!: number;

  @Field(() => String, { description: 'The JSON body each attempt sends: `{ "type", "timestamp", "data" }`.' })
  payload!: string;

  @Field(() => Date, { description: 'When the event was written to the outbox.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the last attempt was made; null before the first.' })
  lastAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due; null once delivered or failed.' })
  nextAttemptAt!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: "The HTTP status of the last attempt's answer; null without an answer (or an attempt).",
  })
  lastStatusCode!: number | null;

  @Field(() => String, { nullable: true, description: 'What went wrong in the last attempt; null when it succeeded or none was made.' })
  lastError!: string | null;

  @Field(() => Date, { nullable: true, description: 'When an attempt succeeded; null until then.' })
  deliveredAt!: Date | null;
}

@ObjectType({ description: 'A delivery of a page, with its cursor.' })
export class WebhookDeliveryEdge {
  @Field(() => String, { description: 'Pass as `after` for the deliveries that follow this one.' })
  cursor!: string;

  @Field(() => WebhookDelivery, { description: 'The delivery.' })
  node!: WebhookDelivery;
}

@ObjectType({ description: "A page of a webhook's deliveries, newest first." })
export class WebhookDeliveryConnection {
  @Field(() => [WebhookDeliveryEdge], { description: 'The deliveries of this page with their cursors.' })
  edges!: WebhookDeliveryEdge[];

  @Field(() => [WebhookDelivery], { description: 'The same deliveries as `edges`, without cursors.' })
  nodes!: WebhookDelivery[];

  @Field(() => PageInfo, { description: 'Whether more deliveries follow, and the cursor to ask for them.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many deliveries the webhook has (of the status asked for).' })
  totalCount!: number;
}
