// `npm run bench:search [-- --skip-cold] [--timeout <s>]`: hybrid search of the real gateway on the full
// catalog: cold index build, warm restart, latency (new, repeated, 20 connections), queries during a
// rebuild, and memory, each against its target. With VECTOR_STORE=pgvector, on a database of its own,
// beside the embedded store as the baseline (search/pgvector.ts).
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../lib/paths.js';
import { readDevSet } from '../scripts/eval/dev-set.js';
import { rssBytes, stopAllChildren, stopChild } from './lib/child.js';
import { QuerySource, readSynopses } from './lib/descriptive-queries.js';
import { defaultFiles, describeFiles, type GatewayFiles } from './lib/gateway.js';
import { readCatalogTitles } from './lib/queries.js';
import { latencyTable } from './lib/report.js';
import { summarize } from './lib/stats.js';
import { measureLatency } from './search/latency.js';
import {
  compareWithEmbedded,
  evaluateDevSet,
  comparisonTables,
  LOADED_MSG,
  scratchPgvectorDatabase,
  storeLoadOf,
  type ScratchDatabase,
} from './search/pgvector.js';
import { measureRebuilds } from './search/rebuild.js';
import { requireVectorCache, startUntilSemanticReady, type Started } from './search/startup.js';
import { printTargets, type PgvectorFigures } from './search/targets.js';
import { runMain } from './lib/run-main.js';

const SEED = 7;
const REBUILDS = 3;
const DEFAULT_TIMEOUT_S = 15 * 60;
const DEV_SET = join(PROJECT_ROOT, '../shared/eval/search-dev.jsonl');

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { 'skip-cold': { type: 'boolean' }, timeout: { type: 'string' } } });
  const timeoutMs = Number(values.timeout ?? DEFAULT_TIMEOUT_S) * 1000;
  if (!(timeoutMs > 0)) throw new Error(`--timeout must be a number of seconds, not ${values.timeout}`);
  const files = defaultFiles();
  if (!files.synopsesPath) throw new Error('the search benchmark needs synopses: set ANIME_SYNOPSES_PATH');
  console.log(describeFiles(files));
  const source = await querySource(files);
  tmp = await mkdtemp(join(tmpdir(), 'anigraph-bench-'));
  pgvector = await scratchPgvectorDatabase();
  return run(files, source, tmp, timeoutMs, values['skip-cold'] ?? false);
}

// Vector caches copied there run to hundreds of MB: removed on every way out.
let tmp: string | undefined;
let pgvector: ScratchDatabase | undefined;

async function cleanUp(): Promise<void> {
  await stopAllChildren();
  if (tmp) await rm(tmp, { recursive: true, force: true });
  await pgvector?.drop();
}

