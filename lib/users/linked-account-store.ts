// A user's linked platform accounts in the database: one per platform, its token sealed
// (lib/users/credentials.ts) and what its list says of the user's taste.
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { linkedAccounts } from '../db/schema.js';
import type { LinkedPlatform } from './linked/platform-request.js';

export type LinkedAccountRow = typeof linkedAccounts.$inferSelect;

export interface LinkedAccountValues {
  userId: string;
  platform: LinkedPlatform;
  accountId: string;
  accountName: string;
  keyId: string;
  sealedToken: string;
  taste: Record<string, unknown>;
  syncedAt: Date;
}

export class LinkedAccountStore {
  constructor(private readonly db: Db) {}

  /** Links the account, replacing the one the user had linked on that platform (linkedAt starts again). */
  async link(values: LinkedAccountValues): Promise<LinkedAccountRow> {
    const { accountId, accountName, keyId, sealedToken, taste, syncedAt } = values;
    const [row] = await this.db
      .insert(linkedAccounts)
      .values({ ...values, linkedAt: syncedAt })
      .onConflictDoUpdate({
        target: [linkedAccounts.userId, linkedAccounts.platform],
        set: { accountId, accountName, keyId, sealedToken, taste, syncedAt, linkedAt: syncedAt },
      })
      .returning();
    return row;
  }

  async accounts(userId: string): Promise<LinkedAccountRow[]> {
    return this.db.select().from(linkedAccounts).where(eq(linkedAccounts.userId, userId)).orderBy(asc(linkedAccounts.platform));
  }

  async account(userId: string, platform: LinkedPlatform): Promise<LinkedAccountRow | undefined> {
    const [row] = await this.db.select().from(linkedAccounts).where(this.one(userId, platform));
    return row;
  }

  /** A sync's outcome: the list read again, and the token sealed again (with the current key). */
  async synced(
    userId: string,
    platform: LinkedPlatform,
    values: Pick<LinkedAccountValues, 'accountName' | 'keyId' | 'sealedToken' | 'taste' | 'syncedAt'>,
  ): Promise<LinkedAccountRow | undefined> {
    const [row] = await this.db.update(linkedAccounts).set(values).where(this.one(userId, platform)).returning();
    return row;
  }

  async unlink(userId: string, platform: LinkedPlatform): Promise<LinkedAccountRow | undefined> {
    const [row] = await this.db.delete(linkedAccounts).where(this.one(userId, platform)).returning();
    return row;
  }

  private one(userId: string, platform: LinkedPlatform) {
    return and(eq(linkedAccounts.userId, userId), eq(linkedAccounts.platform, platform));
  }
}
