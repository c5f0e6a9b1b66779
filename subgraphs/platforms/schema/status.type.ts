import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BreakerState, ExternalPlatform } from './enums.js';

@ObjectType({
  description:
    "One window of a platform's configured request rate (Jikan's by default: 3 per second and 60 per minute), and what is left of it.",
})
export class QuotaWindow {
  @Field(() => Int, { description: 'Requests allowed per window.' })
  limit!: number;

  @Field(() => Float, { description: 'Length of the window, in seconds.' })
  windowSeconds!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Requests left in this window (across every instance when the quota is shared); null when it cannot be read.',
  })
  remaining!: number | null;
}

@ObjectType({
  description: "How long this instance's latest requests to a platform took, in milliseconds (waiting for the rate limit not included).",
})
export class Latency {
  @Field(() => Int, { nullable: true, description: 'Median duration, in whole milliseconds; null before the first request.' })
  p50!: number | null;

  @Field(() => Int, { nullable: true, description: '95th percentile duration, in whole milliseconds; null before the first request.' })
  p95!: number | null;

  @Field(() => Int, { description: 'How many requests the percentiles are over: the latest, up to 200, retries and failures included.' })
  samples!: number;
}

@ObjectType({
  description:
    'The latest failed request to a platform on this instance (failed attempts that were retried, and calls an open breaker ' +
    'refused, count).',
})
export class PlatformFailure {
  @Field(() => String, { description: 'The error code: UPSTREAM_UNAVAILABLE, UPSTREAM_TIMEOUT or UPSTREAM_RATE_LIMITED.' })
  code!: string;

  @Field(() => String, { description: "What went wrong, in words, after the platform's name." })
  message!: string;

  @Field(() => Date, { description: 'When it failed (UTC).' })
  at!: Date;
}

@ObjectType({ description: 'How a platform is doing, as this instance sees it.' })
export class PlatformStatus {
  @Field(() => ExternalPlatform, { name: 'platform', description: 'The platform.' })
  source!: ExternalPlatform;

  @Field(() => Boolean, { description: 'False when it needs credentials that are not configured; it is then never called.' })
  configured!: boolean;

  @Field(() => String, { nullable: true, description: 'What to set to use it, when not configured; else null.' })
  note!: string | null;

  @Field(() => BreakerState, { description: 'The state of its circuit breaker on this instance.' })
  breaker!: BreakerState;

  @Field(() => Int, {
    nullable: true,
    description: 'Seconds until an open breaker lets a request through again; null when the breaker is not open.',
  })
  retryAfterSeconds!: number | null;

  @Field(() => Int, {
    description:
      'Requests sent to it in about the last minute, each counted once with its retries (cache hits and calls an open breaker refused are not).',
  })
  recentRequests!: number;

  @Field(() => Int, {
    description:
      'Of those, the ones that failed after their retries because the platform was unwell (timeout, 5xx answer, unreachable, ' +
      'garbled answer); not-found, refused (4xx) and rate-limited answers do not count.',
  })
  recentFailures!: number;

  @Field(() => Float, { description: 'recentFailures / recentRequests, from 0 to 1 (0 without requests).' })
  errorRate!: number;

  @Field(() => Latency, { name: 'latencyMs', description: 'How long its latest requests took, in milliseconds.' })
  latencyMs!: Latency;

  @Field(() => [QuotaWindow], { description: 'Its rate limit, one entry per window, shortest first, with the requests left in each.' })
  quota!: QuotaWindow[];

  @Field(() => Boolean, { description: 'Whether the quota is kept in Redis, shared by every instance.' })
  sharedQuota!: boolean;

  @Field(() => PlatformFailure, { nullable: true, description: 'Its latest failure on this instance; null when none since it started.' })
  lastError!: PlatformFailure | null;
}

@ObjectType({ description: 'Hits and misses of one tier of the platform cache since this instance started.' })
export class CacheTierStats {
  @Field(() => Int, { description: 'Lookups this tier answered with fresh data.' })
  hits!: number;

  @Field(() => Int, { description: 'Lookups this tier could not answer with fresh data (absent, or past its TTL).' })
  misses!: number;
}

@ObjectType({ description: "The platform cache's hits and misses per tier since this instance started." })
export class PlatformCacheStats {
  @Field(() => CacheTierStats, { description: "L1: this process's in-memory cache." })
  l1!: CacheTierStats;

  @Field(() => CacheTierStats, {
    description: 'L2: Redis, shared by every instance; counted only while Redis is connected (zero without REDIS_URL).',
  })
  l2!: CacheTierStats;

  @Field(() => Boolean, { description: 'Whether Redis (L2) is connected now.' })
  l2Available!: boolean;

  @Field(() => Int, { description: 'Loads from the platforms themselves, background refreshes included.' })
  originLoads!: number;

  @Field(() => Int, { description: 'Of those loads, the ones that failed.' })
  originFailures!: number;

  @Field(() => Int, { description: 'Answers served stale (while refreshing, or because the platform failed).' })
  staleServed!: number;
}
