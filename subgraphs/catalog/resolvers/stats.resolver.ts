import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { pageSize } from '../../../lib/paging.js';
import type { Refusal } from '../catalog/catalog.store.js';
import { statsOf, type CatalogStats as CatalogStatsRecord, type Count } from '../catalog/stats.js';
import type { CatalogContext } from '../context.js';
import { CatalogStats, CountByKey } from '../schema/catalog-stats.type.js';
import { CatalogRefusal, CatalogUpdates } from '../schema/catalog-updates.type.js';

@Resolver(() => CatalogStats)
export class StatsResolver {
  @Query(() => CatalogStats, { description: 'What the served catalog holds, what its load rejected, and how it is kept up to date.' })
  catalogStats(@Ctx() ctx: CatalogContext): CatalogStatsRecord {
    return statsOf(ctx.store.snapshot().catalog);
  }

  @FieldResolver(() => [CountByKey])
  topTags(
    @Root() stats: CatalogStatsRecord,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many tags, at most MAX_PAGE_SIZE (100 by default).' }) first: number,
    @Ctx() ctx: CatalogContext,
  ): Count[] {
    return stats.tags.slice(0, pageSize(first, 20, ctx.limits.maxPageSize));
  }

  @FieldResolver(() => String)
  file(@Ctx() ctx: CatalogContext): string {
    return ctx.store.snapshot().files.catalogPath;
  }

  @FieldResolver(() => CatalogUpdates)
  updates(@Ctx() ctx: CatalogContext): CatalogUpdates {
    const { updates } = ctx;
    return {
      enabled: updates.enabled,
      intervalSeconds: updates.intervalSeconds,
      url: updates.url,
      lastCheck: updates.lastCheck,
      nextCheckAt: updates.nextCheckAt,
    };
  }

  @FieldResolver(() => CatalogRefusal, { nullable: true })
  lastRefusal(@Ctx() ctx: CatalogContext): Refusal | null {
    return ctx.store.lastRefusal;
  }
}
