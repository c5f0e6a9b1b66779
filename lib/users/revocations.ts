// A revoked key (or a changed user) must stop working on every gateway at once, not when the key
// cache of each one expires: the change is announced in this process and, with REDIS_URL, on a Redis
// channel every gateway listens to.
import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import type { Logger } from '../logger.js';

export const REVOCATION_CHANNEL = 'anigraph:auth:revoked';

/** A key that no longer works, or a user whose keys must be looked up again (tier changed, deleted). */
export type Revocation = { keyId: string } | { userId: string };

const local = new EventEmitter().setMaxListeners(0);

/** Announces that an API key was revoked: every gateway drops it from its cache. */
export function announceKeyRevoked(config: { REDIS_URL?: string }, keyId: string): Promise<void> {
  return announce(config, { keyId });
}

/** Announces that a user changed (tier) or was deleted: every gateway looks their keys up again. */
export function announceUserChanged(config: { REDIS_URL?: string }, userId: string): Promise<void> {
  return announce(config, { userId });
}

async function announce(config: { REDIS_URL?: string }, revocation: Revocation): Promise<void> {
  local.emit('revoked', revocation);
  if (!config.REDIS_URL) return;
  // Revocations are rare: a connection of their own for each, rather than one kept open by every process.
  const client = new Redis(config.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.publish(REVOCATION_CHANNEL, JSON.stringify(revocation));
  } finally {
    client.disconnect();
  }
}

/**
 * Calls `listener` for each revocation announced in this process or, with REDIS_URL, by any process.
 * Returns the function that stops listening.
 */
export function onRevocation(config: { REDIS_URL?: string }, log: Logger, listener: (revocation: Revocation) => void): () => Promise<void> {
  local.on('revoked', listener);
  let subscriber: Redis | undefined;
  if (config.REDIS_URL) {
    subscriber = new Redis(config.REDIS_URL, { maxRetriesPerRequest: null });
    subscriber.on('error', () => undefined);
    subscriber.subscribe(REVOCATION_CHANNEL).catch((error: Error) => log.warn({ err: error.message }, 'cannot listen for key revocations'));
    subscriber.on('message', (_channel: string, message: string) => {
      try {
        listener(JSON.parse(message) as Revocation);
      } catch {
        log.warn('an unreadable key revocation message');
      }
    });
  }
  return async () => {
    local.off('revoked', listener);
    subscriber?.disconnect();
  };
}
