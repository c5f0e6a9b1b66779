// The load benchmark's tables: the runs side by side, each run per kind, and the targets of the main run.
import { markdownTable } from '../lib/markdown.js';
import { summarize } from '../lib/stats.js';
import { MIB, targetsTable, type Target } from '../lib/targets.js';
import { KIND_LABELS, KINDS } from './mix.js';
import { errorCount, type LoadRun } from './run.js';

const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
const mib = (bytes: number) => (Number.isFinite(bytes) ? `${Math.round(bytes / MIB)} MiB` : 'n/a');

export const allLatencies = (run: LoadRun): number[] => KINDS.flatMap((k) => run.kinds[k].latencies);
export const requestsPerSecond = (run: LoadRun): number => run.answered / run.seconds;

export function runsTable(runs: LoadRun[]): string {
  const summaries = runs.map((r) => summarize(allLatencies(r)));
  const row = (name: string, cell: (run: LoadRun, i: number) => string) => [name, ...runs.map(cell)];
  const rows = [
    row('duration', (r) => `${r.seconds.toFixed(1)} s`),
    row('answers', (r) => String(r.answered)),
    row('req/s', (r) => requestsPerSecond(r).toFixed(0)),
    row('latency p50', (_, i) => `${ms(summaries[i].p50)} ms`),
    row('latency p95', (_, i) => `${ms(summaries[i].p95)} ms`),
    row('latency p99', (_, i) => `${ms(summaries[i].p99)} ms`),
    row('latency max', (_, i) => `${ms(summaries[i].max)} ms`),
    row(
      'autocannon p50 / p97.5 / p99 / max',
      (r) => `${r.autocannon.p50} / ${r.autocannon.p97_5} / ${r.autocannon.p99} / ${r.autocannon.max} ms`,
    ),
    row('errors (answers with errors + no answer)', (r) => String(errorCount(r))),
    row('  of which timeouts / connection errors', (r) => `${r.timeouts} / ${r.transportErrors - r.timeouts}`),
    row('  of which non-2xx', (r) => String(r.non2xx)),
    row('connections waiting to be accepted, mean / max', (r) => {
      if (r.acceptQueue.length === 0) return 'n/a';
      const mean = r.acceptQueue.reduce((a, b) => a + b, 0) / r.acceptQueue.length;
      return `${mean.toFixed(1)} / ${Math.max(...r.acceptQueue)}`;
    }),
    row('server CPU, all threads / main thread (100% = one core)', (r) => {
      const pct = (seconds: number) => (Number.isFinite(seconds) ? `${((100 * seconds) / r.seconds).toFixed(0)}%` : 'n/a');
      return `${pct(r.server.cpuSeconds)} / ${pct(r.server.mainThreadCpuSeconds)}`;
    }),
    row('server main-thread CPU per answer', (r) => {
      const perAnswer = (1000 * r.server.mainThreadCpuSeconds) / r.answered;
      return Number.isFinite(perAnswer) ? `${perAnswer.toFixed(2)} ms` : 'n/a';
    }),
    row('load generator CPU (this process)', (r) => `${((100 * r.clientCpuSeconds) / r.seconds).toFixed(0)}%`),
    row('server RSS before / after', (r) => `${mib(r.server.rssBefore)} / ${mib(r.server.rssAfter)}`),
    row('load average before / after (1/5/15 min)', (r) => `${r.loadBefore} -> ${r.loadAfter}`),
  ];
  return markdownTable(['figure', ...runs.map((r) => `${r.label}: ${r.connections} connections`)], rows, (i) => i > 0);
}

export function kindsTable(run: LoadRun): string {
  const rows = KINDS.filter((kind) => run.sent[kind] > 0).map((kind) => {
    const stats = run.kinds[kind];
    const s = summarize(stats.latencies);
    const share = (n: number) => (stats.latencies.length ? `${((100 * n) / stats.latencies.length).toFixed(0)}%` : '-');
    return [
      KIND_LABELS[kind],
      String(run.sent[kind]),
      String(s.count),
      ms(s.p50),
      ms(s.p95),
      ms(s.p99),
      ms(s.max),
      String(stats.errors),
      share(stats.cacheHits),
      String(stats.degraded),
    ];
  });
  return markdownTable(
    [`${run.label} (${run.connections} conn.), ms`, 'sent', 'answered', 'p50', 'p95', 'p99', 'max', 'errors', 'cache hits', 'degraded'],
    rows,
    (i) => i > 0,
  );
}

/** Latency by when the request was sent, in `buckets` slices of the run: warm-up effects, stalls, drift. */
export function timelineTable(run: LoadRun, buckets = 6): string {
  const width = run.seconds / buckets;
  const rows = Array.from({ length: buckets }, (_, b) => {
    const from = b * width;
    const to = b === buckets - 1 ? Infinity : from + width;
    const s = summarize(run.timeline.filter((t) => t.at >= from && t.at < to).map((t) => t.ms));
    const timeouts = run.timedOutAt.filter((at) => at >= from && at < to).length;
    const span = `${from.toFixed(0)}-${(from + width).toFixed(0)} s`;
    return [span, String(s.count), (s.count / width).toFixed(0), ms(s.p50), ms(s.p95), ms(s.max), String(timeouts)];
  });
  return markdownTable([`${run.label}: sent at`, 'answers', 'req/s', 'p50', 'p95', 'max', 'timed out'], rows, (i) => i > 0);
}

/** The main run against the targets: 0 errors, >= 550 req/s, p95 <= 250 ms, max <= 1 s. */
export function targets(run: LoadRun): { text: string; misses: number; checked: number } {
  const s = summarize(allLatencies(run));
  const list: Target[] = [
    { metric: 'errors', value: errorCount(run), unit: '', digits: 0, atMost: 0, note: `of ${run.answered} answers` },
    {
      metric: 'throughput',
      value: requestsPerSecond(run),
      unit: 'req/s',
      digits: 0,
      atLeast: 550,
      note: `${run.connections} connections, ${run.seconds.toFixed(0)} s`,
    },
    { metric: 'latency p95', value: s.p95, unit: 'ms', digits: 1, atMost: 250 },
    { metric: 'latency max', value: s.max, unit: 'ms', digits: 0, atMost: 1000 },
    { metric: 'latency p50', value: s.p50, unit: 'ms', digits: 1 },
    { metric: 'latency p99', value: s.p99, unit: 'ms', digits: 1 },
    { metric: 'server RSS after', value: run.server.rssAfter / MIB, unit: 'MiB', digits: 0, note: `before: ${mib(run.server.rssBefore)}` },
  ];
  return targetsTable(list);
}

/** The distinct problems and degraded answers of a run, most frequent first, per kind. */
export function problemLines(run: LoadRun, most = 5): string[] {
  const lines: string[] = [];
  for (const kind of KINDS) {
    const stats = run.kinds[kind];
    const top = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, most);
    for (const [problem, n] of top(stats.problems)) lines.push(`  ${run.label} ${KIND_LABELS[kind]}: ${n}x error: ${problem}`);
    for (const [reason, n] of top(stats.degradedReasons)) lines.push(`  ${run.label} ${KIND_LABELS[kind]}: ${n}x degraded: ${reason}`);
  }
  if (run.timeouts) lines.push(`  ${run.label}: ${run.timeouts} requests timed out`);
  if (run.transportErrors > run.timeouts) lines.push(`  ${run.label}: ${run.transportErrors - run.timeouts} connection errors`);
  return lines;
}
