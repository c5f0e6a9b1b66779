// `npm run bench:image [-- --posters <n>] [--kill-at <share>] [--timeout <s>]`: image search of the real
// gateway on a catalog whose posters a local server serves: a cold image index build (posters/s, peak
// RSS), a build killed midway and resumed, searchByImage latency and top hits, and 500 hostile uploads.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { rssBytes, stopAllChildren, stopChild } from './lib/child.js';
import { defaultFiles } from './lib/gateway.js';
import { GraphqlClient } from './lib/graphql-client.js';
import { latencyTable } from './lib/report.js';
import { mulberry32 } from './lib/queries.js';
import { runMain } from './lib/run-main.js';
import { shuffled } from './lib/shuffle.js';
import { runBuild, type ImageGatewaySetup } from './image/build-run.js';
import { writeFixture } from './image/fixture.js';
import { sampleImages } from './image/hostile-images.js';
import { hostileInputs, HOSTILE_TOTAL } from './image/hostile.js';
import { hostileTable, sampleMessages, SEARCH_BY_IMAGE, sendHostile } from './image/hostile-run.js';
import { CONNECTIONS, measureLatency } from './image/latency.js';
import { isMissing, posterPng, PosterServer } from './image/poster-server.js';
import { printTargets } from './image/targets.js';
import { TRAP_HOST, TrapServer } from './image/trap-server.js';

const SEED = 17;
const SITES = 4;
const DEFAULT_POSTERS = 10_000;
const DEFAULT_KILL_AT = 0.4;
const DEFAULT_TIMEOUT_S = 20 * 60;
const FETCH_TIMEOUT_MS = 2_000;

let tmp: string | undefined;
let servers: { close(): Promise<void> }[] = [];

