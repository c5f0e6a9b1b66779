// `npm run bench:load [-- --connections 100 --duration 60 --low-connections 10 --warmup 5 --ids zipf --keys --cpu-prof <dir>]`:
// the whole graph through the gateway over HTTP under load, on the full catalog with semantic search:
// a mix of new hybrid searches, repeated title searches, id lookups, filtered `animes` pages and
// `similar`, a fifth each, over many keep-alive connections (autocannon); every answer checked.
// The main run, then the same mix over --low-connections (0: none). --ids: where id lookups and
// `similar` take their anime: `zipf` (default: Zipf's law over the whole catalog, a few anime often
// and most seldom, as real traffic goes), `new` (a different anime every time: nothing from the
// response cache), or a number n (at random among n anime).
// --kinds search,similar: only those kinds, in equal shares (what one kind costs the server alone).
// --url <graphql url> [--pid n]: load a server already running instead of starting one.
// --keys: the main run again with a user's API key per connection (PREMIUM, quotas counted in Redis at
// REDIS_URL, default redis://127.0.0.1:6379), against the anonymous main run of the same server.
// With --cpu-prof the server runs with `node --cpu-prof` and its CPU profile of the main run is summarised.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../lib/paths.js';
import { rssBytes, stopAllChildren, stopChild } from './lib/child.js';
import { QuerySource, readSynopses } from './lib/descriptive-queries.js';
import { GraphqlClient } from './lib/graphql-client.js';
import { defaultFiles, describeFiles, startGateway, type Gateway, type GatewayFiles } from './lib/gateway.js';
import { readCatalogTitles } from './lib/queries.js';
import { targetTable, type Figure } from './lib/report.js';
import { runMain } from './lib/run-main.js';
import { summarize } from './lib/stats.js';
import { formatDuration, progressPrinter, waitForSearch } from './lib/semantic-ready.js';
import { MIB } from './lib/targets.js';
import { formatSummary, readProfile, summarizeProfile, threadIdOf } from './load/cpu-profile.js';
import { IdCycle, IdPool, IdZipf, KIND_LABELS, KINDS, parseKinds, RequestMix, type IdSource, type Kind } from './load/mix.js';
import { waitUntilIdle } from './load/idle.js';
import { loadAverage } from './load/proc.js';
import { kindsTable, problemLines, runsTable, targets, timelineTable } from './load/report.js';
import { errorCount, runLoad, type LoadRun } from './load/run.js';
import { readSample } from './load/sample.js';

const SEED = 11;
const DEFAULT_TIMEOUT_S = 15 * 60;

interface Options {
  connections: number;
  duration: number;
  lowConnections: number;
  warmup: number;
  /** Where id lookups and `similar` take their anime: `zipf`, `new`, or a pool of n. */
  ids: 'zipf' | 'new' | number;
  kinds: Kind[];
  cpuProfDir?: string;
  /** A server already running (its /graphql URL), instead of one started here; `pid` for its RSS and CPU. */
  url?: string;
  pid?: number;
  timeoutMs: number;
  keys: boolean;
}

function options(): Options {
  const { values } = parseArgs({
    options: {
      connections: { type: 'string', default: '100' },
      duration: { type: 'string', default: '60' },
      'low-connections': { type: 'string', default: '10' },
      warmup: { type: 'string', default: '5' },
      ids: { type: 'string', default: 'zipf' },
      kinds: { type: 'string', default: KINDS.join(',') },
      'cpu-prof': { type: 'string' },
      url: { type: 'string' },
      pid: { type: 'string' },
      timeout: { type: 'string', default: String(DEFAULT_TIMEOUT_S) },
      keys: { type: 'boolean', default: false },
    },
  });
  const number = (name: keyof typeof values, min: number): number => {
    const value = Number(values[name]);
    if (!Number.isFinite(value) || value < min) throw new Error(`--${name} must be a number >= ${min}, not ${values[name]}`);
    return value;
  };
  return {
    connections: number('connections', 1),
    duration: number('duration', 1),
    lowConnections: number('low-connections', 0),
    warmup: number('warmup', 0),
    ids: values.ids === 'zipf' || values.ids === 'new' ? values.ids : number('ids', 1),
    kinds: parseKinds(values.kinds!),
    cpuProfDir: values['cpu-prof'] ? resolve(values['cpu-prof']) : undefined,
    url: values.url,
    pid: values.pid ? number('pid', 1) : undefined,
    timeoutMs: number('timeout', 1) * 1000,
    keys: values.keys === true,
  };
}

