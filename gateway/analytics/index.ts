// Analytics at the gateway (README: Analytics): every operation recorded off the request path into
// the database the analytics subgraph reads, and the language model's use recorded with its tokens.
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { subjectOf } from '../../lib/analytics/event.js';
import { AnalyticsRecorder } from '../../lib/analytics/recorder.js';
import type { Config } from '../../lib/config.js';
import { currentCorrelationId } from '../../lib/correlation.js';
import { sharedDatabase } from '../../lib/db/shared.js';
import type { Logger } from '../../lib/logger.js';
import { currentViewer } from '../../lib/users/current-viewer.js';
import type { LlmRefiner } from '../../questions/llm/refiner.js';
import { currentTicket } from '../auth/ticket.js';
import { useAnalytics } from '../plugins/useAnalytics.js';
import { currentTransport } from './transport.js';

export interface GatewayAnalytics {
  plugin: GatewayPlugin;
  recorder: AnalyticsRecorder;
  /** The language model, each call recorded with its tokens (the cost of /api/query and query_anime). */
  meterLlm(llm: LlmRefiner | undefined): LlmRefiner | undefined;
  close(): Promise<void>;
}

type AnalyticsConfig = Pick<
  Config,
  'DATABASE_URL' | 'DATABASE_DIR' | 'ANALYTICS_QUEUE_SIZE' | 'ANALYTICS_BATCH_SIZE' | 'ANALYTICS_FLUSH_MS'
>;

/** `clock` stamps the events (tests move it); the system clock by default. */
export function createGatewayAnalytics(config: AnalyticsConfig, log: Logger, clock: () => Date = () => new Date()): GatewayAnalytics {
  const analyticsLog = log.child({ component: 'analytics' });
  let database: ReturnType<typeof sharedDatabase> | undefined;
  const recorder = new AnalyticsRecorder({
    db: async () => (await (database ??= sharedDatabase(config, log)).database).db,
    queueSize: config.ANALYTICS_QUEUE_SIZE,
    batchSize: config.ANALYTICS_BATCH_SIZE,
    flushMs: config.ANALYTICS_FLUSH_MS,
    log: analyticsLog,
  });
  return {
    plugin: useAnalytics(recorder, clock),
    recorder,
    meterLlm(llm) {
      if (!llm) return undefined;
      return {
        model: llm.model,
        async refine(words, parsed) {
          const started = performance.now();
          const refined = await llm.refine(words, parsed);
          const caller = currentTicket()?.caller;
          const viewer = caller?.viewer ?? currentViewer();
          recorder.record({
            at: clock(),
            operationName: 'LanguageModel',
            operationType: 'llm',
            transport: currentTransport(),
            latencyMs: performance.now() - started,
            subject: subjectOf(viewer, caller?.ip),
            tier: viewer?.tier ?? 'FREE',
            correlationId: currentCorrelationId() ?? null,
            llmTokens: refined.llm.total_tokens ?? 0,
            // Asked (it has a model) but its answer was not used: the call failed in some way.
            errorCodes: refined.llm.model && !refined.llm.used ? ['LLM_FALLBACK'] : [],
          });
          return refined;
        },
        close: () => llm.close(),
      };
    },
    async close() {
      await recorder.close();
      await database?.release();
    },
  };
}
