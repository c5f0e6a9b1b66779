import type { Quotas } from '../../lib/users/quotas.js';
import type { UserStore } from '../../lib/users/user-store.js';
import type { WebhookStore } from '../../lib/webhooks/webhook-store.js';
import type { LinkingService } from './domain/linking.service.js';

export interface UsersContext {
  /** The store, once the database is open (and migrated). */
  store(): Promise<UserStore>;
  /** The caller's linked platform accounts: linking (the platforms vouch for the tokens), syncing, unlinking. */
  linking: LinkingService;
  /** The gateway's quota counters (shared in Redis when REDIS_URL is set), read for User.usage. */
  quotas(): Quotas;
  /** Whether operators exist here at all: ADMIN_API_KEY is set (an admin viewer is refused otherwise). */
  adminEnabled: boolean;
  /** Tells every gateway at once that a key or a user changed (lib/users/revocations.ts). */
  announce: {
    keyRevoked(keyId: string): Promise<void>;
    userChanged(userId: string): Promise<void>;
  };
  /** The users' webhooks, in the same database. */
  webhooks(): Promise<WebhookStore>;
  /** WEBHOOK_ALLOW_PRIVATE: a webhook URL may resolve to a loopback, private or link-local address. */
  allowPrivateWebhooks: boolean;
}