async function main(): Promise<number> {
  const opts = options();
  const files = defaultFiles();
  if (!files.synopsesPath) throw new Error('the load benchmark needs synopses: set ANIME_SYNOPSES_PATH');
  if (!files.modelDir) throw new Error('the load benchmark needs the embedding model: set MODEL_DIR');
  console.log(describeFiles(files));
  const [titles, synopses] = await Promise.all([readCatalogTitles(files.catalogPath), readSynopses(files.synopsesPath)]);
  const queries = new QuerySource(synopses, titles, new Set(), SEED);

  if (opts.url && opts.cpuProfDir) throw new Error('--cpu-prof profiles a server started here: not with --url');
  if (opts.url && opts.keys) throw new Error('--keys makes users on a server started here: not with --url');
  const server = opts.url ? await external(opts.url, opts) : await start(files, opts);
  const pid = server.proc?.pid ?? opts.pid;
  const readyRss = pid ? await rssBytes(pid) : NaN;
  const sample = await readSample(server.client, files.catalogPath, SEED);
  const ids = idSources(sample.ids, opts.ids);
  console.log(
    `sample    ${sample.ids.length} anime ids, ${sample.titles.length} repeated titles, ${sample.tags.length} tags, ` +
      `${sample.studios.length} studios; seed ${SEED}`,
  );
  const share = opts.kinds.length === KINDS.length ? 'a fifth each' : `only these, 1/${opts.kinds.length} each (--kinds)`;
  console.log(`mix       ${share}: ${opts.kinds.map((k) => KIND_LABELS[k]).join(', ')}`);
  console.log(`ids       lookups: ${ids.lookups.describe()}; similar: ${ids.similar.describe()}`);
  const rss = Number.isFinite(readyRss) ? `RSS at search ready ${Math.round(readyRss / MIB)} MiB` : 'RSS unknown (no --pid)';
  console.log(`server    ${server.graphqlUrl}, pid ${pid ?? '?'}, ${rss}; load average ${loadAverage()}\n`);

  const run = async (label: string, connections: number, seconds: number, seed: number, keys?: string[]): Promise<LoadRun> => {
    const drained = await waitUntilIdle(server.graphqlUrl);
    if (drained.waitedMs > 500 || !drained.idle) {
      console.log(
        `${label}: waited ${(drained.waitedMs / 1000).toFixed(1)} s for the server to finish earlier requests${drained.idle ? '' : ' (still busy)'}`,
      );
    }
    const mix = new RequestMix(queries, sample, ids, seed, opts.kinds);
    const result = await runLoad({ label, graphqlUrl: server.graphqlUrl, serverPid: pid, mix, connections, seconds, keys });
    const rps = result.answered / result.seconds;
    console.log(
      `${label}: ${result.answered} answers over ${connections} connections in ${result.seconds.toFixed(1)} s ` +
        `(${rps.toFixed(0)} req/s), ${errorCount(result)} errors; load average ${result.loadAfter}`,
    );
    return result;
  };

  const runs: LoadRun[] = [];
  let warmup: LoadRun | undefined;
  if (opts.warmup > 0) warmup = await run('warm-up', opts.connections, opts.warmup, SEED + 1);
  const main = await run('main', opts.connections, opts.duration, SEED + 2);
  runs.push(main);
  if (opts.lowConnections > 0) runs.push(await run('low', opts.lowConnections, opts.duration, SEED + 3));
  // The same mix as the main run (same seed), each connection a user with its own key.
  const keyed = opts.keys
    ? await run('keys', opts.connections, opts.duration, SEED + 2, await makeKeys(server, opts.connections))
    : undefined;
  if (keyed) runs.push(keyed);

  console.log();
  console.log(runsTable(runs));
  for (const r of runs) console.log(`\n${kindsTable(r)}`);
  for (const r of runs) console.log(`\n${timelineTable(r)}`);
  console.log(
    `\n"cache hits": answers from the gateway's response cache (extensions.responseCache.hit). "degraded": a search answered in ` +
      `another mode than HYBRID, or with warnings. ${main.nextPages} of the main run's ${main.sent.page} animes pages followed an endCursor.`,
  );
  const { text, misses, checked } = targets(main);
  console.log(`\ntargets (main run)\n\n${text}\n\n${checked - misses} of ${checked} targets met`);

  if (keyed) console.log(`\n${keyedTable(main, keyed)}`);

  const problems = [...(warmup ? [warmup] : []), ...runs].flatMap((r) => problemLines(r));
  if (problems.length) console.log(`\nproblems:\n${problems.join('\n')}`);

  if (opts.cpuProfDir && server.proc) {
    await stopChild(server.proc, 60_000); // the profile is written as the process exits
    await printProfiles(opts.cpuProfDir, server.proc.pid!, main);
  }
  return runs.some((r) => errorCount(r) > 0) || (warmup && errorCount(warmup) > 0) ? 1 : 0;
}

