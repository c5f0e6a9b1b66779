// The tables of AniGraph's own data (users, their API keys), one schema for PGlite and PostgreSQL.
// A change here is followed by `npm run db:generate`, which writes the next migration to migrations/.
import { sql } from 'drizzle-orm';
import { index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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
