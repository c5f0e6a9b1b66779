// Builds the analytics subgraph: reports and trending over the operations the gateway records
// (gateway/analytics) in AniGraph's database, kept ANALYTICS_RETENTION.
import 'reflect-metadata';
import type { ConfigOf } from '../../lib/config.js';
import type { Db } from '../../lib/db/database.js';
import { sharedDatabase } from '../../lib/db/shared.js';
import { buildFederatedSchema } from '../../lib/federation.js';
import type { Logger } from '../../lib/logger.js';
import type { Subgraph, SubgraphEnvironment } from '../../lib/subgraph.js';
import type { AnalyticsContext } from './context.js';
import { startRetention, type RetentionJob } from './domain/retention.js';
import { ReportResolver } from './resolvers/report.resolver.js';
import { TrendingResolver } from './resolvers/trending.resolver.js';
import { Anime } from './schema/anime.type.js';

export type AnalyticsConfig = ConfigOf<'analytics'>;

export interface AnalyticsSubgraph extends Subgraph {
  /** Deletes the events past ANALYTICS_RETENTION now (the daily job's work); how many went. */
  enforceRetention(): Promise<number>;
}

export async function createAnalyticsSubgraph(
  config: AnalyticsConfig,
  log: Logger,
  environment: Partial<SubgraphEnvironment> = {},
): Promise<AnalyticsSubgraph> {
  const { schema, sdl } = await buildFederatedSchema({ resolvers: [ReportResolver, TrendingResolver], orphanedTypes: [Anime] });
  const now = environment.clock ?? (() => new Date());
  // Opened at start() or the first request, never by building the schema (`npm run compose`).
  let held: ReturnType<typeof sharedDatabase> | undefined;
  let ready = false;
  let closed = false;
  let retention: RetentionJob | undefined;
  const db = async (): Promise<Db> => {
    if (closed) throw new Error('the analytics subgraph is closed');
    held ??= sharedDatabase(config, log);
    const { db } = await held.database;
    ready = true;
    return db;
  };
  return {
    name: 'analytics',
    schema,
    sdl,
    async start() {
      await db();
      startedRetention();
    },
    isReady: () => ready,
    reload: async () => undefined,
    createContext: (): AnalyticsContext => ({ db, adminEnabled: Boolean(config.ADMIN_API_KEY), now }),
    enforceRetention: () => startedRetention().run(),
    async close() {
      closed = true;
      retention?.stop();
      await held?.release();
    },
  };
  function startedRetention(): RetentionJob {
    return (retention ??= startRetention(db, config.ANALYTICS_RETENTION, now, log));
  }
}
