// Two-level cache for upstream platform data: L1 in this process, L2 in Redis shared by all instances.
import { LRUCache } from 'lru-cache';
import type { Logger } from '../logger.js';
import {
  DEFAULT_L1_MAX_ENTRIES,
  DEFAULT_MAX_STALE_SECONDS,
  DEFAULT_NAMESPACE,
  resolveTtlSeconds,
  type CacheOptions,
  type CacheStats,
  type CacheTier,
  type Cached,
  type DataClass,
} from './cache-options.js';
import { encodeEntry, Uncached, type Entry } from './entry.js';
import { RedisTier } from './redis-tier.js';

/** Hears each lookup of a tier: whether L1 or L2 had a fresh value (the metrics count them). */
export type CacheLookupListener = (tier: 'L1' | 'L2', hit: boolean) => void;

export class TieredCache {
  private readonly ttlMs: Record<DataClass, number>;
  private readonly maxStaleMs: number;
  private readonly l1: LRUCache<string, Entry>;
  private readonly l2?: RedisTier;
  private readonly log: Logger;
  private readonly now: () => number;
  /** One load per key at a time, shared by every caller that needs it. */
  private readonly loading = new Map<string, Promise<Entry>>();
  private readonly refreshes = new Set<Promise<void>>();
  private readonly counts = { l1Hits: 0, l1Misses: 0, l2Hits: 0, l2Misses: 0, loads: 0, failures: 0, staleServed: 0 };
  private closed = false;
  private readonly lookupListeners = new Set<CacheLookupListener>();

  constructor(options: CacheOptions) {
    const ttlSeconds = resolveTtlSeconds(options.ttlSeconds);
    this.ttlMs = Object.fromEntries(Object.entries(ttlSeconds).map(([k, s]) => [k, s * 1000])) as Record<DataClass, number>;
    const maxStaleSeconds = options.maxStaleSeconds ?? DEFAULT_MAX_STALE_SECONDS;
    if (!(maxStaleSeconds >= 0)) throw new RangeError(`maxStaleSeconds must be 0 or more, not ${maxStaleSeconds}`);
    this.maxStaleMs = maxStaleSeconds * 1000;
    this.l1 = new LRUCache({ max: options.l1MaxEntries ?? DEFAULT_L1_MAX_ENTRIES });
    this.log = options.log;
    if (options.redis) this.l2 = new RedisTier(options.redis, options.namespace ?? DEFAULT_NAMESPACE, options.log);
    this.now = options.now ?? Date.now;
  }

  /**
   * A fresh value from L1, else from L2 (copied into L1), else from `load()` (kept in both). A value past its
   * TTL but within maxStale is answered at once, stale, while one background load refreshes it; if that
   * refresh fails, later answers say 'upstream-failed' and carry its error. Without a value to fall back on,
   * a failing load's error is thrown. Concurrent fetches of one key share one load. `load` may return
   * `uncached(value)` to answer without keeping the value.
   */
  async fetch<T>(key: string, dataClass: DataClass, load: () => Promise<T | Uncached<T>>): Promise<Cached<T>> {
    const now = this.now();
    const ttl = this.ttlMs[dataClass];
    const local = this.l1.get(key);
    if (local && now - local.storedAt <= ttl) {
      this.counts.l1Hits++;
      this.heard('L1', true);
      return answer(local, 'L1', now);
    }
    this.counts.l1Misses++;
    this.heard('L1', false);
    let stale: { entry: Entry; tier: CacheTier } | undefined;
    if (local && this.servable(local, ttl, now)) stale = { entry: local, tier: 'L1' };
    else if (local) this.l1.delete(key);

    if (this.l2?.available && !this.closed) {
      const remote = await this.l2.get(key);
      if (remote && now - remote.storedAt <= ttl) {
        this.counts.l2Hits++;
        this.heard('L2', true);
        this.l1.set(key, remote);
        return answer(remote, 'L2', now);
      }
      this.counts.l2Misses++;
      this.heard('L2', false);
      // Another instance may hold a newer stale copy than ours (it refreshed later than we did).
      if (remote && this.servable(remote, ttl, now) && (!stale || remote.storedAt > stale.entry.storedAt)) {
        stale = { entry: remote, tier: 'L2' };
        this.l1.set(key, remote);
      }
    }

    if (stale) return this.serveStale(key, dataClass, load, stale.entry, stale.tier, now);
    const entry = await this.loadOnce(key, dataClass, load);
    return answer(entry, 'ORIGIN', this.now());
  }