async function cleanUp(): Promise<void> {
  await stopAllChildren();
  await Promise.all(servers.map((s) => s.close()));
  if (tmp) await rm(tmp, { recursive: true, force: true });
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { posters: { type: 'string' }, 'kill-at': { type: 'string' }, timeout: { type: 'string' } } });
  const count = Number(values.posters ?? DEFAULT_POSTERS);
  const killAt = Number(values['kill-at'] ?? DEFAULT_KILL_AT);
  const timeoutMs = Number(values.timeout ?? DEFAULT_TIMEOUT_S) * 1000;
  if (!(count >= 1000 && killAt > 0 && killAt < 1 && timeoutMs > 0))
    throw new Error('--posters >= 1000, 0 < --kill-at < 1, --timeout > 0 seconds');
  const files = defaultFiles();
  if (!files.modelDir) throw new Error('the image benchmark needs the CLIP model: set MODEL_DIR');
  const clipModel = process.env.CLIP_MODEL || 'anigraph/tiny-random-clip';
  const maxBytes = Number(process.env.IMAGE_MAX_BYTES || 5 * 1024 * 1024);

  tmp = await mkdtemp(join(tmpdir(), 'anigraph-bench-image-'));
  const posters = await PosterServer.start(SITES);
  const trap = await TrapServer.start(Math.round(maxBytes * 1.5), posters.urlOf(0));
  servers = [posters, trap];
  const fixture = await writeFixture(files.catalogPath, tmp, count, (n) => posters.urlOf(n));
  const missing = Array.from({ length: count }, (_, n) => n).filter(isMissing).length;
  console.log(`catalog   first ${fixture.entries} anime of ${files.catalogPath} (${fixture.animeOfPoster.size} loaded), in ${tmp}`);
  console.log(`posters   64 x 96 PNGs on ${SITES} local sites (${posters.urlOf(0)} ...), ${missing} of them 404`);
  console.log(`model     ${clipModel} from ${files.modelDir}, vectors ${process.env.VECTOR_PRECISION || 'int8'} (VECTOR_PRECISION)`);
  console.log(`hostile   ${HOSTILE_TOTAL} inputs, seed ${SEED}; trap host ${TRAP_HOST}:${trap.port}, fetch timeout ${FETCH_TIMEOUT_MS} ms`);

  const setup = (name: string): ImageGatewaySetup => ({
    catalogPath: fixture.catalogPath,
    modelDir: files.modelDir!,
    clipModel,
    posterCacheDir: join(tmp!, name, 'posters'),
    vectorCacheDir: join(tmp!, name, 'vectors'),
    env: { IMAGE_FETCH_ALLOW_HOSTS: TRAP_HOST, IMAGE_FETCH_TIMEOUT_MS: String(FETCH_TIMEOUT_MS) },
  });

  console.log('\ncold build: empty poster and vector caches');
  const cold = await runBuild('cold', setup('cold'), posters, { timeoutMs });
  await stopChild(cold.gateway.proc);

  console.log(`\nkilled build: empty caches, SIGKILL at ${killAt * 100}% of the posters`);
  const killed = await runBuild('killed', setup('resume'), posters, { timeoutMs, killAt });
  if (!killed.killedAt) throw new Error(`the build finished before ${killAt * 100}% could be seen; nothing was killed`);
  console.log('\nresumed build: the same caches');
  const resumed = await runBuild('resumed', setup('resume'), posters, { timeoutMs });
  const graphqlUrl = resumed.gateway.graphqlUrl;

  console.log('\nlatency: the resumed gateway');
  const withAnime = [...fixture.animeOfPoster].filter(([n]) => !isMissing(n));
  const latency = await measureLatency(graphqlUrl, shuffled(withAnime, mulberry32(SEED)));

  console.log(`\nhostile uploads: ${HOSTILE_TOTAL} to ${graphqlUrl}`);
  const inputs = hostileInputs(
    { samples: await sampleImages(8), maxBytes, loopbackPosterUrl: posters.urlOf(1), trapUrl: (p) => trap.urlOf(p) },
    SEED,
  );
  const postersBefore = posters.counts.requests;
  const hostile = await sendHostile(graphqlUrl, inputs);
  const posterRequestsDuringHostile = posters.counts.requests - postersBefore;
  await sleep(FETCH_TIMEOUT_MS + 1_000);
  const goodAfter = await goodQuery(graphqlUrl, withAnime[withAnime.length - 1]);
  const rssAfterHostile = await rssBytes(resumed.gateway.proc.pid!);
  const trapSocketsLeft = trap.openSockets();
  await stopChild(resumed.gateway.proc);

  console.log();
  console.log(
    latencyTable(
      [
        { name: 'searchByImage, 1 client', summary: latency.byImage.summary },
        { name: `searchByImage, ${CONNECTIONS} connections`, summary: latency.concurrent.summary },
        ...(latency.searchWithImage
          ? [{ name: 'search(query, image, imageWeight: 1), 1 client', summary: latency.searchWithImage.summary }]
          : []),
      ],
      'image search latency (ms)',
    ),
  );
  console.log(`\nhostile uploads by category (trap host got ${trap.requests} requests):\n`);
  console.log(hostileTable(hostile.answers));
  console.log('\nwhat callers were told (one per category and outcome):');
  for (const line of sampleMessages(hostile.answers)) console.log(line);
  console.log();
  const misses = printTargets({
    posters: count,
    cold,
    killed,
    resumed,
    latency,
    hostile,
    hostileTotal: HOSTILE_TOTAL,
    posterRequestsDuringHostile,
    trapSocketsLeft,
    goodAfter,
    rssAfterHostile,
  });
  const runs = [latency.byImage, latency.concurrent, ...(latency.searchWithImage ? [latency.searchWithImage] : [])];
  const errors = runs.flatMap((r) => r.errors);
  const wrong = runs.flatMap((r) => r.misses);
  console.log(`targets missed: ${misses}; good requests failed: ${errors.length}`);
  for (const e of errors.slice(0, 10)) console.log(`  error: ${e}`);
  for (const m of wrong.slice(0, 10)) console.log(`  wrong top hit: ${m}`);
  return errors.length || !goodAfter.answered ? 1 : 0;
}

/** One searchByImage of a poster after the hostile inputs: answered, and its own anime first. */
async function goodQuery(
  graphqlUrl: string,
  [poster, anime]: [number, string],
): Promise<{ answered: boolean; topHit: boolean; detail: string }> {
  const client = new GraphqlClient(graphqlUrl);
  try {
    const { data, ms } = await client.request<{ searchByImage: { hits: { anime: { id: string } }[] } }>(SEARCH_BY_IMAGE, {
      image: { base64: posterPng(poster).toString('base64') },
      first: 10,
    });
    const top = data.searchByImage.hits[0]?.anime.id;
    return { answered: true, topHit: top === anime, detail: `poster ${poster}: top hit ${top} (expected ${anime}) in ${ms.toFixed(1)} ms` };
  } catch (error) {
    return { answered: false, topHit: false, detail: (error as Error).message.slice(0, 200) };
  } finally {
    client.close();
  }
}

runMain('bench:image', main, cleanUp);
