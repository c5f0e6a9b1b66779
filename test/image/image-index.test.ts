// The image index across catalogs, with the tiny CLIP and posters from a real HTTP server on
// 127.0.0.1: a newer catalog stops the poster build under way, which keeps what it embedded, and
// the newer build goes on from there instead of waiting for the older one to finish.
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClipEmbedder } from '../../lib/embeddings/clip.embedder.js';
import { createLogger } from '../../lib/logger.js';
import { buildCatalog, type Catalog } from '../../subgraphs/catalog/catalog/catalog.js';
import { ImageIndex } from '../../subgraphs/catalog/image/image-index.js';
import { Posters } from '../../subgraphs/catalog/image/posters.js';
import { SupersededError } from '../../subgraphs/catalog/semantic/build-queue.js';
import { EmbeddedVectorStore } from '../../subgraphs/catalog/semantic/embedded.store.js';
import { demoRelease } from '../fixtures/catalog.fixture.js';
import { pngOf } from '../../bench/image/png.js';
import { MODEL_DIR } from '../helpers/model.js';

const CLIP = 'anigraph/tiny-random-clip';
const present = existsSync(join(MODEL_DIR, CLIP, 'onnx/vision_model.onnx'));
const posterFor = (n: number) => pngOf(90 + n, 130, (x, y) => [(x * (n + 2)) & 255, (y * (n + 7)) & 255, ((x ^ y) + n * 29) & 255]);

describe.runIf(present)('the image index across catalogs', () => {
  let server: Server;
  let base: string;
  const catalogOf = (): Catalog => {
    const release = demoRelease();
    const entries = release.data.map((entry, i) => ({ ...entry, picture: `${base}/poster/${i}.png` }));
    return buildCatalog({ lastUpdate: release.lastUpdate, entries });
  };

  beforeAll(async () => {
    // Each poster takes a while, so that a newer catalog arrives while the first build runs.
    server = createServer((req, res) => {
      const poster = /^\/poster\/(\d+)\.png$/.exec(req.url!);
      if (!poster) return res.writeHead(404).end();
      setTimeout(() => res.writeHead(200, { 'content-type': 'image/png' }).end(posterFor(Number(poster[1]))), 15);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('stops the build under way for a newer catalog, which goes on from the posters it embedded', async () => {
    const model = { model: CLIP, modelDir: MODEL_DIR };
    const index = new ImageIndex({
      model: CLIP,
      loadEmbedder: () => loadClipEmbedder(model),
      loadBuildEmbedder: () => loadClipEmbedder(model),
      posters: new Posters({
        cacheDir: mkdtempSync(join(tmpdir(), 'anigraph-posters-')),
        concurrency: 4,
        perHostPerSecond: 1000,
        maxBytes: 1_000_000,
        timeoutMs: 5_000,
      }),
      store: new EmbeddedVectorStore('int8'),
      cacheDir: mkdtempSync(join(tmpdir(), 'anigraph-image-vectors-')),
      limits: { maxBytes: 1_000_000, maxPixels: 4_000_000 },
      log: createLogger('silent'),
    });
    try {
      await index.start();
      const older = index.vectorsFor(catalogOf());
      older.catch(() => undefined);
      // One chunk (32 posters) embedded, fewer than a periodic save takes.
      while ((index.status().progress?.done ?? 0) < 32) await new Promise((resolve) => setTimeout(resolve, 5));
      const newer = index.vectorsFor(catalogOf());
      await expect(older).rejects.toBeInstanceOf(SupersededError);
      const vectors = await newer;
      expect(await vectors!.count()).toBe(catalogOf().size);
      const build = index.status().lastBuild!;
      expect(build.reused).toBeGreaterThanOrEqual(32);
      expect(build.embedded + build.reused).toBe(catalogOf().size);
      expect(index.status()).toMatchObject({ state: 'READY', reason: null });
    } finally {
      await index.close();
    }
  });
});
