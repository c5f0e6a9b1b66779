import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { BadUserInputError } from '../../../lib/errors.js';
import type { AnalyticsContext } from '../context.js';
import { trendingAnime } from '../domain/trending.js';
import { TrendingAnime, TrendingWindow, WINDOW_SECONDS } from '../schema/trending.type.js';

const MAX_TRENDING = 50;

@Resolver()
export class TrendingResolver {
  @Query(() => [TrendingAnime], {
    description:
      "The anime AniGraph's callers searched for and looked up more in the last `window` than in the window before it, most risen first.",
  })
  async trending(
    @Arg('window', () => TrendingWindow, { defaultValue: TrendingWindow.DAY, description: 'How far back to look; DAY by default.' })
    window: TrendingWindow,
    @Arg('first', () => Int, { defaultValue: 10, description: `How many, 1 to ${MAX_TRENDING}; 10 by default.` }) first: number,
    @Ctx() ctx: AnalyticsContext,
  ): Promise<TrendingAnime[]> {
    if (!(first >= 1 && first <= MAX_TRENDING)) throw new BadUserInputError(`first must be 1 to ${MAX_TRENDING} (got ${first}).`, 'first');
    const to = ctx.now();
    const from = new Date(to.getTime() - WINDOW_SECONDS[window] * 1000);
    return trendingAnime(await ctx.db(), { from, to }, first);
  }
}