/** New ids: lookups and `similar` start half a catalog apart, so that neither asks for an anime the other just did. */
function idSources(ids: string[], scheme: Options['ids']): { lookups: IdSource; similar: IdSource } {
  if (scheme === 'zipf') return { lookups: new IdZipf(ids, SEED + 10), similar: new IdZipf(ids, SEED + 20) };
  if (scheme === 'new') return { lookups: new IdCycle(ids, 0), similar: new IdCycle(ids, Math.floor(ids.length / 2)) };
  const popular = ids.slice(0, scheme);
  return { lookups: new IdPool(popular, SEED + 10), similar: new IdPool(popular, SEED + 20) };
}

const ADMIN_API_KEY = `bench-admin-${randomBytes(12).toString('hex')}`;
/** --keys: users of the PREMIUM tier, every query counted (in Redis) against quotas never reached. */
const KEYED_ENV = {
  ADMIN_API_KEY,
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  DATABASE_DIR: mkdtempSync(join(tmpdir(), 'anigraph-bench-load-db-')),
  QUOTA_PREMIUM_QUERIES_PER_DAY: '1000000000',
  QUOTA_PREMIUM_ENHANCED_PER_DAY: '1000000000',
};

/** A PREMIUM user and key per connection, made by the operator through the API. */
async function makeKeys(server: Server, count: number): Promise<string[]> {
  const admin = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_API_KEY}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, { id: string; key: string }>; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`making bench users: ${body.errors[0].message}`);
    return body.data!;
  };
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    const { createUser } = await admin('mutation($name: String!) { createUser(name: $name, tier: PREMIUM) { id } }', {
      name: `bench-${i}`,
    });
    const { createApiKey } = await admin('mutation($id: ID!) { createApiKey(name: "bench", userId: $id) { key } }', { id: createUser.id });
    keys.push(createApiKey.key);
  }
  console.log(`keys      ${count} PREMIUM users, a key per connection, quotas counted in Redis (${KEYED_ENV.REDIS_URL})\n`);
  return keys;
}

