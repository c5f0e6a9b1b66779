// The image benchmark's figures next to the targets; a miss is reported, never a failed run.
import { MIB, targetsTable, type Target } from '../lib/targets.js';
import { readyFigure, type BuildRun } from './build-run.js';
import type { HostileFigures } from './hostile-run.js';
import { CONNECTIONS, type LatencyFigures } from './latency.js';

export interface ImageBenchFigures {
  posters: number;
  cold: BuildRun;
  killed: BuildRun;
  resumed: BuildRun;
  latency: LatencyFigures;
  hostile: HostileFigures;
  hostileTotal: number;
  /** Poster server requests while the hostile inputs were sent (one of them names a poster URL). */
  posterRequestsDuringHostile: number;
  /** Sockets to the trap host still open a few seconds after the hostile inputs (the path each asked for). */
  trapSocketsLeft: string[];
  goodAfter: { answered: boolean; topHit: boolean; detail: string };
  rssAfterHostile: number;
}

const RSS_LIMIT_MIB = 1536;
const P50_LIMIT_MS = 30;

export function printTargets(f: ImageBenchFigures): number {
  const mib = (bytes: number) => bytes / MIB;
  const { cold, killed, resumed, latency, hostile } = f;
  const coldEmbedded = readyFigure(cold, 'embedded');
  const coldSeconds = readyFigure(cold, 'seconds');
  const doneAtKill = killed.killedAt?.done ?? NaN;
  const reused = readyFigure(resumed, 'reused');
  // Every poster is fetched once over both runs, but those in flight when the kill came.
  const fetchedTwice = killed.posterRequests + resumed.posterRequests - f.posters;
  const { byImage, concurrent, searchWithImage } = latency;
  const share = (x: number) => x * 100;
  const targets: Target[] = [
    {
      metric: 'cold build: posters embedded per second',
      value: coldEmbedded / coldSeconds,
      unit: 'posters/s',
      digits: 0,
      note: `${coldEmbedded} embedded in ${coldSeconds.toFixed(1)} s (server); spawn -> ready ${cold.wallSeconds.toFixed(1)} s`,
    },
    {
      metric: 'cold build: peak RSS (gateway + embedding processes)',
      value: mib(cold.peakRssBytes),
      unit: 'MiB',
      digits: 0,
      atMost: RSS_LIMIT_MIB,
      note: 'sampled every 250 ms',
    },
    { metric: 'killed build: peak RSS (same)', value: mib(killed.peakRssBytes), unit: 'MiB', digits: 0, atMost: RSS_LIMIT_MIB },
    { metric: 'resumed build: peak RSS (same)', value: mib(resumed.peakRssBytes), unit: 'MiB', digits: 0, atMost: RSS_LIMIT_MIB },
    {
      metric: 'resume: share of the killed run kept',
      value: share(reused / doneAtKill),
      unit: '%',
      digits: 1,
      atLeast: 50,
      note: `killed at ${doneAtKill}/${killed.killedAt?.total}; resumed run reused ${reused}, embedded ${readyFigure(resumed, 'embedded')}`,
    },
    {
      metric: 'resume: posters fetched again',
      value: fetchedTwice,
      unit: 'posters',
      digits: 0,
      atMost: Math.ceil(f.posters / 100),
      note: `poster requests: killed run ${killed.posterRequests}, resumed run ${resumed.posterRequests}, of ${f.posters}`,
    },
    {
      metric: 'searchByImage p50, 1 client',
      value: byImage.summary.p50,
      unit: 'ms',
      atMost: P50_LIMIT_MS,
      note: `${byImage.summary.count} distinct posters`,
    },
    { metric: 'searchByImage p95, 1 client', value: byImage.summary.p95, unit: 'ms' },
    {
      metric: 'searchByImage top hit = own anime',
      value: share(byImage.topHitShare),
      unit: '%',
      digits: 1,
      atLeast: 99,
      note: `in the top 10: ${share(byImage.inTopTen).toFixed(1)}%`,
    },
    {
      metric: `searchByImage, ${CONNECTIONS} connections`,
      value: concurrent.requestsPerSecond,
      unit: 'req/s',
      digits: 0,
      note: `${concurrent.summary.count} requests; p50 ${concurrent.summary.p50.toFixed(1)} ms, p95 ${concurrent.summary.p95.toFixed(1)} ms; top hit ${share(concurrent.topHitShare).toFixed(1)}%`,
    },
    searchWithImage
      ? {
          metric: 'search(query, image, imageWeight: 1) p50',
          value: searchWithImage.summary.p50,
          unit: 'ms',
          note: `p95 ${searchWithImage.summary.p95.toFixed(1)} ms; top hit ${share(searchWithImage.topHitShare).toFixed(1)}%`,
        }
      : { metric: 'search(query, image, imageWeight: 1) p50', value: NaN, unit: 'ms', skipped: latency.skippedSearch },
    {
      metric: 'hostile uploads refused (BAD_USER_INPUT or 413)',
      value: hostile.refused,
      unit: `of ${f.hostileTotal}`,
      digits: 0,
      atLeast: f.hostileTotal,
      note: `in ${hostile.seconds.toFixed(1)} s`,
    },
    { metric: 'hostile uploads answered 5xx / INTERNAL_SERVER_ERROR', value: hostile.serverErrors, unit: '', digits: 0, atMost: 0 },
    {
      metric: 'hostile uploads answered otherwise',
      value: hostile.other,
      unit: '',
      digits: 0,
      atMost: 0,
      note: 'accepted, another code, no answer',
    },
    { metric: 'poster server requests during hostile uploads', value: f.posterRequestsDuringHostile, unit: '', digits: 0, atMost: 0 },
    {
      metric: 'trap-host sockets left open after',
      value: f.trapSocketsLeft.length,
      unit: '',
      digits: 0,
      atMost: 0,
      note: f.trapSocketsLeft.join(', ').slice(0, 120) || 'IMAGE_FETCH_TIMEOUT_MS + 1 s after the last upload',
    },
    {
      metric: 'good searchByImage after the hostile uploads',
      value: f.goodAfter.answered && f.goodAfter.topHit ? 1 : 0,
      unit: '',
      digits: 0,
      atLeast: 1,
      note: f.goodAfter.detail,
    },
    { metric: 'RSS after the hostile uploads', value: mib(f.rssAfterHostile), unit: 'MiB', digits: 0, atMost: RSS_LIMIT_MIB },
  ];
  const { text, misses, checked } = targetsTable(targets);
  console.log(text);
  console.log(`\n${checked - misses} of ${checked} targets met`);
  return misses;
}
