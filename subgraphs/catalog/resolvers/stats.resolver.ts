import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { pageSize } from '../../../lib/paging.js';
import type { CatalogContext } from '../context.js';
import { statsOf, type CatalogStats as CatalogStatsRecord, type Count } from '../domain/stats.js';
import { CatalogStats, CountByKey } from '../schema/catalog-stats.type.js';

@Resolver(() => CatalogStats)
export class StatsResolver {
  @Query(() => CatalogStats, { description: 'What the served catalog holds, and what its load rejected.' })
  catalogStats(@Ctx() ctx: CatalogContext): CatalogStatsRecord {
    return statsOf(ctx.store.snapshot().catalog);
  }

  @FieldResolver(() => [CountByKey])
  topTags(
    @Root() stats: CatalogStatsRecord,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() ctx: CatalogContext,
  ): Count[] {
    return stats.tags.slice(0, pageSize(first, 20, ctx.limits.maxPageSize));
  }
}