/** The keyed run against the anonymous main run: throughput and latency per kind, as ratios (target: within 10%). */
function keyedTable(anonymous: LoadRun, keyed: LoadRun): string {
  const rps = (r: LoadRun) => r.answered / r.seconds;
  const figures: Figure[] = [{ metric: 'req/s with keys / anonymous', value: rps(keyed) / rps(anonymous), unit: 'x', atLeast: 0.9 }];
  for (const kind of KINDS) {
    const a = summarize(anonymous.kinds[kind].latencies);
    const b = summarize(keyed.kinds[kind].latencies);
    if (!a.count || !b.count) continue;
    figures.push({ metric: `${KIND_LABELS[kind]} p50 with keys / anonymous`, value: b.p50 / a.p50, unit: 'x', limit: 1.1 });
  }
  const { text, misses } = targetTable(figures);
  return `a key per connection against anonymous (same server, same mix)\n\n${text}\n\n${figures.length - misses} of ${figures.length} within 10%`;
}

interface Server {
  graphqlUrl: string;
  client: GraphqlClient;
  /** The process started here; undefined for a server given by --url. */
  proc?: ChildProcess;
}

async function external(graphqlUrl: string, opts: Options): Promise<Server> {
  const client = new GraphqlClient(graphqlUrl);
  console.log(`\nload: the server at ${graphqlUrl}${opts.pid ? ` (pid ${opts.pid})` : ''}`);
  await waitUntilSearchComplete(client, opts);
  return { graphqlUrl, client };
}

async function waitUntilSearchComplete(client: GraphqlClient, opts: Options): Promise<void> {
  const started = performance.now();
  const status = await waitForSearch(client, {
    timeoutMs: opts.timeoutMs,
    pollMs: 250,
    onStatus: progressPrinter('load: search', console.log, 30_000),
  });
  if (status.semanticState !== 'READY') {
    throw new Error(`semantic search is ${status.semanticState} (${status.reason ?? 'no reason given'}): the mix needs hybrid search`);
  }
  console.log(`load: search complete (semantic READY, word index built), waited ${formatDuration(performance.now() - started)}\n`);
}

async function start(files: GatewayFiles, opts: Options): Promise<Gateway> {
  const execArgv: string[] = [];
  if (opts.cpuProfDir) {
    await mkdir(opts.cpuProfDir, { recursive: true });
    // Not allowed in NODE_OPTIONS: on the command line. Worker threads write profiles of their own.
    execArgv.push('--cpu-prof', `--cpu-prof-dir=${opts.cpuProfDir}`);
  }
  const gateway = await startGateway('load', files, opts.keys ? KEYED_ENV : {}, execArgv);
  console.log(
    `\nload: gateway pid ${gateway.proc.pid}${opts.cpuProfDir ? ` (--cpu-prof into ${opts.cpuProfDir})` : ''}, /ready after ${(gateway.spawnToReadyMs / 1000).toFixed(2)} s`,
  );
  await waitUntilSearchComplete(gateway.client, opts);
  return gateway;
}

async function printProfiles(dir: string, pid: number, main: LoadRun): Promise<void> {
  const paths = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile') && f.includes(`.${pid}.`)).map((f) => join(dir, f));
  if (paths.length === 0) {
    console.log(`\nno CPU profile of pid ${pid} in ${dir}`);
    return;
  }
  await writeFile(join(dir, `window.${pid}.json`), JSON.stringify(main.window));
  console.log(`\n## CPU profile of the server during the main run (${paths.length} thread profiles in ${dir})\n`);
  const byThread = paths.map((path) => ({ path, thread: threadIdOf(path) ?? -1 })).sort((a, b) => a.thread - b.thread);
  for (const { path, thread } of byThread) {
    const summary = summarizeProfile(readProfile(path), main.window);
    if (summary.samples === 0) continue; // a thread that had ended before the run
    const title = thread === 0 ? 'main thread' : `worker thread ${thread}`;
    console.log(formatSummary(`${title}: ${path}`, summary, { brief: thread !== 0 }));
    console.log();
  }
  console.log(
    `again, or with another window: node dist/bench/load/cpu-profile.js <profile> --window ${join(dir, `window.${pid}.json`)}` +
      ` (relative to ${PROJECT_ROOT})`,
  );
}

runMain('bench:load', main, stopAllChildren);
