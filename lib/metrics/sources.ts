// Gauges read when Prometheus scrapes: the platforms' breakers and quotas from the same status
// platformStatus answers, the open graphql-ws subscriptions and MCP sessions; and the platform
// cache's lookups, counted as they happen through the cache's lookup hook.
import { Counter, Gauge, type Registry } from 'prom-client';
import type { BreakerState } from '../platforms/breaker.js';
import type { Platforms } from '../platforms/platforms.js';

/** Where the gauges read; each part is optional (a gateway in front of a remote platforms subgraph has no platforms). */
export interface MetricSources {
  platforms?: Pick<Platforms, 'status' | 'cache'>;
  subscriptionsOpen?: () => number;
  mcpSessionsOpen?: () => number;
  /** The analytics recorder: events waiting, and what became of the others. */
  analytics?: { depth: number; counts: { written: number; dropped: number; failedWrites: number } };
}

export const BREAKER_VALUES: Record<BreakerState, number> = { CLOSED: 0, HALF_OPEN: 1, OPEN: 2 };
export const CACHE_TIERS = { L1: 'memory', L2: 'redis' } as const;

export function sourceMetrics(registry: Registry, sources: () => MetricSources) {
  const platformStatus = async () => (await sources().platforms?.status())?.filter((s) => s.configured) ?? [];
  new Gauge({
    name: 'anigraph_breaker_state',
    help: "Each configured platform's circuit breaker: 0 closed, 1 half-open, 2 open.",
    labelNames: ['platform'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const status of await platformStatus()) this.set({ platform: status.source.toLowerCase() }, BREAKER_VALUES[status.breaker]);
    },
  });
  new Gauge({
    name: 'anigraph_platform_quota_remaining',
    help: 'Requests left in each rate-limit window of a configured platform (window in seconds; across instances when the quota is in Redis).',
    labelNames: ['platform', 'window'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const status of await platformStatus())
        for (const window of status.quota)
          if (window.remaining !== null)
            this.set({ platform: status.source.toLowerCase(), window: String(window.windowSeconds) }, window.remaining);
    },
  });
  new Gauge({
    name: 'anigraph_subscriptions_open',
    help: 'GraphQL subscriptions open over graphql-ws (identical ones sharing an execution each count).',
    registers: [registry],
    collect() {
      this.set(sources().subscriptionsOpen?.() ?? 0);
    },
  });
  new Gauge({
    name: 'anigraph_mcp_sessions_open',
    help: 'MCP sessions open over HTTP (Streamable HTTP and SSE).',
    registers: [registry],
    collect() {
      this.set(sources().mcpSessionsOpen?.() ?? 0);
    },
  });
  new Gauge({
    name: 'anigraph_analytics_queue_depth',
    help: 'Analytics events waiting to be written (at most ANALYTICS_QUEUE_SIZE).',
    registers: [registry],
    collect() {
      this.set(sources().analytics?.depth ?? 0);
    },
  });
  new Counter({
    name: 'anigraph_analytics_events_total',
    help: 'Analytics events by result: written to the database, or dropped (the queue was full).',
    labelNames: ['result'],
    registers: [registry],
    collect() {
      const counts = sources().analytics?.counts ?? { written: 0, dropped: 0 };
      this.reset();
      this.inc({ result: 'written' }, counts.written);
      this.inc({ result: 'dropped' }, counts.dropped);
    },
  });
  new Counter({
    name: 'anigraph_analytics_write_failures_total',
    help: 'Batches of analytics events the database refused (they are retried while the queue has room).',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(sources().analytics?.counts.failedWrites ?? 0);
    },
  });
  const cacheRequests = new Counter({
    name: 'anigraph_cache_requests_total',
    help: 'Lookups of the platform cache by tier (memory, then redis) and result (hit: a fresh value).',
    labelNames: ['tier', 'result'],
    registers: [registry],
  });
  return { platformStatus, cacheRequests };
}