async function run(files: GatewayFiles, source: QuerySource, tmp: string, timeoutMs: number, skipCold: boolean): Promise<number> {
  let cold: Started | undefined;
  let cacheDir = files.vectorCacheDir ?? join(PROJECT_ROOT, 'data/vectors');
  if (skipCold) {
    console.log('\ncold build: skipped (--skip-cold); the warm start uses the vector cache in', cacheDir);
    requireVectorCache(cacheDir);
  } else {
    cacheDir = join(tmp, 'vectors');
    console.log(`\ncold build: empty vector cache ${cacheDir}`);
    cold = await startUntilSemanticReady('cold', { ...files, vectorCacheDir: cacheDir }, timeoutMs);
    await stopChild(cold.gateway.proc);
  }

  console.log('\nwarm restart: the same, now filled, vector cache');
  const warm = await startUntilSemanticReady('warm', { ...files, vectorCacheDir: cacheDir }, timeoutMs, true);
  const latency = await measureLatency(warm.gateway.graphqlUrl, source, SEED);
  const servingRss = await rssBytes(warm.gateway.proc.pid!);
  let stores: PgvectorFigures | undefined;
  if (pgvector) {
    // The first start loaded every vector into the empty tables; a warm restart after a cold build finds them written.
    const first = storeLoadOf(await (cold ?? warm).gateway.logLine(LOADED_MSG));
    const restart = cold ? storeLoadOf(await warm.gateway.logLine(LOADED_MSG)) : undefined;
    const onPgvector = await evaluateDevSet(warm.gateway, DEV_SET);
    await stopChild(warm.gateway.proc);
    const comparison = await compareWithEmbedded(
      onPgvector,
      { ...files, vectorCacheDir: cacheDir },
      await querySource(files),
      SEED,
      timeoutMs,
    );
    stores = { first, restart, comparison };
  }
  await stopChild(warm.gateway.proc);

  // Its own copies of the synopses and of the vector cache: the rebuilds must change neither original.
  const synopsesCopy = join(tmp, 'synopses.json');
  await copyFile(files.synopsesPath!, synopsesCopy);
  await cp(cacheDir, join(tmp, 'vectors-rebuild'), { recursive: true });
  console.log(`\nrebuild: gateway on copies of the synopses and the vector cache in ${tmp}`);
  const rebuildFiles = { ...files, synopsesPath: synopsesCopy, vectorCacheDir: join(tmp, 'vectors-rebuild') };
  const rebuilder = await startUntilSemanticReady('rebuild', rebuildFiles, timeoutMs, true);
  const rebuilds = await measureRebuilds(rebuilder.gateway, synopsesCopy, source, REBUILDS, SEED);
  const rebuildRss = await rssBytes(rebuilder.gateway.proc.pid!);
  await stopChild(rebuilder.gateway.proc);

  const during = summarize(rebuilds.flatMap((r) => r.during.map((s) => s.ms)));
  console.log();
  console.log(
    latencyTable([
      { name: `(a) new queries, 1 client`, summary: latency.fresh },
      { name: `(b) repeated queries, 1 client`, summary: latency.repeated },
      { name: `(c) 20 connections, all`, summary: latency.concurrent.all },
      { name: `(c)   of which repeated`, summary: latency.concurrent.popular },
      { name: `(c)   of which new`, summary: latency.concurrent.fresh },
      { name: `(d) during ${rebuilds.length} rebuilds, 1 client`, summary: during },
    ]),
  );
  if (stores) console.log(`\npgvector beside the embedded store:\n\n${comparisonTables(latency.fresh, stores.comparison)}`);
  console.log();
  const misses = printTargets({ cold, warm, latency, servingRss, rebuilds, during, rebuildRss, pgvector: stores });

  const runs = [...latency.runs, ...rebuilds.map((r) => r.run)];
  const errors = runs.flatMap((r) => r.errors);
  const lexical = runs.flatMap((r) => r.samples).filter((s) => s.mode !== 'HYBRID').length;
  console.log(
    `\nrequests: ${runs.reduce((n, r) => n + r.samples.length, 0)} answered, ${errors.length} failed, ${lexical} answered in another mode than HYBRID`,
  );
  console.log(`targets missed: ${misses}`);
  for (const e of errors.slice(0, 20)) console.log(`  error: ${JSON.stringify(e.query)}: ${e.problem}`);
  return errors.length ? 1 : 0;
}

async function querySource(files: GatewayFiles): Promise<QuerySource> {
  const dev = existsSync(DEV_SET) ? await readDevSet(DEV_SET) : [];
  const exclude = new Set(dev.map((q) => q.query.toLowerCase()));
  const [titles, synopses] = await Promise.all([readCatalogTitles(files.catalogPath), readSynopses(files.synopsesPath!)]);
  console.log(
    `queries   generated from ${synopses.length} synopses and ${titles.length} titles, seed ${SEED}; ${exclude.size} dev-set queries excluded`,
  );
  return new QuerySource(synopses, titles, exclude, SEED);
}

runMain('bench:search', main, cleanUp);
