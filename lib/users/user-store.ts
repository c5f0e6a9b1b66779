// Users and their API keys in the database: what the users subgraph changes and the gateway's
// authentication reads.
import { and, desc, eq, isNull } from 'drizzle-orm';
import { userSubject } from '../analytics/event.js';
import type { Db } from '../db/database.js';
import { analyticsEvents, apiKeys, users } from '../db/schema.js';
import { hashApiKey, looksLikeApiKey, newApiKey } from './api-key.js';
import type { Tier } from './viewer-header.js';

export type UserRow = typeof users.$inferSelect;
export type ApiKeyRow = typeof apiKeys.$inferSelect;

export interface KeyOwner {
  userId: string;
  tier: Tier;
  keyId: string;
}

export class UserStore {
  constructor(private readonly db: Db) {}

  async createUser(name: string, tier: Tier = 'FREE'): Promise<UserRow> {
    const [user] = await this.db.insert(users).values({ name, tier }).returning();
    return user;
  }

  async user(id: string): Promise<UserRow | undefined> {
    const [user] = await this.db.select().from(users).where(eq(users.id, id));
    return user;
  }

  async setTier(id: string, tier: Tier): Promise<UserRow | undefined> {
    const [user] = await this.db.update(users).set({ tier }).where(eq(users.id, id)).returning();
    return user;
  }

  async setPreferences(id: string, preferences: Record<string, unknown>): Promise<UserRow | undefined> {
    const [user] = await this.db.update(users).set({ preferences }).where(eq(users.id, id)).returning();
    return user;
  }

  /** Deletes the user and, with it, every key (the foreign key cascades). */
  /** Deletes the user with everything that is theirs: keys, linked accounts, webhooks (by cascade) and their analytics events. */
  async deleteUser(id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const deleted = await tx.delete(users).where(eq(users.id, id)).returning({ id: users.id });
      if (deleted.length === 0) return false;
      await tx.delete(analyticsEvents).where(eq(analyticsEvents.subject, userSubject(id)));
      return true;
    });
  }

  /** A new key for the user: the key is in the answer only. */
  async createApiKey(userId: string, name: string): Promise<{ key: string; record: ApiKeyRow }> {
    const { key, prefix, hash } = newApiKey();
    const [record] = await this.db.insert(apiKeys).values({ userId, name, prefix, hash }).returning();
    return { key, record };
  }

  async apiKeys(userId: string): Promise<ApiKeyRow[]> {
    return this.db.select().from(apiKeys).where(eq(apiKeys.userId, userId)).orderBy(desc(apiKeys.createdAt));
  }

  /** Revokes one of the user's keys; false when the user has no such live key. */
  async revokeApiKey(userId: string, keyId: string): Promise<ApiKeyRow | undefined> {
    const [key] = await this.db
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.id, keyId), eq(apiKeys.userId, userId), isNull(apiKeys.revokedAt)))
      .returning();
    return key;
  }

  /**
   * The owner of a live key, noting that it was used (`lastUsedAt`) in the same statement; undefined
   * for an unknown or revoked one.
   */
  async authenticate(key: string): Promise<KeyOwner | undefined> {
    if (!looksLikeApiKey(key)) return undefined;
    const [row] = await this.db
      .update(apiKeys)
      .set({ lastUsedAt: new Date() })
      .from(users)
      .where(and(eq(apiKeys.hash, hashApiKey(key)), isNull(apiKeys.revokedAt), eq(users.id, apiKeys.userId)))
      .returning({ keyId: apiKeys.id, userId: users.id, tier: users.tier });
    return row;
  }
}