  /**
   * What `fetch` would answer from L1 or L2 (fresh, or stale within maxStale), without loading, refreshing
   * or counting: for readers that may only use what is already here. Undefined when neither tier has it.
   */
  async peek<T>(key: string, dataClass: DataClass): Promise<Cached<T> | undefined> {
    const now = this.now();
    const ttl = this.ttlMs[dataClass];
    const read = (entry: Entry | undefined, tier: CacheTier): Cached<T> | undefined => {
      if (!entry || !this.servable(entry, ttl, now)) return undefined;
      return { ...answer<T>(entry, tier, now), stale: now - entry.storedAt > ttl };
    };
    const local = read(this.l1.peek(key), 'L1');
    if (local || !this.l2?.available || this.closed) return local;
    return read(await this.l2.get(key), 'L2');
  }

  stats(): CacheStats {
    const c = this.counts;
    return {
      l1: { hits: c.l1Hits, misses: c.l1Misses, size: this.l1.size },
      l2: { hits: c.l2Hits, misses: c.l2Misses, errors: this.l2?.errors ?? 0, available: Boolean(this.l2?.available) },
      origin: { loads: c.loads, failures: c.failures },
      staleServed: c.staleServed,
    };
  }

  /** Calls `listener` on each lookup of a tier from now on; returns the function that stops it. */
  onLookup(listener: CacheLookupListener): () => void {
    this.lookupListeners.add(listener);
    return () => this.lookupListeners.delete(listener);
  }

  /** Resolves when the background refreshes started so far have finished. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.refreshes]);
  }

  /** Lets background refreshes finish, then stops using Redis; the Redis connection is its owner's to close. */
  async close(): Promise<void> {
    await this.settled();
    this.closed = true;
    this.l1.clear();
  }

  private heard(tier: 'L1' | 'L2', hit: boolean): void {
    for (const listener of this.lookupListeners) listener(tier, hit);
  }

  private servable(entry: Entry, ttl: number, now: number): boolean {
    return now - entry.storedAt <= ttl + this.maxStaleMs;
  }

  private serveStale<T>(
    key: string,
    dataClass: DataClass,
    load: () => Promise<T | Uncached<T>>,
    entry: Entry,
    tier: CacheTier,
    now: number,
  ): Cached<T> {
    this.counts.staleServed++;
    const failure = entry.lastFailure;
    this.refresh(key, dataClass, load);
    return {
      ...answer<T>(entry, tier, now),
      stale: true,
      ...(failure ? { staleReason: 'upstream-failed', error: failure.error } : { staleReason: 'revalidating' }),
    };
  }

  private refresh(key: string, dataClass: DataClass, load: () => Promise<unknown>): void {
    if (this.loading.has(key)) return;
    const job = this.loadOnce(key, dataClass, load).then(
      () => undefined,
      (error: unknown) => {
        const entry = this.l1.get(key);
        if (entry) entry.lastFailure = { error };
        this.log.debug(
          { key, err: error instanceof Error ? error.message : String(error) },
          'Cache refresh failed; serving the stale value',
        );
      },
    );
    this.refreshes.add(job);
    void job.finally(() => this.refreshes.delete(job));
  }

  private loadOnce(key: string, dataClass: DataClass, load: () => Promise<unknown>): Promise<Entry> {
    let pending = this.loading.get(key);
    if (!pending) {
      pending = this.loadAndKeep(key, dataClass, load).finally(() => this.loading.delete(key));
      this.loading.set(key, pending);
    }
    return pending;
  }

  private async loadAndKeep(key: string, dataClass: DataClass, load: () => Promise<unknown>): Promise<Entry> {
    this.counts.loads++;
    let result: unknown;
    try {
      result = await load();
    } catch (error) {
      this.counts.failures++;
      throw error;
    }
    const storedAt = this.now();
    if (result instanceof Uncached) return { value: result.value, storedAt };
    const json = encodeEntry(result, storedAt);
    // Kept as it reads back from JSON, so an answer has the same shape from every tier.
    const entry: Entry = { value: (JSON.parse(json) as { v?: unknown }).v, storedAt };
    this.l1.set(key, entry);
    // Awaited so that another instance asking right after us finds it; bounded by Redis's command timeout.
    if (this.l2?.available && !this.closed) await this.l2.set(key, json, this.ttlMs[dataClass] + this.maxStaleMs);
    return entry;
  }
}

function answer<T>(entry: Entry, tier: CacheTier, now: number): Cached<T> {
  return {
    value: entry.value as T,
    tier,
    storedAt: new Date(entry.storedAt),
    ageSeconds: Math.max(0, Math.floor((now - entry.storedAt) / 1000)),
    stale: false,
  };
}
