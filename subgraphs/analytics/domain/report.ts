// analyticsReport: every figure of a window, and the advice they call for.
import type { Db } from '../../../lib/db/database.js';
import type { AnalyticsReport, ReportScope } from '../schema/report.type.js';
import {
  errorCounts,
  operationMix,
  operationTotals,
  platformFigures,
  popularSearches,
  tierUsage,
  transportCounts,
  type Window,
} from './figures.js';
import { optimizations } from './recommendations.js';
import { trendingAnime } from './trending.js';

const TRENDING_IN_REPORT = 10;

export async function buildReport(db: Db, window: Window, scope: ReportScope): Promise<AnalyticsReport> {
  // One after another: PGlite runs one query at a time anyway, and a PostgreSQL pool is kept for requests.
  const totals = await operationTotals(db, window);
  const mix = await operationMix(db, window);
  const transports = await transportCounts(db, window);
  const searches = await popularSearches(db, window);
  const trending = await trendingAnime(db, window, TRENDING_IN_REPORT);
  const platforms = await platformFigures(db, window);
  const tiers = await tierUsage(db, window);
  const errors = await errorCounts(db, window);
  const perQuery = (total: number) => (totals.queries ? total / totals.queries : 0);
  const cost = {
    platformCalls: totals.platformCalls,
    llmTokens: totals.llmTokens,
    platformCallsPerQuery: perQuery(totals.platformCalls),
    llmTokensPerQuery: perQuery(totals.llmTokens),
  };
  const queryMix = mix.map((m) => ({ ...m, share: totals.operations ? m.count / totals.operations : 0 }));
  return {
    from: window.from,
    to: window.to,
    scope,
    operations: totals.operations,
    queryMix,
    transports,
    popularSearches: searches,
    trendingAnime: trending,
    platforms,
    tiers,
    errors,
    latency: totals.latency,
    cost,
    recommendations: optimizations({ operations: totals.operations, platforms, operationLatency: queryMix, errors, cost }),
  };
}
