// `npm run bench:auth [-- --requests 2000]`: what authentication and quotas add to a GraphQL request.
// Two gateways in this process on the small catalog: one with no Redis and no quotas (the anonymous
// caller, nothing counted but the in-memory burst bucket), one with REDIS_URL, a user's API key and
// its quotas counted in Redis. The same query goes to both, interleaved; the figure is the added p50.
import { parseArgs } from 'node:util';
import { startApp, type App } from '../gateway/app.js';
import { sharedDatabase } from '../lib/db/shared.js';
import { createLogger } from '../lib/logger.js';
import { UserStore } from '../lib/users/user-store.js';
import { benchAppConfig } from './lib/app-config.js';
import { interleaved } from './lib/interleaved.js';
import { latencyTable, targetTable } from './lib/report.js';
import { runMain } from './lib/run-main.js';
import { summarize } from './lib/stats.js';

const QUERY = JSON.stringify({ query: '{ catalogStats { total } }' });
const apps: App[] = [];
const releases: (() => Promise<void>)[] = [];

const configFor = (env: Record<string, string>) => benchAppConfig('auth', env);

async function post(url: string, headers: Record<string, string>): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: QUERY });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`HTTP ${response.status} from ${url}`);
  return performance.now() - started;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { requests: { type: 'string' } } });
  const requests = Number(values.requests ?? 2_000);
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const log = createLogger('warn', process.stderr);

  const plainConfig = configFor({ RATE_LIMIT_PER_IP: '1000000000/1s', QUOTA_FREE_QUERIES_PER_DAY: '0', QUOTA_FREE_ENHANCED_PER_DAY: '0' });
  const authConfig = configFor({ REDIS_URL: redisUrl, RATE_LIMIT_PER_IP: '1000000000/1s', QUOTA_FREE_QUERIES_PER_DAY: '1000000000' });
  const plain = await startApp({ ...plainConfig, REDIS_URL: undefined }, log);
  apps.push(plain);
  const withAuth = await startApp(authConfig, log);
  apps.push(withAuth);
  await Promise.all([plain.ready, withAuth.ready]);

  // The key of a user of the authenticating gateway's own database (one database per configuration).
  const database = sharedDatabase(authConfig, log);
  const store = new UserStore((await database.database).db);
  const user = await store.createUser('bench');
  const { key } = await store.createApiKey(user.id, 'bench');
  // Held to the end: the in-memory database closes with its last user.
  releases.push(() => database.release());

  const authorization = { authorization: `Bearer ${key}` };
  const times = await interleaved(
    requests,
    () => post(plain.url, {}),
    () => post(withAuth.url, authorization),
  );
  const a = summarize(times.a);
  const b = summarize(times.b);
  console.log(
    latencyTable(
      [
        { name: 'anonymous, no quotas, no Redis', summary: a },
        { name: 'API key + quotas in Redis', summary: b },
      ],
      'POST /graphql { catalogStats } (ms)',
    ),
  );
  console.log();
  const { text } = targetTable([{ metric: 'p50 added by key check + quota counting', value: b.p50 - a.p50, unit: 'ms', limit: 1 }]);
  console.log(text);
  return 0;
}

runMain('bench:auth', main, async () => {
  await Promise.all(apps.map((app) => app.close()));
  await Promise.all(releases.map((release) => release()));
});
