// The five platform clients as configured, sharing one cache (and Redis, when REDIS_URL is set).
import type Bottleneck from 'bottleneck';
import type { Config } from '../config.js';
import { TieredCache, type CacheStats } from '../cache/index.js';
import type { Logger } from '../logger.js';
import { sharedPerConfig } from '../shared-per-config.js';
import { connectRedis, type RedisConnection } from '../redis.js';
import { AniDbClient } from './anidb.client.js';
import { AniListClient } from './anilist.client.js';
import { AnimeScheduleClient } from './animeschedule.client.js';
import { JikanClient } from './jikan.client.js';
import { KitsuClient } from './kitsu.client.js';
import { PlatformHttp, type PlatformHttpSettings, type PlatformStatus } from './platform-http.js';
import { parseRate, rateLimitConnection } from './rate-limit.js';
import { EXTERNAL_PLATFORMS, type ExternalPlatform } from './external-platforms.js';

export type PlatformConfig = Pick<
  Config,
  | 'REDIS_URL'
  | 'JIKAN_BASE_URL'
  | 'ANILIST_URL'
  | 'KITSU_BASE_URL'
  | 'ANIDB_BASE_URL'
  | 'ANIMESCHEDULE_BASE_URL'
  | 'ANIDB_CLIENT'
  | 'ANIDB_CLIENT_VERSION'
  | 'ANIMESCHEDULE_TOKEN'
  | 'JIKAN_RATE_LIMIT'
  | 'ANILIST_RATE_LIMIT'
  | 'KITSU_RATE_LIMIT'
  | 'ANIDB_RATE_LIMIT'
  | 'ANIMESCHEDULE_RATE_LIMIT'
  | 'JIKAN_BREAKER'
  | 'ANILIST_BREAKER'
  | 'KITSU_BREAKER'
  | 'ANIDB_BREAKER'
  | 'ANIMESCHEDULE_BREAKER'
  | 'PLATFORM_TIMEOUT_MS'
  | 'PLATFORM_RETRIES'
  | 'PLATFORM_MAX_QUEUE_MS'
  | 'PLATFORM_MAX_RETRY_AFTER_MS'
  | 'PLATFORM_USER_AGENT'
  | 'CACHE_TTL_ANIME_DETAILS'
  | 'CACHE_TTL_API_RESPONSES'
  | 'CACHE_TTL_SCHEDULES'
  | 'CACHE_TTL_STREAMING_LINKS'
  | 'CACHE_MAX_STALE'
  | 'CACHE_L1_MAX_ENTRIES'
>;

export interface ExternalPlatformStatus extends PlatformStatus {
  /** False when the platform needs credentials that are not configured (it is then never called). */
  configured: boolean;
  /** What to set to use it, when not configured. */
  note: string | null;
}

export interface Platforms {
  jikan: JikanClient;
  anilist: AniListClient;
  kitsu: KitsuClient;
  /** Without ANIDB_CLIENT and ANIDB_CLIENT_VERSION: undefined (AniDB serves registered clients only). */
  anidb?: AniDbClient;
  /** Without ANIMESCHEDULE_TOKEN: undefined. */
  animeSchedule?: AnimeScheduleClient;
  cache: TieredCache;
  redis?: RedisConnection;
  status(): Promise<ExternalPlatformStatus[]>;
  cacheStats(): CacheStats;
  close(): Promise<void>;
}

const NOT_CONFIGURED: Partial<Record<ExternalPlatform, string>> = {
  ANIDB: 'set ANIDB_CLIENT and ANIDB_CLIENT_VERSION (a client registered with AniDB) to use AniDB',
  ANIMESCHEDULE: 'set ANIMESCHEDULE_TOKEN (an application token from animeschedule.net) to use AnimeSchedule',
};

