// `npm run bench:catalog`: load time, memory and title-search latency of the real gateway on the full
// catalog, and the same searches against the catalog subgraph alone to show the gateway's overhead.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../lib/paths.js';
import { freePort, rssBytes, startChild, stopAllChildren, type ReadyChild } from './lib/child.js';
import { buildQueries, countByKind, readCatalogTitles, type BenchQuery } from './lib/queries.js';
import { bytesToMb, latencyTable, targetTable, type Figure } from './lib/report.js';
import { runSearches, type RunResult } from './lib/search-run.js';
import { summarize } from './lib/stats.js';
import { runMain } from './lib/run-main.js';

const SEED = 42;
const WARMUP = 100;
const MEASURED = 1_000;
const LOADED_MSG = 'catalog loaded:';

async function main(): Promise<number> {
  const catalogPath = resolve(process.env.ANIME_DB_PATH || join(PROJECT_ROOT, '../shared/data/anime-catalog.json'));
  const synopsesPath = synopses();
  // The gateway would otherwise quietly serve its 40-anime demo catalog and the figures would mean nothing.
  if (!existsSync(catalogPath)) throw new Error(`catalog not found: ${catalogPath} (set ANIME_DB_PATH)`);

  const entries = await readCatalogTitles(catalogPath);
  const queries = buildQueries(entries, WARMUP + MEASURED, SEED);
  const [warmup, measured] = [queries.slice(0, WARMUP), queries.slice(WARMUP)];
  const kinds = Object.entries(countByKind(measured))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  console.log(`catalog   ${catalogPath} (${entries.length} entries)`);
  console.log(`synopses  ${synopsesPath ?? '(none)'}`);
  console.log(`queries   ${measured.length} measured + ${warmup.length} warm-up, seed ${SEED}: ${kinds}\n`);

  const env = childEnv(catalogPath, synopsesPath);
  const gateway = await start('gateway', 'dist/gateway/index.js', [], { ...env, PORT: String(await freePort()) });
  const gatewayLoad = await catalogLoad(gateway, catalogPath);
  const rssAfterLoad = await rssBytes(gateway.proc.pid!);

  const direct = await start('catalog subgraph', 'dist/subgraphs/catalog/index.js', [], {
    ...env,
    CATALOG_PORT: String(await freePort()),
  });
  const directLoad = await catalogLoad(direct, catalogPath);

  const gatewayRun = await measure(`${gateway.baseUrl}/graphql`, warmup, measured);
  const directRun = await measure(`${direct.baseUrl}/graphql`, warmup, measured);
  const rssAfterQueries = await rssBytes(gateway.proc.pid!);
  const directRss = await rssBytes(direct.proc.pid!);

  const g = summarize(gatewayRun.measured.latenciesMs);
  const d = summarize(directRun.measured.latenciesMs);
  console.log(
    latencyTable([
      { name: 'gateway', summary: g },
      { name: 'subgraph direct', summary: d },
    ]),
  );
  console.log();
  const figures: Figure[] = [
    { metric: 'gateway load: spawn -> /ready 200', value: gateway.spawnToReadyMs / 1000, unit: 's', limit: 3 },
    { metric: '  of which catalog load (log ms)', value: gatewayLoad / 1000, unit: 's' },
    { metric: 'gateway RSS after load', value: bytesToMb(rssAfterLoad), unit: 'MB', limit: 400 },
    { metric: 'gateway RSS after queries', value: bytesToMb(rssAfterQueries), unit: 'MB', limit: 400 },
    { metric: 'gateway search p50', value: g.p50, unit: 'ms', limit: 10 },
    { metric: 'gateway search p95', value: g.p95, unit: 'ms', limit: 25 },
    { metric: 'overhead p50 gateway/direct', value: g.p50 / d.p50, unit: 'x', limit: 1.5 },
    { metric: 'overhead p95 gateway/direct', value: g.p95 / d.p95, unit: 'x', limit: 1.5 },
    { metric: 'subgraph load: spawn -> /ready 200', value: direct.spawnToReadyMs / 1000, unit: 's' },
    { metric: '  of which catalog load (log ms)', value: directLoad / 1000, unit: 's' },
    { metric: 'subgraph RSS after queries', value: bytesToMb(directRss), unit: 'MB' },
  ];
  const { text, misses } = targetTable(figures);
  console.log(text);
  console.log();

  const errors = [...errorLines('gateway', gatewayRun), ...errorLines('subgraph direct', directRun)];
  const empty = `queries without a hit: gateway ${gatewayRun.measured.empty}, direct ${directRun.measured.empty} (of ${measured.length})`;
  console.log(empty);
  console.log(`errors: ${errors.length}; targets missed: ${misses} of ${figures.filter((f) => f.limit !== undefined).length}`);
  for (const line of errors.slice(0, 20)) console.log(`  ${line}`);
  return errors.length ? 1 : 0;
}

function synopses(): string | undefined {
  const configured = process.env.ANIME_SYNOPSES_PATH;
  if (configured !== undefined) return configured === '' ? undefined : resolve(configured);
  const fallback = join(PROJECT_ROOT, '../shared/data/synopses.json');
  return existsSync(fallback) ? resolve(fallback) : undefined;
}

function childEnv(catalogPath: string, synopsesPath: string | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    // info, not warn: the catalog logs its load time at info level when no entry was rejected.
    LOG_LEVEL: 'info',
    CATALOG_AUTO_DOWNLOAD: 'false',
    // The shared catalog is measured as it is: no release check replaces it during a run.
    CATALOG_UPDATE_INTERVAL: '0',
    ANIME_DB_PATH: catalogPath,
    ANIME_SYNOPSES_PATH: synopsesPath,
  };
  if (!synopsesPath) delete env.ANIME_SYNOPSES_PATH;
  delete env.CATALOG_SUBGRAPH_URL; // the gateway must run the catalog in-process
  return env;
}

async function start(label: string, script: string, args: string[], env: NodeJS.ProcessEnv): Promise<ReadyChild> {
  const port = Number(env.PORT ?? env.CATALOG_PORT);
  return startChild({ label, script, args, cwd: PROJECT_ROOT, env, port });
}

/** The catalog's own load time in ms, checking it loaded the file under test and not a fallback. */
async function catalogLoad(child: ReadyChild, catalogPath: string): Promise<number> {
  const line = await child.logLine(LOADED_MSG);
  if (!line) throw new Error(`no "${LOADED_MSG}" log line from ${child.baseUrl}:\n${child.tail()}`);
  if (line.path !== catalogPath) throw new Error(`the catalog loaded ${String(line.path)}, not ${catalogPath}`);
  return Number(line.ms);
}

async function measure(url: string, warmup: BenchQuery[], queries: BenchQuery[]) {
  return { warmup: await runSearches(url, warmup), measured: await runSearches(url, queries) };
}

function errorLines(name: string, run: { warmup: RunResult; measured: RunResult }): string[] {
  return [...run.warmup.errors, ...run.measured.errors].map((e) => `${name}: ${JSON.stringify(e.query)}: ${e.problem}`);
}

runMain('bench:catalog', main, stopAllChildren);
