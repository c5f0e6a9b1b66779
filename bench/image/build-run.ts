// One gateway building the image index of the fixture catalog: started on the given poster and vector
// caches, its RSS sampled every 250 ms, searchStatus polled for progress, until it logs "image index
// ready in" (or, with `killAt`, SIGKILLed once that share of the build is done).
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { treeRssBytes } from '../lib/child.js';
import { startGateway, type Gateway } from '../lib/gateway.js';
import { GraphqlRequestError } from '../lib/graphql-client.js';
import { formatDuration } from '../lib/semantic-ready.js';
import type { PosterServer } from './poster-server.js';

export interface ImageGatewaySetup {
  catalogPath: string;
  modelDir: string;
  clipModel: string;
  posterCacheDir: string;
  vectorCacheDir: string;
  /** More variables for the server (the trap host, the fetch timeout). */
  env: Record<string, string>;
}

export interface ImageStatus {
  imageState: string;
  imageReason: string | null;
  imageModel: string | null;
  indexedPosters: number;
  imageProgress: { done: number; total: number } | null;
}

export interface BuildRun {
  label: string;
  gateway: Gateway;
  /** From just before the spawn. */
  wallSeconds: number;
  peakRssBytes: number;
  /** The "image index ready in" line: posters, embedded, reused, without, seconds. Undefined when killed. */
  ready?: Record<string, unknown>;
  /** Progress when it was killed. */
  killedAt?: { done: number; total: number };
  /** Requests the poster server got during the run. */
  posterRequests: number;
  status?: ImageStatus;
}

const STATUS_QUERY = '{ searchStatus { imageState imageReason imageModel indexedPosters imageProgress { done total } } }';
const RSS_EVERY_MS = 250;
const POLL_MS = 100;
const PRINT_EVERY_MS = 10_000;

export async function imageStatus(gateway: Gateway): Promise<ImageStatus | undefined> {
  try {
    return (await gateway.client.request<{ searchStatus: ImageStatus }>(STATUS_QUERY)).data.searchStatus;
  } catch (error) {
    // The catalog is still loading.
    if (error instanceof GraphqlRequestError && error.codes.includes('SERVICE_NOT_READY')) return undefined;
    throw error;
  }
}

export async function runBuild(
  label: string,
  setup: ImageGatewaySetup,
  posters: PosterServer,
  options: { timeoutMs: number; killAt?: number },
): Promise<BuildRun> {
  const requestsBefore = posters.counts.requests;
  const spawned = performance.now();
  const gateway = await startGateway(
    label,
    { catalogPath: setup.catalogPath, modelDir: setup.modelDir, vectorCacheDir: setup.vectorCacheDir },
    {
      SEMANTIC_SEARCH: 'false',
      IMAGE_SEARCH: 'true',
      CLIP_MODEL: setup.clipModel,
      POSTER_CACHE_DIR: setup.posterCacheDir,
      POSTER_CONCURRENCY: '4',
      POSTER_HOST_RATE: '1000',
      ...setup.env,
    },
  );
  const pid = gateway.proc.pid!;
  let peakRssBytes = 0;
  const sample = () =>
    // The gateway with its build's embedding processes: CLIP runs there while posters are embedded.
    treeRssBytes(pid)
      .then((rss) => (peakRssBytes = Math.max(peakRssBytes, rss)))
      .catch(() => undefined);
  await sample();
  const sampler = setInterval(sample, RSS_EVERY_MS);
  console.log(`${label}: gateway pid ${pid}, /ready after ${(gateway.spawnToReadyMs / 1000).toFixed(2)} s`);

  const run: BuildRun = { label, gateway, wallSeconds: NaN, peakRssBytes, posterRequests: 0 };
  try {
    let lastPrint = performance.now();
    for (;;) {
      const ready = await gateway.logLine('image index ready in', 0);
      if (ready) {
        run.ready = ready;
        break;
      }
      const failed = await gateway.logLine('image index build failed', 0);
      if (failed) throw new Error(`${label}: the image index build failed: ${JSON.stringify(failed.err ?? failed).slice(0, 500)}`);
      const status = await imageStatus(gateway);
      run.status = status ?? run.status;
      const progress = status?.imageProgress;
      if (status && (status.imageState === 'UNAVAILABLE' || status.imageState === 'DISABLED')) {
        throw new Error(`${label}: image search is ${status.imageState} (${status.imageReason ?? 'no reason given'}); nothing to measure`);
      }
      if (options.killAt !== undefined && progress && progress.total > 0 && progress.done >= options.killAt * progress.total) {
        gateway.proc.kill('SIGKILL');
        await once(gateway.proc, 'exit');
        run.killedAt = { ...progress };
        console.log(`${label}: SIGKILL at ${progress.done}/${progress.total} posters after ${formatDuration(performance.now() - spawned)}`);
        break;
      }
      if (performance.now() - lastPrint > PRINT_EVERY_MS) {
        lastPrint = performance.now();
        const shown = progress ? `${progress.done}/${progress.total} posters` : 'no progress yet';
        console.log(`${label}: ${status?.imageState ?? 'catalog loading'}, ${shown} after ${formatDuration(lastPrint - spawned)}`);
      }
      if (performance.now() - spawned > options.timeoutMs) {
        throw new Error(
          `${label}: no "image index ready" within ${formatDuration(options.timeoutMs)} (use --timeout <s>):\n${gateway.tail()}`,
        );
      }
      await sleep(POLL_MS);
    }
  } finally {
    clearInterval(sampler);
  }
  run.wallSeconds = (performance.now() - spawned) / 1000;
  if (!run.killedAt) {
    await sample();
    run.status = await imageStatus(gateway);
  }
  run.peakRssBytes = peakRssBytes;
  run.posterRequests = posters.counts.requests - requestsBefore;
  if (run.ready) {
    const { posters: total, embedded, reused, without, seconds, reasons } = run.ready;
    console.log(
      `${label}: image index ready after ${run.wallSeconds.toFixed(1)} s: ${total} posters, ${embedded} embedded, ${reused} reused, ` +
        `${without} without (server: ${Number(seconds).toFixed(1)} s); ${run.posterRequests} poster requests; peak RSS with its embedding processes ${(peakRssBytes / 2 ** 20).toFixed(0)} MiB`,
    );
    if (reasons) console.log(`${label}: without a vector, by why: ${JSON.stringify(reasons)}`);
  }
  return run;
}

/** A figure of the ready line as a number (NaN when absent). */
export const readyFigure = (run: BuildRun, name: string): number => Number(run.ready?.[name] ?? NaN);
