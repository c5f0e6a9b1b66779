// `npm run bench:analytics [-- --requests 2000 --connections 100 --seconds 60]`: what recording every
// operation costs a request, and whether it keeps up.
// 1. Two gateways in this process on the small catalog, one with ANALYTICS=false: the same search goes
//    to both, interleaved; the figure is the p50 recording adds.
// 2. `connections` keep-alive connections keep the recording gateway busy for `seconds` (autocannon);
//    then the queue is written out: every answered request must be in the database, none dropped.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { startApp, type App } from '../gateway/app.js';
import { sharedDatabase } from '../lib/db/shared.js';
import { createLogger } from '../lib/logger.js';
import { benchAppConfig } from './lib/app-config.js';
import { interleaved } from './lib/interleaved.js';
import { latencyTable, targetTable } from './lib/report.js';
import { runMain } from './lib/run-main.js';
import { summarize } from './lib/stats.js';

const SEARCH = JSON.stringify({
  query: 'query Find($q: String!) { search(query: $q, first: 5) { hits { anime { id title } } } }',
  variables: { q: 'cowboy bebop' },
  operationName: 'Find',
});
const apps: App[] = [];
const releases: (() => Promise<void>)[] = [];

const configFor = (env: Record<string, string>) =>
  benchAppConfig('analytics', {
    RATE_LIMIT_PER_IP: '1000000000/1s',
    QUOTA_FREE_QUERIES_PER_DAY: '0',
    QUOTA_FREE_ENHANCED_PER_DAY: '0',
    // Every request executes: a response cache would answer most of them without the plugins after it.
    RESPONSE_CACHE_TTL: '0',
    ...env,
  });

async function post(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: SEARCH });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`HTTP ${response.status} from ${url}`);
  return performance.now() - started;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { requests: { type: 'string' }, connections: { type: 'string' }, seconds: { type: 'string' } } });
  const requests = Number(values.requests ?? 2_000);
  const connections = Number(values.connections ?? 100);
  const seconds = Number(values.seconds ?? 60);
  const log = createLogger('warn', process.stderr);

  const recordingConfig = configFor({ DATABASE_DIR: mkdtempSync(join(tmpdir(), 'anigraph-bench-analytics-db-')) });
  const plain = await startApp(configFor({ ANALYTICS: 'false', DATABASE_DIR: 'memory://' }), log);
  apps.push(plain);
  const recording = await startApp(recordingConfig, log);
  apps.push(recording);
  await Promise.all([plain.ready, recording.ready]);

  const times = await interleaved(
    requests,
    () => post(plain.url),
    () => post(recording.url),
  );
  const a = summarize(times.a);
  const b = summarize(times.b);
  console.log(
    latencyTable(
      [
        { name: 'ANALYTICS=false', summary: a },
        { name: 'every operation recorded', summary: b },
      ],
      'POST /graphql search (ms)',
    ),
  );
  console.log();

  // The load run: every answered request is an event; none may be dropped.
  const database = sharedDatabase(recordingConfig, log);
  releases.push(() => database.release());
  const { db } = await database.database;
  await recording.analytics.recorder.flush();
  const count = async () =>
    Number(((await db.execute(sql`SELECT count(*) AS n FROM analytics_events`)) as unknown as { rows: { n: string }[] }).rows[0].n);
  const before = await count();
  const droppedBefore = recording.analytics.recorder.counts.dropped;
  let maxDepth = 0;
  const sampler = setInterval(() => (maxDepth = Math.max(maxDepth, recording.analytics.recorder.depth)), 50);
  const result = await new Promise<autocannon.Result>((resolve, reject) =>
    autocannon(
      {
        url: recording.url,
        connections,
        duration: seconds,
        requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, body: SEARCH }],
      },
      (error, answer) => (error ? reject(error) : resolve(answer)),
    ),
  );
  clearInterval(sampler);
  await recording.analytics.recorder.flush();
  const answered = result.statusCodeStats['200']?.count ?? 0;
  const written = (await count()) - before;
  const dropped = recording.analytics.recorder.counts.dropped - droppedBefore;
  console.log(
    `load: ${connections} connections for ${seconds} s: ${answered} answers (${Math.round(result.requests.average)}/s, ` +
      `p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms), ${result.non2xx} non-2xx, ${result.errors} errors; ` +
      `events written ${written}, dropped ${dropped}, deepest queue ${maxDepth}`,
  );
  console.log();
  const { text } = targetTable([
    { metric: 'p50 added by recording', value: b.p50 - a.p50, unit: 'ms', limit: 0.5 },
    { metric: `events dropped at ${connections} connections for ${seconds} s`, value: dropped, unit: 'count', limit: 0 },
    { metric: 'answers without their event', value: Math.max(0, answered - written), unit: 'count', limit: 0 },
  ]);
  console.log(text);
  return 0;
}

runMain('bench:analytics', main, async () => {
  await Promise.all(apps.map((app) => app.close()));
  await Promise.all(releases.map((release) => release()));
});
