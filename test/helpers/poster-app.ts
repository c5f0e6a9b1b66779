// The app on the demo catalog with the tiny test CLIP, the posters served by a real HTTP server on
// 127.0.0.1 (the nth anime's poster is poster n, the first anime has only the placeholder): what the
// facades' image tests (REST, MCP) run on, once its posters are indexed.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoRelease } from '../fixtures/catalog.fixture.js';
import { pngOf } from '../../bench/image/png.js';
import { startTestApp, type TestApp } from './app.js';
import { MODEL_DIR } from './model.js';

export const CLIP = 'anigraph/tiny-random-clip';
export const clipPresent = existsSync(join(MODEL_DIR, CLIP, 'onnx/vision_model.onnx'));
if (!clipPresent) console.log(`${MODEL_DIR}/${CLIP} is absent: skipping the tests that need the CLIP model`);

const PLACEHOLDER = 'https://raw.githubusercontent.com/manami-project/anime-offline-database/master/pics/no_pic.png';

/** Poster n: a PNG of its own size and pattern, which the tiny CLIP maps nearest to itself. */
export const posterFor = (n: number) => pngOf(100 + n, 150, (x, y) => [(x * (n + 1)) & 255, (y * (n + 5)) & 255, ((x ^ y) + n * 41) & 255]);
export const base64Of = (n: number) => posterFor(n).toString('base64');

export interface PosterApp {
  t: TestApp;
  /** The app's origin, for /api and /mcp. */
  base: string;
  /** The poster server's origin: `${posters}/poster/<n>.png`. */
  posters: string;
  /** The catalog's anime in the order of its file: anime n has poster n. */
  animes: { id: string; title: string; type: string }[];
  close(): Promise<void>;
}

const STATUS = '{ searchStatus { imageState imageReason indexedPosters } }';

/** The image index's state once it is no longer building. */
export async function imagesSettled(t: TestApp): Promise<{ imageState: string; imageReason: string | null; indexedPosters: number }> {
  for (;;) {
    const status = (await t.gql(STATUS)).body.data.searchStatus;
    if (status.imageState !== 'BUILDING') return status;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function startPosterApp(env: Record<string, string> = {}): Promise<PosterApp> {
  const server = createServer((req, res) => {
    const poster = /^\/poster\/(\d+)\.png$/.exec(req.url ?? '');
    if (poster) return void res.writeHead(200, { 'content-type': 'image/png' }).end(posterFor(Number(poster[1])));
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const posters = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const release = demoRelease();
  release.data = release.data.map((entry, i) => ({ ...entry, picture: i === 0 ? PLACEHOLDER : `${posters}/poster/${i}.png` }));
  const catalogPath = join(mkdtempSync(join(tmpdir(), 'anigraph-poster-catalog-')), 'catalog.json');
  writeFileSync(catalogPath, JSON.stringify(release));
  const stopServer = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  let t: TestApp;
  try {
    t = await startTestApp({
      ANIME_DB_PATH: catalogPath,
      IMAGE_SEARCH: 'true',
      MODEL_DIR,
      CLIP_MODEL: CLIP,
      POSTER_HOST_RATE: '1000',
      // A user's picture may come from the poster server; other private addresses stay refused.
      IMAGE_FETCH_ALLOW_HOSTS: '127.0.0.1',
      IMAGE_FETCH_TIMEOUT_MS: '2000',
      ...env,
    });
  } catch (error) {
    await stopServer();
    throw error;
  }
  const status = await imagesSettled(t);
  if (status.imageState !== 'READY') {
    await t.close();
    await stopServer();
    throw new Error(`the image index is ${status.imageState}: ${status.imageReason}`);
  }
  const animes = (await t.gql('{ animes(first: 100) { nodes { id title type } } }')).body.data.animes.nodes;
  return {
    t,
    base: t.app.url.replace(/\/graphql$/, ''),
    posters,
    animes,
    async close() {
      await t.close();
      await stopServer();
    },
  };
}
