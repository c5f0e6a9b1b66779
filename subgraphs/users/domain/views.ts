// Rows as the schema shows them: a key's record never carries its hash.
import type { ApiKeyRow, UserRow } from '../../../lib/users/user-store.js';
import type { ApiKey } from '../schema/api-key.type.js';
import type { Tier } from '../schema/tier.enum.js';
import type { User } from '../schema/user.type.js';
import { preferencesOf } from './preferences.js';

export function userView(row: UserRow): User {
  return { id: row.id, name: row.name, tier: row.tier as Tier, createdAt: row.createdAt, preferences: preferencesOf(row.preferences) };
}

export function apiKeyView(row: ApiKeyRow): ApiKey {
  return { id: row.id, name: row.name, prefix: row.prefix, createdAt: row.createdAt, lastUsedAt: row.lastUsedAt, revokedAt: row.revokedAt };
}
