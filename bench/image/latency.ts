// searchByImage through the gateway, each request a different poster of the catalog sent as base64:
// one client (after a warm-up), then 20 connections at once; and whether the top hit is the anime
// whose poster it was. Then the same for search(query, image, imageWeight: 1), when the schema has it.
import { GraphqlClient, GraphqlRequestError } from '../lib/graphql-client.js';
import { summarize, type Summary } from '../lib/stats.js';
import { SEARCH_BY_IMAGE } from './hostile-run.js';
import { posterPng } from './poster-server.js';

export const SEQUENTIAL = 300;
export const CONNECTIONS = 20;
const WARMUP = 20;
const CONCURRENT_MS = 10_000;
const CONCURRENT_MAX = 4_000;

const SEARCH_WITH_IMAGE = `query SearchWithImage($image: ImageInput!) {
  search(query: "a", image: $image, imageWeight: 1, first: 10) { hits { anime { id } score } }
}`;

interface Hits {
  hits: { anime: { id: string }; score: number }[];
}

export interface LatencyRun {
  summary: Summary;
  /** Share of answers whose first hit is the poster's own anime. */
  topHitShare: number;
  /** Share whose own anime is among the 10 hits. */
  inTopTen: number;
  errors: string[];
  requestsPerSecond: number;
  /** The first few wrong top hits: poster, expected, got (score). */
  misses: string[];
}

export interface LatencyFigures {
  byImage: LatencyRun;
  concurrent: LatencyRun;
  /** Undefined when search takes no image argument. */
  searchWithImage?: LatencyRun;
  skippedSearch?: string;
}

/** `posters`: poster numbers with their anime, in the order to send them (distinct, enough for every run). */
export async function measureLatency(graphqlUrl: string, posters: readonly [number, string][]): Promise<LatencyFigures> {
  const need = WARMUP + SEQUENTIAL * 2 + 1;
  if (posters.length < need) throw new Error(`only ${posters.length} posters with an anime; ${need} needed`);
  let at = 0;
  const take = (n: number) => posters.slice(at, (at += n));

  await run(graphqlUrl, SEARCH_BY_IMAGE, 'searchByImage', take(WARMUP), 1);
  const byImage = await run(graphqlUrl, SEARCH_BY_IMAGE, 'searchByImage', take(SEQUENTIAL), 1);
  console.log(`searchByImage: ${byImage.summary.count} posters, 1 client, p50 ${byImage.summary.p50.toFixed(2)} ms`);
  const rest = posters.slice(at + SEQUENTIAL + 1);
  const concurrent = await run(graphqlUrl, SEARCH_BY_IMAGE, 'searchByImage', rest, CONNECTIONS, CONCURRENT_MS, CONCURRENT_MAX);
  console.log(
    `searchByImage: ${concurrent.summary.count} posters over ${CONNECTIONS} connections, ${concurrent.requestsPerSecond.toFixed(0)} req/s`,
  );

  const probe = new GraphqlClient(graphqlUrl);
  try {
    await probe.request(SEARCH_WITH_IMAGE, { image: { base64: posterPng(take(1)[0][0]).toString('base64') } });
  } catch (error) {
    if (!(error instanceof GraphqlRequestError)) throw error;
    return { byImage, concurrent, skippedSearch: `search(query, image, imageWeight) failed: ${error.message.slice(0, 200)}` };
  } finally {
    probe.close();
  }
  const searchWithImage = await run(graphqlUrl, SEARCH_WITH_IMAGE, 'search', take(SEQUENTIAL), 1);
  console.log(
    `search(query: "a", image, imageWeight: 1): ${searchWithImage.summary.count} posters, p50 ${searchWithImage.summary.p50.toFixed(2)} ms`,
  );
  return { byImage, concurrent, searchWithImage };
}

async function run(
  graphqlUrl: string,
  query: string,
  field: 'searchByImage' | 'search',
  posters: readonly [number, string][],
  connections: number,
  durationMs = Infinity,
  maxRequests = Infinity,
): Promise<LatencyRun> {
  const samples: number[] = [];
  const errors: string[] = [];
  const misses: string[] = [];
  let top = 0;
  let topTen = 0;
  let next = 0;
  const started = performance.now();
  const more = () => next < posters.length && next < maxRequests && performance.now() - started < durationMs;
  const worker = async () => {
    const client = new GraphqlClient(graphqlUrl, 1, 10_000);
    try {
      while (more()) {
        const [poster, anime] = posters[next++];
        const image = { base64: posterPng(poster).toString('base64') };
        try {
          const { data, ms } = await client.request<Record<string, Hits>>(query, { image, first: 10 });
          samples.push(ms);
          const hits = data[field].hits;
          if (hits[0]?.anime.id === anime) top++;
          else if (misses.length < 5)
            misses.push(`poster ${poster}: expected ${anime}, got ${hits[0]?.anime.id ?? 'no hit'} (${hits[0]?.score})`);
          if (hits.some((h) => h.anime.id === anime)) topTen++;
        } catch (error) {
          if (!(error instanceof GraphqlRequestError)) throw error;
          errors.push(`poster ${poster}: ${error.message.slice(0, 200)}`);
        }
      }
    } finally {
      client.close();
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const seconds = (performance.now() - started) / 1000;
  const answered = samples.length;
  return {
    summary: summarize(samples),
    topHitShare: answered ? top / answered : NaN,
    inTopTen: answered ? topTen / answered : NaN,
    errors,
    requestsPerSecond: answered / seconds,
    misses,
  };
}
