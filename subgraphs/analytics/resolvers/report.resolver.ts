import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { BadUserInputError } from '../../../lib/errors.js';
import type { AnalyticsContext } from '../context.js';
import { reportAccess } from '../domain/access.js';
import { buildReport } from '../domain/report.js';
import { AnalyticsReport } from '../schema/report.type.js';

/** A report spans at most a year: longer ones would read the whole table for little. */
const MAX_REPORT_DAYS = 366;

@Resolver()
export class ReportResolver {
  @Query(() => AnalyticsReport, {
    description:
      "What AniGraph served between `from` and `to`: the query mix, popular searches, trending anime, each platform's error rate, latency and cache hit rate, use by tier, cost per query and optimization advice. Operators (ADMIN_API_KEY) see everyone's operations; a signed-in user their own.",
  })
  async analyticsReport(
    @Arg('from', () => Date, { description: 'Start of the window (inclusive).' }) from: Date,
    @Arg('to', () => Date, { description: `End of the window (exclusive), after \`from\` and at most ${MAX_REPORT_DAYS} days later.` })
    to: Date,
    @Ctx() ctx: AnalyticsContext,
  ): Promise<AnalyticsReport> {
    const access = reportAccess(ctx.adminEnabled);
    if (!(to.getTime() > from.getTime())) throw new BadUserInputError('`to` must be after `from`.', 'to');
    if (to.getTime() - from.getTime() > MAX_REPORT_DAYS * 86_400_000) {
      throw new BadUserInputError(`A report spans at most ${MAX_REPORT_DAYS} days.`, 'to');
    }
    return buildReport(await ctx.db(), { from, to, subject: access.subject }, access.scope);
  }
}
