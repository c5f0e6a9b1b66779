// What /status.json answers (and the status page shows): read from the same sources as /metrics.
import type { AppMetrics } from '../../lib/metrics/index.js';
import { TRANSPORTS } from '../../lib/metrics/index.js';

/** Latencies drawn in the page's sparkline. */
const SPARKLINE_POINTS = 60;

export async function statusData(metrics: AppMetrics) {
  const [platforms, cache, histogram] = await Promise.all([
    metrics.platformStatus(),
    metrics.cacheCounts(),
    metrics.requests.duration.get(),
  ]);
  const requests = Object.fromEntries(TRANSPORTS.map((t) => [t, 0]));
  for (const { labels, value, metricName } of histogram.values)
    if (metricName === 'anigraph_request_duration_seconds_count') requests[String(labels.transport)] += value;
  const recent = metrics.requests.recent;
  return {
    at: new Date().toISOString(),
    platforms: platforms.map((p) => ({
      platform: p.source,
      breaker: p.breaker,
      retryAfterSeconds: p.retryAfterSeconds,
      errorRate: p.errorRate,
      latencyMs: p.latencyMs,
      // Used: the share of the window's requests already spent (null when the quota cannot be read).
      quota: p.quota.map((w) => ({ ...w, used: w.remaining === null ? null : (w.limit - w.remaining) / w.limit })),
      lastError: p.lastError && { code: p.lastError.code, at: p.lastError.at },
    })),
    cache: Object.fromEntries(
      Object.entries(cache).map(([tier, { hits, misses }]) => [
        tier,
        { hits, misses, hitRate: hits + misses ? hits / (hits + misses) : null },
      ]),
    ),
    requests: {
      byTransport: requests,
      p50Ms: round(recent.percentile(50)),
      p95Ms: round(recent.percentile(95)),
      recentMs: recent.latest(SPARKLINE_POINTS).map(round),
    },
    subscriptionsOpen: metrics.subscriptionsOpen,
    mcpSessionsOpen: metrics.mcpSessionsOpen,
  };
}

const round = (ms: number | null) => (ms === null ? null : Math.round(ms * 10) / 10);
