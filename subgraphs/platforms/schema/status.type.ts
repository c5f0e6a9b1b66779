import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BreakerState, ExternalPlatform } from './enums.js';

@ObjectType()
export class QuotaWindow {
  @Field(() => Int)
  limit!: number;

  @Field(() => Float)
  windowSeconds!: number;

  @Field(() => Int, { nullable: true, description: 'Requests left in this window (across every instance when the quota is shared).' })
  remaining!: number | null;
}

@ObjectType()
export class Latency {
  @Field(() => Int, { nullable: true })
  p50!: number | null;

  @Field(() => Int, { nullable: true })
  p95!: number | null;

  @Field(() => Int, { description: 'Requests the percentiles are over (the last 200).' })
  samples!: number;
}

@ObjectType()
export class PlatformFailure {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  message!: string;

  @Field(() => Date)
  at!: Date;
}

@ObjectType({ description: 'How a platform is doing, as this instance sees it.' })
export class PlatformStatus {
  @Field(() => ExternalPlatform, { name: 'platform' })
  source!: ExternalPlatform;

  @Field(() => Boolean, { description: 'False when it needs credentials that are not configured; it is then never called.' })
  configured!: boolean;

  @Field(() => String, { nullable: true, description: 'What to set to use it, when not configured.' })
  note!: string | null;

  @Field(() => BreakerState)
  breaker!: BreakerState;

  @Field(() => Int, { nullable: true, description: 'Seconds until an open breaker lets a request through again.' })
  retryAfterSeconds!: number | null;

  @Field(() => Int, { description: 'Requests in the last minute.' })
  recentRequests!: number;

  @Field(() => Int)
  recentFailures!: number;

  @Field(() => Float, { description: 'recentFailures / recentRequests (0 without requests).' })
  errorRate!: number;

  @Field(() => Latency, { name: 'latencyMs' })
  latencyMs!: Latency;

  @Field(() => [QuotaWindow])
  quota!: QuotaWindow[];

  @Field(() => Boolean, { description: 'Whether the quota is kept in Redis, shared by every instance.' })
  sharedQuota!: boolean;

  @Field(() => PlatformFailure, { nullable: true })
  lastError!: PlatformFailure | null;
}

@ObjectType()
export class CacheTierStats {
  @Field(() => Int)
  hits!: number;

  @Field(() => Int)
  misses!: number;
}

@ObjectType({ description: "The platform cache's hits and misses per tier since this instance started." })
export class PlatformCacheStats {
  @Field(() => CacheTierStats)
  l1!: CacheTierStats;

  @Field(() => CacheTierStats)
  l2!: CacheTierStats;

  @Field(() => Boolean, { description: 'Whether Redis (L2) is connected now.' })
  l2Available!: boolean;

  @Field(() => Int, { description: 'Loads from the platforms themselves.' })
  originLoads!: number;

  @Field(() => Int)
  originFailures!: number;

  @Field(() => Int, { description: 'Answers served stale (while refreshing, or because the platform failed).' })
  staleServed!: number;
}
