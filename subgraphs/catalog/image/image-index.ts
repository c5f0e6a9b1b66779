// The catalog's posters as vectors of a CLIP model (CLIP_MODEL): the third index of a catalog's set,
// beside titles/words and the text vectors. It serves searchByImage and the picture half of a
// multimodal search; without a CLIP model it is UNAVAILABLE and the rest of search goes on without it.
import type { ClipEmbedder } from '../../../lib/embeddings/clip.embedder.js';
import type { ImageLimits } from '../../../lib/images/image-input.js';
import type { Logger } from '../../../lib/logger.js';
import type { Catalog } from '../catalog/catalog.js';
import { BuildQueue, SupersededError } from '../semantic/build-queue.js';
import { startProgress, type Progress } from '../semantic/progress.js';
import { VectorCache } from '../semantic/vector-cache.js';
import type { VectorIndex, VectorStore } from '../semantic/vector-store.js';
import { buildImageVectors, cachedImageVectors } from './image-build.js';
import type { Posters } from './posters.js';

export type ImageState = 'BUILDING' | 'READY' | 'UNAVAILABLE' | 'DISABLED';

export interface ImageStatus {
  state: ImageState;
  /** Why pictures cannot be searched (yet), when they cannot. */
  reason: string | null;
  /** The CLIP model, once loaded. */
  model: string | null;
  dimensions: number | null;
  progress: { done: number; total: number } | null;
  lastBuild: { posters: number; embedded: number; reused: number; without: number; seconds: number; finishedAt: Date } | null;
}

export interface ImageIndexOptions {
  /** As configured (CLIP_MODEL). */
  model: string;
  /** The model that embeds a user's picture. */
  loadEmbedder: () => Promise<ClipEmbedder>;
  /** The same model for a build (its own workers, lower priority), closed when the build is done. */
  loadBuildEmbedder: () => Promise<ClipEmbedder>;
  posters: Posters;
  store: VectorStore;
  cacheDir: string;
  limits: ImageLimits;
  log: Logger;
}

/** A picture search cannot be answered now (no model, or no index yet): SERVICE_NOT_READY. */
export class ImagesUnavailable extends Error {}

export class ImageIndex {
  private embedder: ClipEmbedder | undefined;
  private state: ImageState = 'BUILDING';
  private reason: string | null = 'the CLIP model is loading';
  private built = false;
  private progress: Progress | undefined;
  private lastBuild: ImageStatus['lastBuild'] = null;
  private starting: Promise<void> = Promise.resolve();
  private started = false;
  private readonly closing = new AbortController();
  // A newer catalog stops the poster build under way: what it embedded is in the cache, for the next.
  private readonly builds = new BuildQueue({ preempts: true });

  constructor(private readonly options: ImageIndexOptions) {}

  status(): ImageStatus {
    return {
      state: this.state,
      reason: this.reason,
      model: this.embedder ? this.options.model : null,
      dimensions: this.embedder?.dimensions ?? null,
      progress: this.progress ? { done: this.progress.done, total: this.progress.total } : null,
      lastBuild: this.lastBuild,
    };
  }

  /** Loads the model (once); without one, the index is UNAVAILABLE and says why. */
  start(): Promise<void> {
    if (this.started || this.state === 'DISABLED') return this.starting;
    this.started = true;
    this.starting = (async () => {
      try {
        this.embedder = await this.options.loadEmbedder();
        this.options.log.info({ model: this.embedder.modelId, dimensions: this.embedder.dimensions }, 'CLIP model loaded');
        this.reason = 'the image index is building';
      } catch (error) {
        this.unavailable(`no CLIP model: ${(error as Error).message}`);
        this.options.log.warn(`!!! IMAGE SEARCH IS UNAVAILABLE: ${this.reason}`);
      }
    })();
    return this.starting;
  }

  disable(reason: string): void {
    this.state = 'DISABLED';
    this.reason = reason;
  }

