export { TieredCache } from './tiered-cache.js';
export { uncached, type Uncached } from './entry.js';
export {
  DEFAULT_L1_MAX_ENTRIES,
  DEFAULT_MAX_STALE_SECONDS,
  DEFAULT_NAMESPACE,
  DEFAULT_TTL_SECONDS,
  type CacheOptions,
  type CacheStats,
  type CacheTier,
  type Cached,
  type DataClass,
  type StaleReason,
} from './cache-options.js';
