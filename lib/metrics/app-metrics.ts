// The metrics of one app, on a registry of its own (not prom-client's global one: tests run
// several apps in one process).
import { collectDefaultMetrics, Registry } from 'prom-client';
import { RequestMetrics } from './requests.js';
import { CACHE_TIERS, sourceMetrics, type MetricSources } from './sources.js';

export class AppMetrics {
  readonly registry = new Registry();
  readonly requests = new RequestMetrics(this.registry);
  private sources: MetricSources = {};
  private readonly fromSources = sourceMetrics(this.registry, () => this.sources);
  private stopCacheHook?: () => void;

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    for (const tier of Object.values(CACHE_TIERS))
      for (const result of ['hit', 'miss']) this.fromSources.cacheRequests.inc({ tier, result }, 0);
  }

  /** Says where the gauges read (once the parts exist); counts the platform cache's lookups from now on. */
  watch(sources: MetricSources): void {
    this.stopCacheHook?.();
    this.sources = sources;
    this.stopCacheHook = sources.platforms?.cache.onLookup((tier, hit) =>
      this.fromSources.cacheRequests.inc({ tier: CACHE_TIERS[tier], result: hit ? 'hit' : 'miss' }),
    );
  }

  /** The status of each configured platform, as the breaker and quota gauges read it. */
  platformStatus() {
    return this.fromSources.platformStatus();
  }

  /** Hits and misses of each cache tier so far. */
  async cacheCounts(): Promise<Record<'memory' | 'redis', { hits: number; misses: number }>> {
    const counts = { memory: { hits: 0, misses: 0 }, redis: { hits: 0, misses: 0 } };
    for (const { labels, value } of (await this.fromSources.cacheRequests.get()).values) {
      const tier = counts[labels.tier as 'memory' | 'redis'];
      if (tier) tier[labels.result === 'hit' ? 'hits' : 'misses'] += value;
    }
    return counts;
  }

  get subscriptionsOpen(): number {
    return this.sources.subscriptionsOpen?.() ?? 0;
  }

  get mcpSessionsOpen(): number {
    return this.sources.mcpSessionsOpen?.() ?? 0;
  }

  /** The Prometheus text exposition of every metric. */
  scrape(): Promise<string> {
    return this.registry.metrics();
  }

  close(): void {
    this.stopCacheHook?.();
  }
}
