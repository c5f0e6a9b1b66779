// A user's webhooks: registered with (and living with) one of their API keys, listed, deleted, and
// their deliveries read. The deliveries are made by the gateway's dispatcher (webhooks/).
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { AnimeFilter } from '../../../lib/anime-filter.input.js';
import { BadUserInputError, NotFoundError } from '../../../lib/errors.js';
import { pageSize } from '../../../lib/paging.js';
import { currentViewer } from '../../../lib/users/current-viewer.js';
import { WEBHOOK_ADDRESS_RULE, type DeliveryStatus } from '../../../lib/webhooks/events.js';
import { canonicalFilter } from '../../../lib/webhooks/filter.js';
import { checkPublicUrl, UrlRefused } from '../../../lib/net/url-policy.js';
import type { UsersContext } from '../context.js';
import { requireUser, UnauthenticatedError } from '../domain/access.js';
import { isId } from '../domain/validate.js';
import { afterDelivery, checkedEvents, deliveryCursor, deliveryView, MAX_WEBHOOKS_PER_KEY, webhookView } from '../domain/webhooks.js';
import { RegisteredWebhook, Webhook, WebhookDeliveryConnection, WebhookDeliveryStatus, WebhookEvent } from '../schema/webhook.type.js';

const MAX_DELIVERIES_PAGE = 100;

@Resolver()
export class WebhookResolver {
  @Mutation(() => RegisteredWebhook, {
    description: `Registers a webhook for the caller's API key: AniGraph POSTs each event it asks for to \`url\`, signed as Standard Webhooks says, and retries for 24 h. The secret is in this answer only. At most ${MAX_WEBHOOKS_PER_KEY} per key; the URL must be http(s) and resolve to public addresses.`,
  })
  async registerWebhook(
    @Arg('url', () => String, { description: 'Where to POST the events: http or https, at most 2048 characters, a public address.' })
    url: string,
    @Arg('events', () => [WebhookEvent], { description: 'The events to be told of; at least one.' }) events: string[],
    @Arg('filter', () => AnimeFilter, {
      nullable: true,
      description: 'Only the events of the anime this filter keeps (every anime by default).',
    })
    filter: AnimeFilter | null,
    @Ctx() ctx: UsersContext,
  ): Promise<RegisteredWebhook> {
    const userId = requireUser('registerWebhook', ctx.adminEnabled);
    const apiKeyId = currentViewer()?.keyId;
    if (!apiKeyId) throw new UnauthenticatedError('registerWebhook (a webhook lives with the API key that registers it)');
    const wanted = checkedEvents(events);
    const stored = canonicalFilter(filter);
    let checked: URL;
    try {
      checked = await checkPublicUrl(url, { allowPrivate: ctx.allowPrivateWebhooks, rule: WEBHOOK_ADDRESS_RULE });
    } catch (error) {
      if (error instanceof UrlRefused) throw new BadUserInputError(error.message, 'url');
      throw error;
    }
    const registered = await (
      await ctx.webhooks()
    ).register({ userId, apiKeyId, url: checked.href, events: wanted, filter: stored }, MAX_WEBHOOKS_PER_KEY);
    if (!registered) {
      throw new BadUserInputError(`An API key has at most ${MAX_WEBHOOKS_PER_KEY} webhooks: delete one first (deleteWebhook).`);
    }
    return { webhook: webhookView(registered.row), secret: registered.secret };
  }

  @Query(() => [Webhook], { description: "The caller's webhooks, newest first (those of each of their API keys)." })
  async webhooks(@Ctx() ctx: UsersContext): Promise<Webhook[]> {
    const userId = requireUser('webhooks', ctx.adminEnabled);
    return (await (await ctx.webhooks()).list(userId)).map(webhookView);
  }

  @Mutation(() => Webhook, {
    description: "Deletes one of the caller's webhooks with its deliveries: nothing more is sent. NOT_FOUND when there is none.",
  })
  async deleteWebhook(@Arg('id', () => ID, { description: "The webhook's id." }) id: string, @Ctx() ctx: UsersContext): Promise<Webhook> {
    const userId = requireUser('deleteWebhook', ctx.adminEnabled);
    const deleted = isId(id) ? await (await ctx.webhooks()).delete(userId, id.toLowerCase()) : undefined;
    if (!deleted) throw new NotFoundError(`No webhook with id "${id.slice(0, 40)}".`);
    return webhookView(deleted);
  }

  @Query(() => WebhookDeliveryConnection, {
    description:
      "One of the caller's webhooks' deliveries, newest first: each event's status, attempts and last answer. NOT_FOUND for a webhook that is not the caller's.",
  })
  async webhookDeliveries(
    @Arg('id', () => ID, { description: "The webhook's id." }) id: string,
    @Arg('first', () => Int, { defaultValue: 20, description: `How many deliveries, at most ${MAX_DELIVERIES_PAGE}.` }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the page before.' }) after: string | null,
    @Arg('status', () => WebhookDeliveryStatus, { nullable: true, description: 'Only the deliveries of this status.' })
    status: DeliveryStatus | null,
    @Ctx() ctx: UsersContext,
  ): Promise<WebhookDeliveryConnection> {
    const userId = requireUser('webhookDeliveries', ctx.adminEnabled);
    const limit = pageSize(first, 20, MAX_DELIVERIES_PAGE);
    const from = afterDelivery(after);
    const store = await ctx.webhooks();
    const webhook = isId(id) ? await store.get(userId, id.toLowerCase()) : undefined;
    if (!webhook) throw new NotFoundError(`No webhook with id "${id.slice(0, 40)}".`);
    // One more than the page tells whether another follows.
    const { rows, total } = await store.deliveries(webhook.id, { limit: limit + 1, after: from, status: status ?? undefined });
    const page = rows.slice(0, limit);
    const edges = page.map((row) => ({ cursor: deliveryCursor(row), node: deliveryView(row) }));
    return {
      edges,
      nodes: edges.map((edge) => edge.node),
      pageInfo: {
        hasNextPage: rows.length > limit,
        hasPreviousPage: from !== undefined,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount: total,
    };
  }
}
