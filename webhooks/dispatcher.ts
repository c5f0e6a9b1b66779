// The webhook dispatcher: a facade of the gateway like REST and MCP, which speaks GraphQL to the
// gateway only. Every few seconds it reads which events (and filters) the live webhooks ask for and
// holds one subscription for each (event-streams.ts); each event becomes one outbox row per webhook
// (outbox.store.ts), which the delivery worker sends (delivery-worker.ts).
import type { Registry } from 'prom-client';
import type { Config } from '../lib/config.js';
import type { Db } from '../lib/db/database.js';
import type { Logger } from '../lib/logger.js';
import type { GraphQLFetcher } from '../lib/operation-client.js';
import { EVENT_TYPES } from '../lib/webhooks/events.js';
import { DeliveryWorker } from './delivery-worker.js';
import { EventStreams, type Wanted } from './event-streams.js';
import { WebhookMetrics } from './metrics.js';
import { retryingMemo } from '../lib/retrying-memo.js';
import { OutboxStore } from './outbox.store.js';

export type WebhookConfig = Pick<Config, 'WEBHOOK_ALLOW_PRIVATE' | 'WEBHOOK_TIMEOUT_MS' | 'WEBHOOK_RETRY_FOR'>;

export interface WebhookDispatcherOptions {
  config: WebhookConfig;
  gateway: GraphQLFetcher;
  /** The database, once open (tried again after a failure). */
  database: () => Promise<Db>;
  log: Logger;
  /** /metrics (absent when METRICS=false). */
  registry?: Registry;
  /** The time events and attempts are scheduled by (tests move it); the system clock by default. */
  clock?: () => Date;
  /** How often the webhooks are read again (a new webhook is told events from then on). */
  syncMs?: number;
  pollMs?: number;
}

export interface WebhookDispatcher {
  /** Reads the webhooks now and holds the subscriptions they need. */
  sync(): Promise<void>;
  /** Attempts every delivery due now; answers how many attempts were made. */
  deliverDue(): Promise<number>;
  /** Subscriptions the gateway is answering now. */
  readonly streams: number;
  close(): Promise<void>;
}

/** Delivered and failed deliveries are kept this long for webhookDeliveries, then forgotten. */
const KEEP_MS = 30 * 24 * 3600_000;
const PRUNE_EVERY_MS = 3600_000;

export function createWebhookDispatcher(options: WebhookDispatcherOptions): WebhookDispatcher {
  const { config, log } = options;
  const clock = options.clock ?? (() => new Date());
  // Opened again at the next sync when the database was away.
  const outbox = retryingMemo(async () => new OutboxStore(await options.database()));
  const metrics = options.registry && new WebhookMetrics(options.registry, async () => (await outbox()).pending());
  let worker: DeliveryWorker | undefined;
  const streams = new EventStreams({
    gateway: options.gateway,
    log,
    async onEvent({ event, filter }: Wanted, told) {
      const at = clock();
      const payload = { type: EVENT_TYPES[event], timestamp: at.toISOString(), data: told.data };
      const written = await (await outbox()).enqueue({ event, filter, eventKey: told.key, payload, at });
      log.debug({ event, key: told.key, deliveries: written }, 'webhook event written to the outbox');
      if (written) worker?.wake();
    },
  });
  let closed = false;
  let prunedAt = 0;
  let syncing: Promise<void> | undefined;

  const sync = (): Promise<void> =>
    (syncing ??= (async () => {
      try {
        const store = await outbox();
        if (closed) return;
        const wanted = await store.wanted();
        // A gateway with no webhooks (most tests, most installs) does not poll the outbox.
        if (!worker && (wanted.length || (await store.pending()))) {
          worker = new DeliveryWorker({
            outbox: store,
            clock,
            retryForMs: config.WEBHOOK_RETRY_FOR * 1000,
            timeoutMs: config.WEBHOOK_TIMEOUT_MS,
            allowPrivate: config.WEBHOOK_ALLOW_PRIVATE,
            log,
            metrics,
            pollMs: options.pollMs,
          });
          worker.start();
        }
        streams.sync(wanted);
        if (clock().getTime() - prunedAt > PRUNE_EVERY_MS) {
          prunedAt = clock().getTime();
          const pruned = await store.prune(new Date(prunedAt - KEEP_MS));
          if (pruned) log.info({ pruned }, 'old webhook deliveries forgotten');
        }
      } finally {
        syncing = undefined;
      }
    })());

  const timer = setInterval(
    () => void sync().catch((error: Error) => log.error({ err: error }, 'webhooks could not be read; their events wait for the next try')),
    options.syncMs ?? 5_000,
  );
  timer.unref();
  void sync().catch((error: Error) => log.error({ err: error }, 'webhooks could not be read; their events wait for the next try'));

  return {
    sync,
    async deliverDue() {
      await (syncing ?? outbox().catch(() => undefined));
      return worker ? worker.deliverDue() : 0;
    },
    get streams() {
      return streams.open;
    },
    async close() {
      closed = true;
      clearInterval(timer);
      await syncing?.catch(() => undefined);
      await streams.close();
      await worker?.close();
    },
  };
}
