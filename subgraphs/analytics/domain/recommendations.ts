// Optimization recommendations drawn from a report's figures: each rule names what to change and the
// figures that call for it. Rules look only at parts with enough operations to mean something.
import type { CostSummary, ErrorCount, OperationCount, Optimization, PlatformReport } from '../schema/report.type.js';

/** Fewer lookups or operations than this say too little to advise on. */
export const MIN_SAMPLE = 20;
const LOW_HIT_RATE = 0.5;
const SLOW_PLATFORM_MS = 500;
const HIGH_ERROR_RATE = 0.05;
const SLOW_OPERATION_MS = 1000;
const FREQUENT_ERROR_SHARE = 0.05;
const COSTLY_LLM_TOKENS = 500;

export interface Figures {
  operations: number;
  platforms: PlatformReport[];
  operationLatency: (OperationCount & { p95Ms: number })[];
  errors: ErrorCount[];
  cost: CostSummary;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;

export function optimizations({ operations, platforms, operationLatency, errors, cost }: Figures): Optimization[] {
  const advice: Optimization[] = [];
  for (const p of platforms.filter((platform) => platform.calls >= MIN_SAMPLE)) {
    if (p.cacheHitRate < LOW_HIT_RATE && p.latencyP95Ms > SLOW_PLATFORM_MS) {
      advice.push({
        kind: 'PLATFORM_CACHE',
        subject: p.platform,
        message: `${p.platform}: only ${percent(p.cacheHitRate)} of ${p.calls} lookups came from the cache and the p95 is ${ms(p.latencyP95Ms)}: keep its data longer (CACHE_TTL_*), or share the cache between instances (REDIS_URL).`,
      });
    }
    if (p.errorRate > HIGH_ERROR_RATE) {
      advice.push({
        kind: 'PLATFORM_ERRORS',
        subject: p.platform,
        message: `${p.platform}: ${percent(p.errorRate)} of ${p.calls} lookups failed: check platformStatus, its rate limit (*_RATE_LIMIT) and breaker (*_BREAKER).`,
      });
    }
  }
  for (const o of operationLatency.filter((op) => op.count >= MIN_SAMPLE && op.p95Ms > SLOW_OPERATION_MS)) {
    const name = o.operationName ?? `anonymous ${o.operationType}`;
    advice.push({
      kind: 'SLOW_OPERATION',
      subject: name,
      message: `${name}: p95 of ${ms(o.p95Ms)} over ${o.count} operations: select fewer platform fields, or page smaller.`,
    });
  }
  if (operations >= MIN_SAMPLE) {
    for (const e of errors.filter((error) => error.count / operations > FREQUENT_ERROR_SHARE)) {
      advice.push({
        kind: 'ERRORS',
        subject: e.code,
        message:
          e.code === 'QUOTA_EXCEEDED'
            ? `${percent(e.count / operations)} of operations ran out of quota: callers need a higher tier, or the quotas (QUOTA_*) are too low.`
            : `${percent(e.count / operations)} of operations answered ${e.code}: see the errors of that code in the logs (by correlation id).`,
      });
    }
  }
  if (cost.llmTokensPerQuery > COSTLY_LLM_TOKENS) {
    advice.push({
      kind: 'LLM_COST',
      subject: 'language model',
      message: `The language model costs ${Math.round(cost.llmTokensPerQuery)} tokens per query: lower LLM_MAX_TOKENS_PER_REQUEST, or let the parser answer alone (no LLM_MODEL).`,
    });
  }
  return advice;
}