export function createPlatforms(config: PlatformConfig, log: Logger): Platforms {
  const redis = config.REDIS_URL ? connectRedis(config.REDIS_URL, log) : undefined;
  const connection: Bottleneck.IORedisConnection | undefined = redis ? rateLimitConnection(redis) : undefined;
  const cache = new TieredCache({
    redis,
    log,
    ttlSeconds: {
      animeDetails: config.CACHE_TTL_ANIME_DETAILS,
      apiResponses: config.CACHE_TTL_API_RESPONSES,
      schedules: config.CACHE_TTL_SCHEDULES,
      streamingLinks: config.CACHE_TTL_STREAMING_LINKS,
    },
    maxStaleSeconds: config.CACHE_MAX_STALE,
    l1MaxEntries: config.CACHE_L1_MAX_ENTRIES,
  });
  const settings = (baseUrl: string, rate: string, breaker: PlatformHttpSettings['breaker']): PlatformHttpSettings => ({
    baseUrl,
    rate: parseRate(rate),
    breaker,
    timeoutMs: config.PLATFORM_TIMEOUT_MS,
    retries: config.PLATFORM_RETRIES,
    maxQueueMs: config.PLATFORM_MAX_QUEUE_MS,
    maxRetryAfterMs: config.PLATFORM_MAX_RETRY_AFTER_MS,
    backoffBaseMs: 200,
  });
  const shared = redis && connection ? { redis, connection } : undefined;
  const headers = { 'user-agent': config.PLATFORM_USER_AGENT, accept: 'application/json' };
  const http: Record<ExternalPlatform, PlatformHttp> = {
    MYANIMELIST: new PlatformHttp(
      'MYANIMELIST',
      settings(config.JIKAN_BASE_URL, config.JIKAN_RATE_LIMIT, config.JIKAN_BREAKER),
      log,
      shared,
      headers,
    ),
    ANILIST: new PlatformHttp(
      'ANILIST',
      settings(config.ANILIST_URL, config.ANILIST_RATE_LIMIT, config.ANILIST_BREAKER),
      log,
      shared,
      headers,
    ),
    KITSU: new PlatformHttp('KITSU', settings(config.KITSU_BASE_URL, config.KITSU_RATE_LIMIT, config.KITSU_BREAKER), log, shared, headers),
    // AniDB answers gzip-compressed XML whatever it is asked for; say so rather than ask for JSON.
    ANIDB: new PlatformHttp('ANIDB', settings(config.ANIDB_BASE_URL, config.ANIDB_RATE_LIMIT, config.ANIDB_BREAKER), log, shared, {
      ...headers,
      accept: 'application/xml, text/xml',
      'accept-encoding': 'gzip',
    }),
    ANIMESCHEDULE: new PlatformHttp(
      'ANIMESCHEDULE',
      settings(config.ANIMESCHEDULE_BASE_URL, config.ANIMESCHEDULE_RATE_LIMIT, config.ANIMESCHEDULE_BREAKER),
      log,
      shared,
      {
        ...headers,
        ...(config.ANIMESCHEDULE_TOKEN ? { authorization: `Bearer ${config.ANIMESCHEDULE_TOKEN}` } : {}),
      },
    ),
  };
  const anidbCredentials =
    config.ANIDB_CLIENT && config.ANIDB_CLIENT_VERSION
      ? { client: config.ANIDB_CLIENT, clientVersion: config.ANIDB_CLIENT_VERSION }
      : undefined;
  const configured: Record<ExternalPlatform, boolean> = {
    MYANIMELIST: true,
    ANILIST: true,
    KITSU: true,
    ANIDB: anidbCredentials !== undefined,
    ANIMESCHEDULE: config.ANIMESCHEDULE_TOKEN !== undefined,
  };
  for (const source of EXTERNAL_PLATFORMS) if (!configured[source]) log.info({ source }, `${source} is off: ${NOT_CONFIGURED[source]}`);

  return {
    jikan: new JikanClient(http.MYANIMELIST, cache),
    anilist: new AniListClient(http.ANILIST, cache),
    kitsu: new KitsuClient(http.KITSU, cache),
    anidb: anidbCredentials ? new AniDbClient(http.ANIDB, cache, anidbCredentials) : undefined,
    animeSchedule: configured.ANIMESCHEDULE ? new AnimeScheduleClient(http.ANIMESCHEDULE, cache) : undefined,
    cache,
    redis,
    status: () =>
      Promise.all(
        EXTERNAL_PLATFORMS.map(async (source) => ({
          ...(await http[source].status()),
          configured: configured[source],
          note: configured[source] ? null : (NOT_CONFIGURED[source] ?? null),
        })),
      ),
    cacheStats: () => cache.stats(),
    async close() {
      await cache.close();
      await Promise.all(EXTERNAL_PLATFORMS.map((source) => http[source].close()));
      await connection?.disconnect(false).catch(() => undefined);
      await redis?.close();
    },
  };
}

const shared = sharedPerConfig(createPlatforms, (platforms: Platforms) => platforms.close());

/**
 * The platform clients of one process: every subgraph built from the same configuration shares them,
 * so each platform has one rate limit, one breaker and one cache per process. Closed when the last
 * subgraph that took them lets them go.
 */
export function sharedPlatforms(config: PlatformConfig, log: Logger): { platforms: Platforms; release(): Promise<void> } {
  const { value, release } = shared(config, log);
  return { platforms: value, release };
}
