// The counters behind the quotas (rate-limiter-flexible): a burst bucket per IP, and per caller and
// day the queries and the enhanced queries their tier allows. In Redis when REDIS_URL is set, so
// every instance draws on the same counts; in memory otherwise, or while Redis does not answer. The
// gateway counts; the users subgraph reads the same counters for User.usage.
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { connectRedis, type RedisConnection } from '../redis.js';
import { sharedPerConfig } from '../shared-per-config.js';
import type { Tier } from './viewer-header.js';

export type QuotaConfig = Pick<
  Config,
  | 'RATE_LIMIT_PER_IP'
  | 'QUOTA_FREE_QUERIES_PER_DAY'
  | 'QUOTA_FREE_ENHANCED_PER_DAY'
  | 'QUOTA_PREMIUM_QUERIES_PER_DAY'
  | 'QUOTA_PREMIUM_ENHANCED_PER_DAY'
  | 'QUOTA_ENTERPRISE_QUERIES_PER_DAY'
  | 'QUOTA_ENTERPRISE_ENHANCED_PER_DAY'
>;

export type QuotaKind = 'queries' | 'enhanced' | 'burst';

/** A day's use of one kind; `limit` null when the tier has none. */
export interface DailyUse {
  used: number;
  limit: number | null;
  /** Seconds until the window renews; null before the first use. */
  resetSeconds: number | null;
}

/** One count taken; `allowed` false once the window's points are used up. */
export interface QuotaVerdict {
  kind: QuotaKind;
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window renews. */
  resetSeconds: number;
}

const DAY_SECONDS = 86_400;

/** Unlimited tiers are counted too (for User.usage), against a limit never reached. */
const UNLIMITED = Number.MAX_SAFE_INTEGER;

export class Quotas {
  private readonly burstLimiter: RateLimiterAbstract;
  private readonly limiters = new Map<string, { limiter: RateLimiterAbstract; limited: boolean }>();

  constructor(
    config: QuotaConfig,
    private readonly log: Logger,
    private readonly redis?: RedisConnection,
  ) {
    const { points, seconds } = config.RATE_LIMIT_PER_IP;
    this.burstLimiter = this.limiter('anigraph:burst', points, seconds);
    for (const tier of ['FREE', 'PREMIUM', 'ENTERPRISE'] as const) {
      for (const kind of ['queries', 'enhanced'] as const) {
        const limit = config[`QUOTA_${tier}_${kind === 'queries' ? 'QUERIES' : 'ENHANCED'}_PER_DAY`];
        // 0 is unlimited: counted, never refused.
        const points = limit > 0 ? limit : UNLIMITED;
        this.limiters.set(`${kind}:${tier}`, {
          limiter: this.limiter(`anigraph:quota:${kind}:${tier}`, points, DAY_SECONDS),
          limited: limit > 0,
        });
      }
    }
  }

  /** Takes one request from the IP's burst bucket; undefined if no counter answered. */
  burst(ip: string): Promise<QuotaVerdict | undefined> {
    return this.count(this.burstLimiter, 'burst', ip);
  }

  /** Takes one from the subject's daily quota of `kind`; undefined when the tier has no limit. */
  async daily(kind: 'queries' | 'enhanced', subject: string, tier: Tier): Promise<QuotaVerdict | undefined> {
    const { limiter, limited } = this.limiters.get(`${kind}:${tier}`)!;
    const verdict = await this.count(limiter, kind, subject);
    return limited ? verdict : undefined;
  }

  /** What the subject used today of `kind`, without counting anything. */
  async used(kind: 'queries' | 'enhanced', subject: string, tier: Tier): Promise<DailyUse> {
    const { limiter, limited } = this.limiters.get(`${kind}:${tier}`)!;
    const res = await limiter.get(subject);
    return {
      used: res?.consumedPoints ?? 0,
      limit: limited ? limiter.points : null,
      resetSeconds: res ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : null,
    };
  }

  private async count(limiter: RateLimiterAbstract, kind: QuotaKind, key: string): Promise<QuotaVerdict | undefined> {
    try {
      return verdict(kind, limiter.points, true, await limiter.consume(key));
    } catch (error) {
      if (error instanceof RateLimiterRes) return verdict(kind, limiter.points, false, error);
      // Neither Redis nor the memory insurance answered: let the request through rather than fail it.
      this.log.warn({ err: (error as Error).message, kind }, 'quota counter unavailable; request let through');
      return undefined;
    }
  }

  private limiter(keyPrefix: string, points: number, duration: number): RateLimiterAbstract {
    const memory = new RateLimiterMemory({ keyPrefix, points, duration });
    if (!this.redis) return memory;
    // While Redis is away each instance counts on its own (the insurance), and goes back to Redis after.
    return new RateLimiterRedis({ storeClient: this.redis.client, keyPrefix, points, duration, insuranceLimiter: memory });
  }
}

function verdict(kind: QuotaKind, limit: number, allowed: boolean, res: RateLimiterRes): QuotaVerdict {
  return {
    kind,
    allowed,
    limit,
    remaining: Math.max(0, limit - res.consumedPoints),
    resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
  };
}

const shared = sharedPerConfig(
  (config: QuotaConfig & Pick<Config, 'REDIS_URL'>, log: Logger) => {
    const redis = config.REDIS_URL ? connectRedis(config.REDIS_URL, log) : undefined;
    return { quotas: new Quotas(config, log, redis), redis };
  },
  async ({ redis }) => redis?.close(),
);

/** The counters of one configuration, shared by the gateway (which counts) and the users subgraph (which reads). */
export function sharedQuotas(config: QuotaConfig & Pick<Config, 'REDIS_URL'>, log: Logger): { quotas: Quotas; release(): Promise<void> } {
  const { value, release } = shared(config, log);
  return { quotas: value.quotas, release };
}
