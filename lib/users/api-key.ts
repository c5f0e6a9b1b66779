// API keys: "ag_" and 32 random bytes (base64url). Only a SHA-256 hash is stored, with a visible prefix
// that lets an owner tell keys apart; the key itself is shown once, when made.
import { createHash, randomBytes } from 'node:crypto';

const KEY_PREFIX = 'ag_';
/** How much of a key stays visible in lists ("ag_3f9cK2Lq"). */
const VISIBLE = 11;

export interface NewKey {
  key: string;
  prefix: string;
  hash: string;
}

export function newApiKey(): NewKey {
  const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { key, prefix: key.slice(0, VISIBLE), hash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Whether a string is shaped like a key at all (checked before any lookup). */
export const looksLikeApiKey = (text: string): boolean => /^ag_[A-Za-z0-9_-]{43}$/.test(text);
