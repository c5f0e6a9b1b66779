// The webhook dispatcher as the gateway starts it: on when this process reads the database the users
// subgraph writes the webhooks to (the users subgraph runs here, or DATABASE_URL is a shared server).
import type { Registry } from 'prom-client';
import type { Config } from '../lib/config.js';
import { sharedDatabase } from '../lib/db/shared.js';
import type { Logger } from '../lib/logger.js';
import type { GraphQLFetcher } from '../lib/operation-client.js';
import { createWebhookDispatcher, type WebhookDispatcher } from './dispatcher.js';

export type { WebhookDispatcher } from './dispatcher.js';

export interface StartWebhooksOptions {
  gateway: GraphQLFetcher;
  /** Whether the users subgraph runs in this process (and so shares its database with it). */
  usersInProcess: boolean;
  registry?: Registry;
  clock?: () => Date;
}

export function startWebhooks(config: Config, log: Logger, options: StartWebhooksOptions): WebhookDispatcher {
  const webhookLog = log.child({ component: 'webhooks' });
  if (!options.usersInProcess && !config.DATABASE_URL) {
    webhookLog.warn(
      'webhooks are off in this gateway: the users subgraph runs elsewhere with its own PGlite database; set DATABASE_URL on both to a shared PostgreSQL',
    );
    return { sync: async () => undefined, deliverDue: async () => 0, streams: 0, close: async () => undefined };
  }
  const held = sharedDatabase(config, log);
  const dispatcher = createWebhookDispatcher({
    config,
    gateway: options.gateway,
    database: async () => (await held.database).db,
    log: webhookLog,
    registry: options.registry,
    clock: options.clock,
  });
  return {
    sync: () => dispatcher.sync(),
    deliverDue: () => dispatcher.deliverDue(),
    get streams() {
      return dispatcher.streams;
    },
    async close() {
      await dispatcher.close();
      await held.release();
    },
  };
}
