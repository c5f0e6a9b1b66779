// `npm run bench:platforms [-- --anime 200 --replay 2000]`: enrichment of catalog anime through the
// real gateway over HTTP, against local fakes of the five platforms that answer after 50 ms: a cold
// cache, warm L1, warm L2 (a restarted gateway on the same Redis), a Zipf replay from an empty cache,
// and catalog-only queries while every platform is down.
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { startFakes, type Fakes } from '../test/platforms/fakes/start-all.js';
import { stopAllChildren, stopChild } from './lib/child.js';
import { defaultFiles, startGateway, type Gateway } from './lib/gateway.js';
import { GraphqlClient } from './lib/graphql-client.js';
import { latencyTable, targetTable } from './lib/report.js';
import { runMain } from './lib/run-main.js';
import { summarize, type Summary } from './lib/stats.js';
import { catalogAnimeIds, zipfSequence } from './platforms/anime-sample.js';
import { cacheStats, hitRate, type CacheCounts } from './platforms/cache-stats.js';

const LATENCY_MS = 50;
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/7';

const CATALOG_ONLY = `query CatalogOnly($id: ID!) { anime(id: $id) { id title type episodes year score { arithmeticGeometricMean } tags } }`;
const ENRICHED = `query Enriched($id: ID!) { anime(id: $id) { id title type episodes year score { arithmeticGeometricMean } tags
  synopsis platformScores { platform normalized } ratingAnalysis { mean consistency } trailer { url } streamingLinks { url } } }`;

let fakes: Fakes | undefined;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { anime: { type: 'string' }, replay: { type: 'string' } } });
  const animeCount = Number(values.anime ?? 200);
  const replayCount = Number(values.replay ?? 2_000);
  const files = { ...defaultFiles(), modelDir: undefined, synopsesPath: undefined };
  const ids = await catalogAnimeIds(files.catalogPath, animeCount);
  console.log(`catalog   ${files.catalogPath}; ${ids.length} anime with a MyAnimeList id`);
  fakes = await startFakes({ latencyMs: LATENCY_MS, synthesize: true });
  console.log(`platforms five local fakes answering after ${LATENCY_MS} ms; Redis ${REDIS_URL} (flushed)`);
  await flushRedis();
  // Without the gateway's response cache: the catalog-only baseline must run the query, as the
  // enriched query always does (responses with platform fields are never kept there).
  const env = {
    ...fakes.env,
    REDIS_URL,
    SEMANTIC_SEARCH: 'false',
    IMAGE_SEARCH: 'false',
    LOG_LEVEL: 'warn',
    PLATFORM_TIMEOUT_MS: '2000',
    RESPONSE_CACHE_TTL: '0',
  };

  let gateway = await startGateway('gateway', files, env);
  let client = new GraphqlClient(gateway.graphqlUrl);
  const cold = await timed(client, ENRICHED, ids);
  const warmL1 = await timed(client, ENRICHED, ids);
  const afterL1 = await cacheStats(client);
  // On the same warmed-up server as warm L1, so that the difference is the enrichment's.
  const catalogOnly = await timed(client, CATALOG_ONLY, ids, 2);
  await stopChild(gateway.proc);

  gateway = await startGateway('gateway (restarted, same Redis)', files, env);
  client = new GraphqlClient(gateway.graphqlUrl);
  const warmL2 = await timed(client, ENRICHED, ids);
  const afterL2 = await cacheStats(client);
  await stopChild(gateway.proc);

  await flushRedis();
  gateway = await startGateway('gateway (empty cache)', files, env);
  client = new GraphqlClient(gateway.graphqlUrl);
  const sequence = zipfSequence(ids, replayCount, 1.0, 11);
  const replay = await timed(client, ENRICHED, sequence);
  const afterReplay = await cacheStats(client);
  const distinct = new Set(sequence).size;
  const beforeOutage = await timed(client, CATALOG_ONLY, ids, 2);
  for (const fake of fakes.all) fake.fail('unavailable', Infinity);
  const outage = await timed(client, CATALOG_ONLY, ids, 2);
  await stopChild(gateway.proc);

  console.log();
  console.log(
    latencyTable(
      [
        { name: 'catalog-only query', summary: catalogOnly },
        { name: 'enriched, cold cache', summary: cold },
        { name: 'enriched, warm L1', summary: warmL1 },
        { name: 'enriched, warm L2 (restarted gateway)', summary: warmL2 },
        { name: `enriched, Zipf replay (${replayCount} over ${distinct} anime)`, summary: replay },
        { name: 'catalog-only, before the outage', summary: beforeOutage },
        { name: 'catalog-only, every platform down', summary: outage },
      ],
      'latency (ms)',
    ),
  );
  console.log();
  printHits('cold + warm L1 runs', afterL1);
  printHits('warm L2 run', afterL2);
  printHits('Zipf replay', afterReplay);
  console.log();
  const { text, misses } = targetTable([
    { metric: 'enrichment added to a catalog query, warm L1, p50', value: warmL1.p50 - catalogOnly.p50, unit: 'ms', limit: 2 },
    { metric: 'warm L1 / catalog-only, p50', value: warmL1.p50 / catalogOnly.p50, unit: 'x' },
    { metric: 'cold / warm L1, p50', value: cold.p50 / warmL1.p50, unit: 'x' },
    { metric: 'warm L2 / warm L1, p50', value: warmL2.p50 / warmL1.p50, unit: 'x' },
    { metric: 'Zipf replay: cache hit rate', value: 100 * hitRate(afterReplay), unit: '%', atLeast: 70 },
    { metric: 'catalog-only during the outage / before, p50', value: outage.p50 / beforeOutage.p50, unit: 'x', limit: 1.2 },
    { metric: 'catalog-only during the outage / before, p95', value: outage.p95 / beforeOutage.p95, unit: 'x', limit: 1.2 },
  ]);
  console.log(text);
  console.log(`targets missed: ${misses}`);
  return 0;
}

async function timed(client: GraphqlClient, query: string, ids: readonly string[], rounds = 1): Promise<Summary> {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const id of ids) {
      const { ms } = await client.request(query, { id }).catch((error: Error) => {
        throw new Error(`${id}: ${error.message}`);
      });
      samples.push(ms);
    }
  }
  return summarize(rounds > 1 ? samples.slice(ids.length) : samples);
}

function printHits(label: string, counts: CacheCounts): void {
  console.log(
    `${label.padEnd(18)} L1 ${counts.l1Hits} hits / ${counts.l1Misses} misses, L2 ${counts.l2Hits} hits / ${counts.l2Misses} misses, ` +
      `${counts.originLoads} platform loads; hit rate ${(100 * hitRate(counts)).toFixed(1)}%`,
  );
}

async function flushRedis(): Promise<void> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    await redis.flushdb();
  } catch (error) {
    throw new Error(`the benchmark needs Redis at ${REDIS_URL} (set BENCH_REDIS_URL): ${(error as Error).message}`, { cause: error });
  } finally {
    redis.disconnect();
  }
}

async function cleanUp(): Promise<void> {
  await stopAllChildren();
  await fakes?.close();
}

export type { Gateway };
runMain('bench:platforms', main, cleanUp);
