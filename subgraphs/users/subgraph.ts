// Builds the users subgraph: users, their tiers, preferences and API keys, in AniGraph's database
// (PGlite in DATABASE_DIR, or PostgreSQL at DATABASE_URL), shared with the gateway's authentication.
import 'reflect-metadata';
import type { ConfigOf } from '../../lib/config.js';
import { sharedDatabase } from '../../lib/db/shared.js';
import { buildFederatedSchema } from '../../lib/federation.js';
import type { Logger } from '../../lib/logger.js';
import { retryingMemo } from '../../lib/retrying-memo.js';
import type { Subgraph } from '../../lib/subgraph.js';
import { announceKeyRevoked, announceUserChanged } from '../../lib/users/revocations.js';
import { sharedQuotas } from '../../lib/users/quotas.js';
import { UserStore } from '../../lib/users/user-store.js';
import { Credentials } from '../../lib/users/credentials.js';
import { LinkedAccountStore } from '../../lib/users/linked-account-store.js';
import { accountReaders } from '../../lib/users/linked/platform-account.js';
import { LinkingService } from './domain/linking.service.js';
import { LinkingResolver } from './resolvers/linking.resolver.js';
import { UserTasteResolver } from './resolvers/user-taste.resolver.js';
import { WebhookStore } from '../../lib/webhooks/webhook-store.js';
import type { UsersContext } from './context.js';
import { AdminResolver } from './resolvers/admin.resolver.js';
import { ApiKeyResolver } from './resolvers/api-key.resolver.js';
import { MyDataResolver } from './resolvers/my-data.resolver.js';
import { userReference } from './resolvers/user.reference.js';
import { UsageResolver } from './resolvers/usage.resolver.js';
import { UserResolver } from './resolvers/user.resolver.js';
import { ViewerResolver } from './resolvers/viewer.resolver.js';
import { WebhookResolver } from './resolvers/webhook.resolver.js';

export type UsersConfig = ConfigOf<'users'>;

export async function createUsersSubgraph(config: UsersConfig, log: Logger): Promise<Subgraph> {
  const { schema, sdl } = await buildFederatedSchema(
    {
      resolvers: [
        ViewerResolver,
        AdminResolver,
        ApiKeyResolver,
        MyDataResolver,
        UserResolver,
        UsageResolver,
        LinkingResolver,
        UserTasteResolver,
        WebhookResolver,
      ],
    },
    userReference,
  );
  // The database opens at start(), or at the first request before it: building the schema alone
  // (`npm run compose`) must not take the PGlite folder, which only one instance may hold.
  let held: ReturnType<typeof sharedDatabase> | undefined;
  let ready = false;
  let closed = false;
  // Each store is made once the database opens; a failed open is tried again at the next request.
  const openDb = async () => {
    if (closed) throw new Error('the users subgraph is closed');
    const { db } = await (held ??= sharedDatabase(config, log)).database;
    ready = true;
    return db;
  };
  const openStore = retryingMemo(async () => new UserStore(await openDb()));
  const openWebhooks = retryingMemo(async () => new WebhookStore(await openDb()));
  const linking = new LinkingService({
    accounts: retryingMemo(async () => new LinkedAccountStore(await openDb())),
    credentials: new Credentials(config.CREDENTIALS_KEY, config.CREDENTIALS_PREVIOUS_KEYS),
    readers: accountReaders(config),
  });
  // Taken at the first User.usage: building the schema alone (`npm run compose`) connects to no Redis.
  let quotas: ReturnType<typeof sharedQuotas> | undefined;
  const quotasOf = () => (quotas ??= sharedQuotas(config, log)).quotas;
  const adminEnabled = Boolean(config.ADMIN_API_KEY);
  // Without Redis (or while it is down) a gateway's key cache bounds how long a change takes (5 s).
  const quietly = (announcement: Promise<void>) =>
    announcement.catch((error: Error) => log.warn({ err: error }, 'could not announce a key or user change; gateways see it within 5 s'));
  const announce = {
    keyRevoked: (keyId: string) => quietly(announceKeyRevoked(config, keyId)),
    userChanged: (userId: string) => quietly(announceUserChanged(config, userId)),
  };
  return {
    name: 'users',
    schema,
    sdl,
    start: async () => void (await openStore()),
    isReady: () => ready,
    reload: async () => undefined,
    createContext: (): UsersContext => ({
      store: openStore,
      linking,
      quotas: quotasOf,
      adminEnabled,
      announce,
      webhooks: openWebhooks,
      allowPrivateWebhooks: config.WEBHOOK_ALLOW_PRIVATE,
    }),
    async close() {
      closed = true;
      await held?.release();
      await quotas?.release();
    },
  };
}
