// `npm run bench:schedules [-- --events 20 --sizes 1,100,1000,5000 --cpu-prof <dir>]`: live schedule events through
// the real gateway over graphql-ws. Events are published once on Redis, as the poller publishes
// them; every subscriber selects a catalog field of the anime (resolved by the gateway per event).
// Reports publish-to-client latency, events lost, the gateway's RSS before and after its subscribers
// connect; the same with two gateways sharing the subscribers; and schedule(this week) with its
// three sources warm, through the gateway, against local platform fakes. With --cpu-prof the one-gateway
// runs write a CPU profile (read it with `node dist/bench/load/cpu-profile.js <file>`).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient, type Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { DEMO_CATALOG_PATH } from '../subgraphs/catalog/catalog/catalog-source.js';
import { CHANNEL_PREFIX } from '../subgraphs/schedules/domain/event-bus.js';
import { toJson, TOPIC, type ScheduleEvent } from '../subgraphs/schedules/domain/schedule-events.js';
import { startFakes, type Fakes } from '../test/platforms/fakes/start-all.js';
import { rssBytes, stopAllChildren, stopChild } from './lib/child.js';
import { startGateway, type Gateway } from './lib/gateway.js';
import { bytesToMb, latencyTable, targetTable, type Figure } from './lib/report.js';
import { runMain } from './lib/run-main.js';
import { summarize, type Summary } from './lib/stats.js';

const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/7';
const CHANNEL = `${CHANNEL_PREFIX}:${TOPIC}`;
const SUBSCRIPTION = 'subscription { episodeAired { id anime { title } } }';
/** A subscription no other subscriber sends (an alias of its own): the gateway cannot share its execution. */
const distinctSubscription = (n: number) => `subscription { episodeAired { id s${n}: anime { title } } }`;
/** The subscriptions one socket carries (the gateway's default limit is 20). */
const PER_SOCKET = 10;

let fakes: Fakes | undefined;
const clients: Client[] = [];