  /**
   * The poster vectors of `catalog`, built once the model is loaded, `after` has settled and the
   * builds asked for before are done; undefined without a model. A catalog waiting behind a build is
   * replaced by a newer one (SupersededError).
   */
  vectorsFor(catalog: Catalog, after: Promise<unknown> = Promise.resolve()): Promise<VectorIndex | undefined> {
    return this.builds.run(Promise.all([this.starting, after]), async (superseded) =>
      this.embedder ? this.build(catalog, superseded) : undefined,
    );
  }

  /**
   * The vectors of `catalog`'s posters that the cache already holds, without fetching or embedding
   * any: they serve while vectorsFor builds the rest. Undefined without a model, or none cached.
   */
  async cachedVectorsFor(catalog: Catalog): Promise<VectorIndex | undefined> {
    await this.starting;
    if (!this.embedder || this.state === 'DISABLED') return undefined;
    const cache = await VectorCache.open(this.options.cacheDir, this.embedder.modelId, this.embedder.dimensions);
    const animes = cachedImageVectors(catalog, cache);
    return animes.length > 0 ? this.options.store.load(animes, this.embedder.dimensions) : undefined;
  }

  /** The vector of a user's picture; undefined when it does not decode. */
  async embed(image: Buffer): Promise<Float32Array | undefined> {
    if (!this.embedder) throw new ImagesUnavailable(`Image search is not available: ${this.reason}.`);
    const [vector] = await this.embedder.embedImages([image]);
    return vector;
  }

  /** Stops a build under way at its next chunk. */
  async close(): Promise<void> {
    this.closing.abort(new Error('the server is shutting down'));
    await this.builds.close('the server is shutting down');
    await this.embedder?.close();
    await this.options.posters.close();
    await this.options.store.close();
  }

  private unavailable(reason: string): void {
    this.state = 'UNAVAILABLE';
    this.reason = reason;
  }

  private async build(catalog: Catalog, superseded: AbortSignal): Promise<VectorIndex> {
    const embedder = this.embedder!;
    const { log, cacheDir, store, posters, limits } = this.options;
    const started = performance.now();
    if (!this.built) this.state = 'BUILDING';
    try {
      const cache = await VectorCache.open(cacheDir, embedder.modelId, embedder.dimensions);
      const build = await buildImageVectors(catalog, posters, cache, {
        loadEmbedder: this.options.loadBuildEmbedder,
        startProgress: (total) => (this.progress = startProgress(total, `posters (${this.options.model})`, log)),
        signal: AbortSignal.any([this.closing.signal, superseded]),
        limits,
      });
      if (build.animes.length === 0 && build.without.size > 0) {
        const [why, count] = Object.entries(countReasons(build.without))[0];
        throw new Error(`no poster could be indexed (${build.without.size} anime; ${count} of them: ${why})`);
      }
      const index = await store.load(build.animes, embedder.dimensions);
      [this.built, this.state, this.reason] = [true, 'READY', null];
      const seconds = (performance.now() - started) / 1000;
      this.lastBuild = {
        posters: build.animes.length,
        embedded: build.embedded,
        reused: build.reused,
        without: build.without.size,
        seconds,
        finishedAt: new Date(),
      };
      const reasons = countReasons(build.without);
      // The line benchmarks wait for.
      log.info({ ...this.lastBuild, model: embedder.modelId, reasons }, `image index ready in ${seconds.toFixed(1)} s`);
      return index;
    } catch (error) {
      // A newer catalog's build goes on from the cache; a shutdown is no failure.
      if (error instanceof SupersededError || this.closing.signal.aborted) throw error;
      // The catalog's set goes without pictures; a later catalog tries again.
      this.unavailable(`the image index build failed: ${(error as Error).message}`);
      log.error({ err: error }, 'image index build failed; search goes without pictures');
      throw error;
    } finally {
      this.progress = undefined;
    }
  }
}

/** Why anime have no poster vector, with how many each reason counts (the five most common). */
function countReasons(without: ReadonlyMap<string, string>): Record<string, number> {
  const counts = new Map<string, number>();
  for (const reason of without.values()) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]).slice(0, 5));
}
