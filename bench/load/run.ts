// One load run: autocannon keeps `connections` keep-alive connections busy for `seconds`, each sending
// the mix's next request as soon as its previous answer has arrived; every answer is checked and timed
// per kind. Around the run: the server's RSS and CPU time, this process's CPU time, the load average.
import autocannon from 'autocannon';
import { rssBytes } from '../lib/child.js';
import { KINDS, type GraphqlResponse, type Kind, type Prepared, type RequestMix } from './mix.js';
import { acceptQueue, cpuSeconds, loadAverage, monotonicMicros } from './proc.js';

export interface KindStats {
  /** Milliseconds from writing the request to the last byte of its answer, per answer. */
  latencies: number[];
  errors: number;
  /** Error messages and how often each came. */
  problems: Map<string, number>;
  cacheHits: number;
  degraded: number;
  degradedReasons: Map<string, number>;
}

export interface LoadRun {
  label: string;
  connections: number;
  seconds: number;
  /** Answers received (any status). */
  answered: number;
  /** Every answer: seconds since the run started when its request was sent, and its latency in ms. */
  timeline: { at: number; ms: number }[];
  /** Requests that timed out: seconds since the run started when each was sent (about). */
  timedOutAt: number[];
  /** Connections waiting to be accepted by the server, sampled every second (empty: not measurable). */
  acceptQueue: number[];
  kinds: Record<Kind, KindStats>;
  /** Whole-run latency percentiles as autocannon's histogram has them (whole milliseconds). */
  autocannon: { p50: number; p97_5: number; p99: number; max: number; requestsPerSecond: number };
  /** Connection errors and timeouts: requests that got no answer at all. */
  transportErrors: number;
  timeouts: number;
  non2xx: number;
  sent: Record<Kind, number>;
  nextPages: number;
  server: { rssBefore: number; rssAfter: number; cpuSeconds: number; mainThreadCpuSeconds: number };
  /** CPU seconds of this process (the load generator) during the run. */
  clientCpuSeconds: number;
  loadBefore: string;
  loadAfter: string;
  /** The run's span on CLOCK_MONOTONIC, µs: CPU profile samples within it are the run's. */
  window: { fromUs: number; toUs: number };
}

export interface RunOptions {
  label: string;
  graphqlUrl: string;
  /** The server's process, for its RSS and CPU time; undefined: not on this machine or not known (NaN figures). */
  serverPid?: number;
  mix: RequestMix;
  connections: number;
  seconds: number;
  /** Seconds before a request without an answer counts as timed out. */
  timeoutSeconds?: number;
  /** API keys, one per connection (as many clients, each with its own key); none: anonymous. */
  keys?: readonly string[];
}

interface Pending {
  prepared: Prepared;
  sentAt: number;
}

