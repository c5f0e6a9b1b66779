// The catalog's vectors: which texts each anime has, which of them the disk cache already holds,
// embedding the rest in the background, and swapping the result into the vector store whole.
// While a build runs the previous vectors keep serving; before the first one, search is lexical.
import { LRUCache } from 'lru-cache';
import type { Embedder } from '../../../lib/embeddings/embedder.js';
import type { Logger } from '../../../lib/logger.js';
import type { Catalog } from '../domain/catalog.js';
import { startProgress, type Progress } from './progress.js';
import { buildVectors } from './vector-build.js';
import { VectorCache } from './vector-cache.js';
import type { VectorStore } from './vector-store.js';

export type SemanticState = 'DISABLED' | 'LOADING_MODEL' | 'BUILDING' | 'READY' | 'FAILED';

export interface SemanticStatus {
  state: SemanticState;
  /** Why search is not semantic (yet), when it is not. */
  reason: string | null;
  model: string | null;
  dimensions: number | null;
  store: string;
  /** Anime with vectors in the store now. */
  animes: number;
  progress: { done: number; total: number } | null;
  lastBuild: { embedded: number; reused: number; seconds: number; finishedAt: Date } | null;
}

export interface SemanticIndexOptions {
  /** Resolves to the model that embeds queries, or rejects with the reason search stays lexical. */
  loadEmbedder: () => Promise<Embedder>;
  /** The same model for a build (more workers, lower priority), closed when the build is done. */
  loadBuildEmbedder: () => Promise<Embedder>;
  store: VectorStore;
  cacheDir: string;
  log: Logger;
}

export class SemanticIndex {
  private embedder: Embedder | undefined;
  private state: SemanticState = 'LOADING_MODEL';
  private reason: string | null = 'the embedding model is loading';
  private serving = false;
  private progress: Progress | undefined;
  private lastBuild: SemanticStatus['lastBuild'] = null;
  private starting: Promise<void> = Promise.resolve();
  private loading = false;
  private readonly closing = new AbortController();
  private building: Promise<void> = Promise.resolve();
  private pending: { catalog: Catalog; served: Promise<boolean> } | undefined;
  private readonly queryVectors = new LRUCache<string, Float32Array>({ max: 5_000 });

  constructor(private readonly options: SemanticIndexOptions) {}

  get ready(): boolean {
    return this.serving && this.embedder !== undefined;
  }

  get store(): VectorStore {
    return this.options.store;
  }

  async status(): Promise<SemanticStatus> {
    return {
      state: this.state,
      reason: this.reason,
      model: this.embedder?.modelId ?? null,
      dimensions: this.embedder?.dimensions ?? null,
      store: this.options.store.name,
      animes: this.serving ? await this.options.store.count() : 0,
      progress: this.progress ? { done: this.progress.done, total: this.progress.total } : null,
      lastBuild: this.lastBuild,
    };
  }

  /** Loads the model (once); without one, search stays lexical and the status says why. */
  start(): Promise<void> {
    if (this.state !== 'LOADING_MODEL' || this.loading) return this.starting;
    this.loading = true;
    this.starting = (async () => {
      try {
        this.embedder = await this.options.loadEmbedder();
        this.options.log.info({ model: this.embedder.modelId, dimensions: this.embedder.dimensions }, 'embedding model loaded');
      } catch (error) {
        this.disable(`no embedding model: ${(error as Error).message}`);
      }
    })();
    return this.starting;
  }

  disable(reason: string): void {
    this.state = 'DISABLED';
    this.reason = reason;
    this.options.log.warn(`!!! SEARCH IS LEXICAL ONLY: ${reason}`);
  }

  /**
   * Builds vectors for `catalog` in the background, once the model is loaded; a newer catalog queued
   * meanwhile is built next, and one queued behind it replaces it. The vectors swap in once `served`
   * says the catalog serves, and not at all when its load failed.
   */
  rebuild(catalog: Catalog, served: Promise<boolean> = Promise.resolve(true)): Promise<void> {
    this.pending = { catalog, served };
    this.building = Promise.all([this.building, this.starting]).then(async () => {
      const next = this.pending;
      this.pending = undefined;
      if (next && this.embedder) await this.build(next.catalog, next.served).catch(() => undefined);
    });
    return this.building;
  }

  async embedQuery(text: string): Promise<Float32Array> {
    if (!this.embedder) throw new Error(this.reason ?? 'no embedding model');
    const cached = this.queryVectors.get(text);
    if (cached) return cached;
    const [vector] = await this.embedder.embed([text]);
    this.queryVectors.set(text, vector);
    return vector;
  }

  /** Stops a build under way at its next chunk (a cold build would otherwise hold a shutdown for minutes). */
  async close(): Promise<void> {
    this.closing.abort(new Error('the server is shutting down'));
    await this.building.catch(() => undefined);
    await this.embedder?.close();
    await this.options.store.close();
  }

  private async build(catalog: Catalog, served: Promise<boolean>): Promise<void> {
    const embedder = this.embedder!;
    const { log, cacheDir, store } = this.options;
    const started = performance.now();
    this.state = 'BUILDING';
    this.reason = this.serving ? null : 'the semantic index is building';
    try {
      const cache = await VectorCache.open(cacheDir, embedder.modelId, embedder.dimensions);
      const build = await buildVectors(catalog, cache, {
        loadEmbedder: this.options.loadBuildEmbedder,
        onPlanned: (toEmbed, texts) => log.info({ texts, cached: texts - toEmbed, toEmbed }, 'semantic index: building'),
        startProgress: (total) => (this.progress = startProgress(total, 'embedding', log)),
        signal: this.closing.signal,
      });
      if (!(await served)) throw new Error('the catalog it was built for did not load');
      await store.replace(build.animes, embedder.dimensions);
      if (build.embedded > 0) await cache.save(build.keep);
      if (build.plansChanged) await cache.savePlans(build.plans);
      this.serving = true;
      this.state = 'READY';
      this.reason = null;
      const seconds = (performance.now() - started) / 1000;
      this.lastBuild = { embedded: build.embedded, reused: build.reused, seconds, finishedAt: new Date() };
      log.info({ ...this.lastBuild, animes: build.animes.length, store: store.name }, `semantic index ready in ${seconds.toFixed(1)} s`);
    } catch (error) {
      this.state = this.serving ? 'READY' : 'FAILED';
      this.reason = this.serving ? null : `the semantic index build failed: ${(error as Error).message}`;
      log.error({ err: error }, 'semantic index build failed; the previous vectors keep serving');
      throw error;
    } finally {
      this.progress = undefined;
    }
  }
}
