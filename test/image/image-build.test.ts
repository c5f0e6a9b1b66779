// The image vectors of a catalog, with the tiny test CLIP and posters from a real HTTP server on
// 127.0.0.1: each anime's own poster finds it first (an image maps to itself, even with random
// weights), anime without a usable poster say why, and a build killed midway resumes from its cache.
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClipEmbedder } from '../../lib/embeddings/clip.embedder.js';
import { createLogger } from '../../lib/logger.js';
import { buildCatalog, type Catalog } from '../../subgraphs/catalog/catalog/catalog.js';
import { buildImageVectors, type ImageBuildHooks } from '../../subgraphs/catalog/image/image-build.js';
import { Posters } from '../../subgraphs/catalog/image/posters.js';
import { EmbeddedVectorStore } from '../../subgraphs/catalog/semantic/embedded.store.js';
import { startProgress } from '../../subgraphs/catalog/semantic/progress.js';
import { VectorCache } from '../../subgraphs/catalog/semantic/vector-cache.js';
import { demoRelease } from '../fixtures/catalog.fixture.js';
import { pngOf } from '../../bench/image/png.js';
import { MODEL_DIR } from '../helpers/model.js';

const CLIP = 'anigraph/tiny-random-clip';
const present = existsSync(join(MODEL_DIR, CLIP, 'onnx/vision_model.onnx'));
const PLACEHOLDER = 'https://raw.githubusercontent.com/manami-project/anime-offline-database/master/pics/no_pic.png';

/** A poster of its own for each number: patterns that differ in colour and layout. */
const posterFor = (n: number) => pngOf(120 + n, 170, (x, y) => [(x * (n + 1)) & 255, (y * (n + 3)) & 255, ((x ^ y) + n * 37) & 255]);

describe.runIf(present)('image vectors of a catalog', () => {
  let server: Server;
  let catalog: Catalog;
  const log = createLogger('silent');
  const hooks = (signal = new AbortController().signal, onAdvance?: (done: number) => void): ImageBuildHooks => ({
    loadEmbedder: () => loadClipEmbedder({ model: CLIP, modelDir: MODEL_DIR }),
    startProgress: (total) => {
      const progress = startProgress(total, 'posters', log);
      return {
        ...progress,
        advance: (n: number) => (progress.advance(n), onAdvance?.(progress.done)),
        stop: () => progress.stop(),
        get done() {
          return progress.done;
        },
        get total() {
          return progress.total;
        },
      };
    },
    signal,
    limits: { maxBytes: 1_000_000, maxPixels: 4_000_000 },
    chunk: 4,
    saveEvery: 1,
  });
  const posters = () =>
    new Posters({
      cacheDir: mkdtempSync(join(tmpdir(), 'anigraph-posters-')),
      concurrency: 4,
      perHostPerSecond: 1000,
      maxBytes: 1_000_000,
      timeoutMs: 5_000,
    });

  beforeAll(async () => {
    server = createServer((req, res) => {
      const poster = /^\/poster\/(\d+)\.png$/.exec(req.url!);
      if (poster) return res.writeHead(200, { 'content-type': 'image/png' }).end(posterFor(Number(poster[1])));
      if (req.url === '/not-an-image.png') return res.writeHead(200, { 'content-type': 'image/png' }).end('<html>moved</html>');
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const release = demoRelease();
    const entries = release.data.map((entry, i) => ({
      ...entry,
      picture: i === 0 ? PLACEHOLDER : i === 1 ? `${base}/gone.png` : i === 2 ? `${base}/not-an-image.png` : `${base}/poster/${i}.png`,
    }));
    catalog = buildCatalog({ lastUpdate: release.lastUpdate, entries });
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('finds each anime by its own poster first, and says why an anime has no image vector', async () => {
    const source = posters();
    const cache = await VectorCache.open(mkdtempSync(join(tmpdir(), 'anigraph-image-vectors-')), `${CLIP}@fp32`, 64);
    const build = await buildImageVectors(catalog, source, cache, hooks());
    const [placeholder, gone, notImage] = catalog.animes.slice(0, 3);
    expect(build.animes).toHaveLength(catalog.size - 3);
    expect(build.without.get(gone.id)).toMatch(/HTTP 404/);
    expect(build.without.get(notImage.id)).toMatch(/not a PNG, JPEG, WebP or GIF/);
    expect(build.without.has(placeholder.id)).toBe(false);

    const store = new EmbeddedVectorStore('int8');
    const index = await store.load(build.animes, 64);
    const clip = await loadClipEmbedder({ model: CLIP, modelDir: MODEL_DIR });
    try {
      for (const n of [3, 10, catalog.size - 1]) {
        const [vector] = await clip.embedImages([posterFor(n)]);
        const { hits } = await index.search({ vector: vector!, limit: 3, lookup: (id) => catalog.get(id), docsOnly: true });
        expect(hits[0].animeId).toBe(catalog.animes[n].id);
      }
    } finally {
      await clip.close();
      await store.close();
      await source.close();
    }
  });

  it('resumes a build killed midway from the vectors it saved, and embeds only the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'anigraph-image-vectors-'));
    const source = posters();
    const stop = new AbortController();
    const first = await VectorCache.open(dir, `${CLIP}@fp32`, 64);
    const killed = buildImageVectors(
      catalog,
      source,
      first,
      hooks(stop.signal, (done) => done >= 12 && stop.abort(new Error('killed'))),
    );
    await expect(killed).rejects.toThrow(/killed/);

    // 12 anime done when killed, 2 of them without a usable poster: 10 vectors saved at least.
    const reopened = await VectorCache.open(dir, `${CLIP}@fp32`, 64);
    expect(reopened.size).toBeGreaterThanOrEqual(10);
    const resumed = await buildImageVectors(catalog, source, reopened, hooks());
    expect(resumed.animes).toHaveLength(catalog.size - 3);
    expect(resumed.reused).toBe(reopened.size - resumed.embedded);
    expect(resumed.embedded).toBeLessThanOrEqual(catalog.size - 3 - 10);
    await source.close();
  });
});
