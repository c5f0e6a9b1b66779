import { Ctx, Query, Resolver } from 'type-graphql';
import type { PlatformsContext } from '../context.js';
import { PlatformCacheStats, PlatformStatus } from '../schema/status.type.js';

@Resolver()
export class StatusResolver {
  @Query(() => [PlatformStatus], {
    description: "Each platform's circuit breaker, recent error rate, latency and remaining quota, as this instance sees them.",
  })
  platformStatus(@Ctx() ctx: PlatformsContext) {
    return ctx.platforms.status();
  }

  @Query(() => PlatformCacheStats, { description: 'Hits and misses of the platform cache, per tier, since this instance started.' })
  platformCache(@Ctx() ctx: PlatformsContext): PlatformCacheStats {
    const stats = ctx.platforms.cacheStats();
    return {
      l1: stats.l1,
      l2: stats.l2,
      l2Available: stats.l2.available,
      originLoads: stats.origin.loads,
      originFailures: stats.origin.failures,
      staleServed: stats.staleServed,
    };
  }
}