interface Run {
  name: string;
  latency: Summary;
  lost: number;
  rssGrowthMb: number;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { events: { type: 'string' }, sizes: { type: 'string' }, 'cpu-prof': { type: 'string' } } });
  const events = Number(values.events ?? 20);
  const sizes = (values.sizes ?? '1,100,1000,5000').split(',').map(Number);
  const publisher = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  fakes = await startFakes();
  const env = {
    ...fakes.env,
    REDIS_URL,
    SCHEDULE_POLL_INTERVAL: '0',
    RESPONSE_CACHE_TTL: '0',
    SEMANTIC_SEARCH: 'false',
    IMAGE_SEARCH: 'false',
    LOG_LEVEL: 'warn',
  };
  const files = { catalogPath: DEMO_CATALOG_PATH };
  console.log(`gateway(s) on the demo catalog; events published on Redis ${REDIS_URL}; ${events} events per run`);

  const runs: Run[] = [];
  for (const size of sizes) {
    const profile = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${resolve(values['cpu-prof'])}`] : [];
    const gateway = await startGateway(`gateway (${size})`, files, env, profile);
    runs.push(await measure(`${size} subscribers, one gateway`, [gateway], size, events, publisher));
    await stopChild(gateway.proc);
  }
  // Identical subscriptions share one execution per event; distinct ones each cost their own.
  for (const size of sizes.filter((n) => n > 1 && n <= 1000)) {
    const gateway = await startGateway(`gateway (${size} distinct)`, files, env);
    runs.push(await measure(`${size} distinct subscriptions, one gateway`, [gateway], size, events, publisher, true));
    await stopChild(gateway.proc);
  }
  const pair = await Promise.all([startGateway('gateway A', files, env), startGateway('gateway B', files, env)]);
  const pairSize = Math.min(1000, Math.max(...sizes));
  runs.push(await measure(`${pairSize} subscribers, two gateways`, pair, pairSize, events, publisher));
  const weekly = await scheduleThisWeek(pair[0]);
  await Promise.all(pair.map((g) => stopChild(g.proc)));
  publisher.disconnect();

  console.log(
    latencyTable(
      runs.map((r) => ({ name: r.name, summary: r.latency })),
      'publish to client (ms)',
    ),
  );
  const signed = (mb: number) => `${mb >= 0 ? '+' : ''}${mb.toFixed(1)} MB`;
  console.log(runs.map((r) => `${r.name}: ${r.lost} events lost, gateway RSS ${signed(r.rssGrowthMb)}`).join('\n'));
  console.log(latencyTable([{ name: 'schedule(this week), three sources warm', summary: weekly }], 'query latency (ms)'));
  const by = (size: number) => runs.find((r) => r.name.startsWith(`${size} subscribers, one`));
  const figures: Figure[] = [
    ...(by(100) ? [{ metric: '100 subscribers: p50', value: by(100)!.latency.p50, unit: 'ms', limit: 15 } as Figure] : []),
    ...(by(100) ? [{ metric: '100 subscribers: p95', value: by(100)!.latency.p95, unit: 'ms', limit: 40 } as Figure] : []),
    ...(by(1000) ? [{ metric: '1,000 subscribers: p95', value: by(1000)!.latency.p95, unit: 'ms', limit: 150 } as Figure] : []),
    ...(by(5000) ? [{ metric: '5,000 subscribers: RSS growth', value: by(5000)!.rssGrowthMb, unit: 'MB', limit: 300 } as Figure] : []),
    { metric: 'events lost, every run', value: runs.reduce((n, r) => n + r.lost, 0), unit: 'x', limit: 0 },
    { metric: 'schedule(this week), warm: p50', value: weekly.p50, unit: 'ms', limit: 20 },
  ];
  const { text, misses } = targetTable(figures);
  console.log(text);
  console.log(`targets missed: ${misses}`);
  return 0;
}

/** Connects `size` subscribers spread over the gateways, publishes `count` events, and times each delivery. */
async function measure(name: string, gateways: Gateway[], size: number, count: number, publisher: Redis, distinct = false): Promise<Run> {
  const rssBefore = await Promise.all(gateways.map((g) => rssBytes(g.proc.pid!)));
  const received = new Map<string, number[]>(); // event id -> delivery times (ms after publish)
  const published = new Map<string, number>();
  let subscribed = 0;
  const listening = new Set<number>(); // the subscribers a warm-up event has reached
  const sockets = Math.ceil(size / PER_SOCKET);
  for (let s = 0; s < sockets; s++) {
    const gateway = gateways[s % gateways.length];
    const client = createClient({ url: gateway.graphqlUrl.replace('http', 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
    clients.push(client);
    for (let k = 0; k < PER_SOCKET && subscribed < size; k++, subscribed++) {
      const subscriber = subscribed;
      client.subscribe(
        { query: distinct ? distinctSubscription(subscribed) : SUBSCRIPTION },
        {
          next: (result) => {
            const id = (result.data as { episodeAired?: { id: string } } | undefined)?.episodeAired?.id;
            if (id === 'warm-up') return void listening.add(subscriber);
            const at = id && published.get(id);
            if (at) received.get(id)!.push(performance.now() - at);
          },
          error: (error) => console.error(`${name}: a subscription failed: ${JSON.stringify(error)}`),
          complete: () => undefined,
        },
      );
    }
  }
  // Every subscriber is listening once a warm-up event has reached each of them.
  for (let attempt = 0; listening.size < size && attempt < 120; attempt++) {
    await publisher.publish(CHANNEL, JSON.stringify(event('warm-up')));
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  if (listening.size < size) throw new Error(`${name}: ${size - listening.size} subscribers never heard the warm-up event`);
  const rssAfter = await Promise.all(gateways.map((g) => rssBytes(g.proc.pid!)));
  for (let i = 0; i < count; i++) {
    const id = `bench-${i}`;
    received.set(id, []);
    published.set(id, performance.now());
    await publisher.publish(CHANNEL, JSON.stringify(event(id)));
    await new Promise((resolve) => setTimeout(resolve, Math.max(200, size / 10)));
  }
  // Deliveries still queued at the gateway are late, not lost: wait until none has come for 3 s.
  const delivered = () => [...received.values()].reduce((n, list) => n + list.length, 0);
  for (let last = -1, quietSince = performance.now(); performance.now() - quietSince < 3_000;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = delivered();
    if (now !== last) [last, quietSince] = [now, performance.now()];
    if (now === count * size) break;
  }
  const samples = [...received.values()].flat();
  const lost = count * size - samples.length;
  for (const client of clients.splice(0)) await client.dispose();
  const growth = rssAfter.reduce((sum, after, i) => sum + after - rssBefore[i], 0);
  return { name, latency: summarize(samples), lost, rssGrowthMb: bytesToMb(growth) };
}

/** An AIRED event of One Piece (mal-21, in the demo catalog), as the poller publishes it. */
function event(id: string): ScheduleEvent {
  const at = new Date();
  const entry = {
    id,
    animeId: 'mal-21',
    refs: { mal: 21 },
    titles: { title: 'One Piece' },
    airType: 'RAW' as const,
    episode: 1,
    airingAt: at,
    delayedFrom: null,
    delayedUntil: null,
    delayed: false,
    streams: [],
    sources: ['ANILIST' as const],
  };
  return { kind: 'AIRED', id, at: at.toISOString(), entry: toJson(entry) };
}

/** schedule() of the current week, after one call has warmed the sources' cache. */
async function scheduleThisWeek(gateway: Gateway): Promise<Summary> {
  const query = '{ schedule(timezone: "Europe/Berlin") { days { date entries { id title episode localTime anime { title } } } } }';
  await gateway.client.request(query);
  const samples: number[] = [];
  for (let i = 0; i < 200; i++) samples.push((await gateway.client.request(query)).ms);
  return summarize(samples);
}

async function cleanUp(): Promise<void> {
  for (const client of clients.splice(0)) await Promise.resolve(client.dispose()).catch(() => undefined);
  await stopAllChildren();
  await fakes?.close();
}

runMain('bench:schedules', main, cleanUp);