export async function runLoad(options: RunOptions): Promise<LoadRun> {
  const { mix, connections, seconds } = options;
  const kinds = Object.fromEntries(KINDS.map((k) => [k, emptyStats()])) as Record<Kind, KindStats>;
  const sentBefore = { ...mix.counts.sent };
  const nextPagesBefore = mix.counts.nextPages;
  let answered = 0;
  const timeline: { at: number; ms: number }[] = [];
  const timedOutAt: number[] = [];
  const benchFailures: string[] = [];
  const timeoutSeconds = options.timeoutSeconds ?? 10;
  let started = performance.now();
  let keysGiven = 0;

  const request: autocannon.Request = {
    method: 'POST',
    path: new URL(options.graphqlUrl).pathname,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    // Called right before the request is written (the first ones when the connections are made).
    setupRequest(params, context) {
      const prepared = mix.next();
      context.pending = { prepared, sentAt: performance.now() } satisfies Pending;
      if (!options.keys?.length) return { ...params, body: prepared.body };
      // autocannon keeps a context per connection: each connection is one client with its own key.
      context.key ??= options.keys[keysGiven++ % options.keys.length];
      return { ...params, headers: { ...params.headers, authorization: `Bearer ${String(context.key)}` }, body: prepared.body };
    },
    onResponse(status, body, context) {
      // An exception here would be swallowed by autocannon's HTTP parser and leave the connection
      // waiting for a timeout: none may escape.
      try {
        record(status, body, context.pending as Pending);
      } catch (error) {
        benchFailures.push((error as Error).message);
      }
    },
  };
  const record = (status: number, body: string, { prepared, sentAt }: Pending) => {
    const ms = performance.now() - sentAt;
    answered++;
    timeline.push({ at: (sentAt - started) / 1000, ms });
    const stats = kinds[prepared.kind];
    stats.latencies.push(ms);
    let parsed: GraphqlResponse | undefined;
    try {
      parsed = JSON.parse(body) as GraphqlResponse;
    } catch {
      // reported below
    }
    let problem: string | undefined;
    if (!parsed) problem = `HTTP ${status}, not JSON: ${body.slice(0, 120)}`;
    else {
      const outcome = prepared.check(parsed);
      problem = status === 200 ? outcome.problem : `HTTP ${status}${outcome.problem ? `: ${outcome.problem}` : ''}`;
      if (outcome.cacheHit) stats.cacheHits++;
      if (!problem && outcome.degraded) {
        stats.degraded++;
        count(stats.degradedReasons, outcome.degraded);
      }
    }
    if (problem) {
      stats.errors++;
      count(stats.problems, problem.slice(0, 200));
    }
  };

  const pid = options.serverPid;
  const loadBefore = loadAverage();
  const before = await serverFigures(pid);
  const clientCpuBefore = process.cpuUsage();
  const fromUs = monotonicMicros();
  started = performance.now();
  const port = Number(new URL(options.graphqlUrl).port);
  const waiting: number[] = [];
  const sampler = setInterval(() => void acceptQueue(port).then((n) => n !== undefined && waiting.push(n)), 1000);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: options.graphqlUrl, connections, duration: seconds, timeout: timeoutSeconds, requests: [request] },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('reqError', (error: Error) => {
      if (/timed out/.test(error.message)) timedOutAt.push((performance.now() - started) / 1000 - timeoutSeconds);
    });
  });
  clearInterval(sampler);
  const toUs = monotonicMicros();
  if (benchFailures.length) throw new Error(`the load benchmark failed on ${benchFailures.length} answers: ${benchFailures[0]}`);
  const clientCpu = process.cpuUsage(clientCpuBefore);
  const after = await serverFigures(pid);

  const elapsed = (toUs - fromUs) / 1e6;
  const sent = Object.fromEntries(KINDS.map((k) => [k, mix.counts.sent[k] - sentBefore[k]])) as Record<Kind, number>;
  return {
    label: options.label,
    connections,
    seconds: elapsed,
    answered,
    timeline,
    timedOutAt,
    acceptQueue: waiting,
    kinds,
    autocannon: {
      p50: result.latency.p50,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      max: result.latency.max,
      requestsPerSecond: result.requests.average,
    },
    transportErrors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    sent,
    nextPages: mix.counts.nextPages - nextPagesBefore,
    server: {
      rssBefore: before.rss,
      rssAfter: after.rss,
      cpuSeconds: after.cpu - before.cpu,
      mainThreadCpuSeconds: after.mainThreadCpu - before.mainThreadCpu,
    },
    clientCpuSeconds: (clientCpu.user + clientCpu.system) / 1e6,
    loadBefore,
    loadAfter: loadAverage(),
    window: { fromUs, toUs },
  };
}

async function serverFigures(pid: number | undefined): Promise<{ rss: number; cpu: number; mainThreadCpu: number }> {
  if (pid === undefined) return { rss: NaN, cpu: NaN, mainThreadCpu: NaN };
  // The main thread's id is the process id.
  const [rss, cpu, mainThreadCpu] = await Promise.all([rssBytes(pid), cpuSeconds(pid), cpuSeconds(pid, pid)]);
  return { rss, cpu, mainThreadCpu };
}

function emptyStats(): KindStats {
  return { latencies: [], errors: 0, problems: new Map(), cacheHits: 0, degraded: 0, degradedReasons: new Map() };
}

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Every error of the run: answers with problems, plus requests that got no answer. */
export const errorCount = (run: LoadRun): number => KINDS.reduce((n, k) => n + run.kinds[k].errors, 0) + run.transportErrors;
