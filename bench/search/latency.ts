// Search latency through the gateway: new queries, repeated queries, and 20 connections at once.
import type { QuerySource } from '../lib/descriptive-queries.js';
import { inOrder, latencies, runLoad, type LoadQuery, type LoadResult } from '../lib/load-run.js';
import { mulberry32 } from '../lib/queries.js';
import { summarize, type Summary } from '../lib/stats.js';

export const NEW_QUERIES = 500;
export const REPEATED_QUERIES = 200;
export const CONNECTIONS = 20;
export const CONCURRENT_MS = 15_000;
export const POPULAR_SHARE = 0.8;
const WARMUP = 20;
/** Bounds the concurrent run whatever the server's speed. */
const MAX_CONCURRENT_REQUESTS = 40_000;

export interface LatencyFigures {
  fresh: Summary;
  repeated: Summary;
  concurrent: { all: Summary; popular: Summary; fresh: Summary; requestsPerSecond: number; seconds: number };
  runs: LoadResult[];
}

export async function measureLatency(graphqlUrl: string, source: QuerySource, seed: number): Promise<LatencyFigures> {
  const runs: LoadResult[] = [];
  const run = async (options: Parameters<typeof runLoad>[0]) => {
    const result = await runLoad(options);
    runs.push(result);
    return result;
  };
  // JIT and first-use costs out of the way, with queries that are not measured again.
  await run({ graphqlUrl, next: inOrder(source.take(WARMUP)) });

  const fresh = await run({ graphqlUrl, next: inOrder(need(source.take(NEW_QUERIES), NEW_QUERIES, 'new')) });
  console.log(`(a) ${fresh.samples.length} new queries in ${(fresh.elapsedMs / 1000).toFixed(1)} s`);

  const popular = need(source.take(REPEATED_QUERIES), REPEATED_QUERIES, 'repeated');
  await run({ graphqlUrl, next: inOrder(popular) });
  const repeated = await run({ graphqlUrl, next: inOrder(popular) });
  console.log(`(b) ${repeated.samples.length} repeated queries (second pass) in ${(repeated.elapsedMs / 1000).toFixed(1)} s`);

  const random = mulberry32(seed);
  const mixed = (): LoadQuery => {
    const text = random() < POPULAR_SHARE ? undefined : source.next();
    return text === undefined ? { text: popular[Math.floor(random() * popular.length)], tag: 'popular' } : { text, tag: 'new' };
  };
  const concurrent = await run({
    graphqlUrl,
    next: mixed,
    connections: CONNECTIONS,
    durationMs: CONCURRENT_MS,
    maxRequests: MAX_CONCURRENT_REQUESTS,
  });
  const seconds = concurrent.elapsedMs / 1000;
  console.log(`(c) ${concurrent.samples.length} requests over ${CONNECTIONS} connections in ${seconds.toFixed(1)} s`);

  return {
    fresh: summarize(latencies(fresh.samples)),
    repeated: summarize(latencies(repeated.samples)),
    concurrent: {
      all: summarize(latencies(concurrent.samples)),
      popular: summarize(latencies(concurrent.samples, 'popular')),
      fresh: summarize(latencies(concurrent.samples, 'new')),
      requestsPerSecond: concurrent.samples.length / seconds,
      seconds,
    },
    runs,
  };
}

function need(queries: string[], count: number, what: string): string[] {
  if (queries.length < count) throw new Error(`only ${queries.length} ${what} queries could be made from the catalog, ${count} needed`);
  return queries;
}
