// The cache's vocabulary: data classes and their freshness, options, and what an answer says about itself.
import type { Logger } from '../logger.js';
import type { RedisConnection } from '../redis.js';

/** What kind of upstream data an entry holds; each class has its own freshness. */
export type DataClass = 'animeDetails' | 'apiResponses' | 'schedules' | 'streamingLinks';

export const DEFAULT_TTL_SECONDS: Readonly<Record<DataClass, number>> = {
  animeDetails: 7 * 24 * 3600,
  apiResponses: 6 * 3600,
  schedules: 3600,
  streamingLinks: 30 * 60,
};

/** A day: long enough to ride out a platform's outage, short enough that nobody gets last week's schedule. */
export const DEFAULT_MAX_STALE_SECONDS = 24 * 3600;
export const DEFAULT_L1_MAX_ENTRIES = 5000;
export const DEFAULT_NAMESPACE = 'anigraph:cache:';

export interface CacheOptions {
  /** Freshness per data class; classes left out keep DEFAULT_TTL_SECONDS. */
  ttlSeconds?: Partial<Record<DataClass, number>>;
  /** How long past its TTL an entry may still be served, stale (while revalidating or when upstream fails). */
  maxStaleSeconds?: number;
  l1MaxEntries?: number;
  /** Prefix of every Redis key. */
  namespace?: string;
  /** L2, shared by all instances; without it the cache is L1 only. The cache does not close it. */
  redis?: RedisConnection;
  log: Logger;
  /** Clock in epoch ms, for tests. */
  now?: () => number;
}

export type CacheTier = 'L1' | 'L2' | 'ORIGIN';
export type StaleReason = 'revalidating' | 'upstream-failed';

export interface Cached<T> {
  value: T;
  tier: CacheTier;
  storedAt: Date;
  /** Whole seconds since the value was loaded from its origin. */
  ageSeconds: number;
  stale: boolean;
  /** Why a stale value was served: a refresh is under way, or the last refresh failed (see `error`). */
  staleReason?: StaleReason;
  /** The failure of the last refresh, when staleReason is 'upstream-failed'. */
  error?: unknown;
}

export interface CacheStats {
  l1: { hits: number; misses: number; size: number };
  l2: { hits: number; misses: number; errors: number; available: boolean };
  origin: { loads: number; failures: number };
  staleServed: number;
}

export function resolveTtlSeconds(overrides: CacheOptions['ttlSeconds'] = {}): Record<DataClass, number> {
  const ttl = { ...DEFAULT_TTL_SECONDS, ...overrides };
  for (const [dataClass, seconds] of Object.entries(ttl)) {
    if (!(seconds > 0) || !Number.isFinite(seconds))
      throw new RangeError(`Cache TTL for ${dataClass} must be a positive number of seconds, not ${seconds}`);
  }
  return ttl;
}
