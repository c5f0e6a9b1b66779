// The tables of AniGraph's own data (users and keys, linked accounts, analytics, webhooks), one schema for PGlite and PostgreSQL.
// A change here is followed by `npm run db:generate`, which writes the next migration to migrations/.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const tierEnum = pgEnum('tier', ['FREE', 'PREMIUM', 'ENTERPRISE']);

export const users = pgTable('users', {
  id: uuid('id')
    .primaryKey()
    .default(sql`gen_random_uuid()`),
  name: text('name').notNull(),
  tier: tierEnum('tier').notNull().default('FREE'),
  /** What the user set: favourite tags and studios, tags to avoid. */
  preferences: jsonb('preferences').$type<Record<string, unknown>>().notNull().default({}),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** The first characters of the key, shown to its owner to tell keys apart ("ag_3f9c…"). */
    prefix: text('prefix').notNull(),
    /** SHA-256 of the whole key, hex: the key itself is shown once and never stored. */
    hash: text('hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [index('api_keys_user_idx').on(table.userId)],
);

export const linkedPlatformEnum = pgEnum('linked_platform', ['ANILIST', 'MYANIMELIST']);

/** A user's account on AniList or MyAnimeList: its token sealed (AES-256-GCM), and what their lists say of their taste. */
export const linkedAccounts = pgTable(
  'linked_accounts',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    platform: linkedPlatformEnum('platform').notNull(),
    /** The account's id and name on the platform. */
    accountId: text('account_id').notNull(),
    accountName: text('account_name').notNull(),
    /** Which CREDENTIALS_KEY sealed the token, so that keys can rotate. */
    keyId: text('key_id').notNull(),
    /** The token sealed: IV, ciphertext and tag, base64url; never logged, never returned. */
    sealedToken: text('sealed_token').notNull(),
    /** What the account's lists say: favourite tags and studios, rating pattern, completed anime. */
    taste: jsonb('taste').$type<Record<string, unknown>>().notNull().default({}),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
    syncedAt: timestamp('synced_at', { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.userId, table.platform] })],
);

/** One operation served (GraphQL, REST or MCP), recorded off the request path for analyticsReport and trending. */
export const analyticsEvents = pgTable(
  'analytics_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    operationName: text('operation_name'),
    /** query, mutation or subscription. */
    operationType: text('operation_type').notNull(),
    /** graphql, rest, mcp or ws. */
    transport: text('transport').notNull(),
    /** Schema coordinates of the fields selected ("Query.searchAnime"). */
    fields: text('fields')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    subgraphs: text('subgraphs')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The platform calls: which platform, the cache tier that answered (L1, L2, ORIGIN), milliseconds, whether it failed. */
    platforms: jsonb('platforms').$type<{ platform: string; tier: string; ms: number; failed: boolean }[]>().notNull().default([]),
    latencyMs: real('latency_ms').notNull(),
    errorCodes: text('error_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** A keyed hash of the user id (or of the IP, for an anonymous caller): never the id itself. */
    subject: text('subject').notNull(),
    tier: tierEnum('tier').notNull(),
    correlationId: text('correlation_id'),
    platformCalls: integer('platform_calls').notNull().default(0),
    llmTokens: integer('llm_tokens').notNull().default(0),
    /** The words searched, for search operations. */
    searchText: text('search_text'),
    /** AniGraph ids of the anime the operation looked up or searched to, for trending. */
    animeIds: text('anime_ids')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
  },
  (table) => [index('analytics_events_at_idx').on(table.at), index('analytics_events_subject_at_idx').on(table.subject, table.at)],
);

export const webhookEventEnum = pgEnum('webhook_event', ['EPISODE_AIRED', 'AIRING_SOON', 'SCHEDULE_CHANGED', 'CATALOG_UPDATED']);

/** A subscriber's endpoint, registered with an API key: the events it wants, and the secret its deliveries are signed with. */
export const webhooks = pgTable(
  'webhooks',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    apiKeyId: uuid('api_key_id')
      .notNull()
      .references(() => apiKeys.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    events: webhookEventEnum('events').array().notNull(),
    /** Which anime the events are for (the catalog's AnimeFilter), empty for all. */
    filter: jsonb('filter').$type<Record<string, unknown>>().notNull().default({}),
    /** The signing secret ("whsec_" and base64), shown once at registration. */
    secret: text('secret').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('webhooks_user_idx').on(table.userId)],
);

export const deliveryStatusEnum = pgEnum('delivery_status', ['PENDING', 'DELIVERED', 'FAILED']);

/** The outbox: one event for one webhook, kept until delivered, or failed after 24 h of retries. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    /** The message id ("msg_..."), sent as webhook-id: the same on every attempt. */
    id: text('id').primaryKey(),
    webhookId: uuid('webhook_id')
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    event: webhookEventEnum('event').notNull(),
    /** What makes the event itself unique ("EPISODE_AIRED:<anime>:<episode>"): every gateway may see it, one delivery is kept. */
    eventKey: text('event_key').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: deliveryStatusEnum('status').notNull().default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('webhook_deliveries_event_idx').on(table.webhookId, table.eventKey),
    index('webhook_deliveries_due_idx').on(table.status, table.nextAttemptAt),
  ],
);
