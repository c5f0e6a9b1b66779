// One model's vectors of the catalog: which texts each anime has, which of them the disk cache already holds,
// embedding the rest in the background, and loading the result into the vector store. The index set
// of the catalog (search/search-indexes.ts) serves them; before the first build, search is lexical.
import { LRUCache } from 'lru-cache';
import type { Embedder, EmbeddingModelInfo } from '../../../lib/embeddings/embedder.js';
import type { Logger } from '../../../lib/logger.js';
import type { Catalog } from '../catalog/catalog.js';
import { BuildQueue } from './build-queue.js';
import { startProgress, type Progress } from './progress.js';
import { buildVectors } from './vector-build.js';
import { VectorCache } from './vector-cache.js';
import type { VectorIndex, VectorStore } from './vector-store.js';

export type SemanticState = 'DISABLED' | 'LOADING_MODEL' | 'BUILDING' | 'READY' | 'FAILED';

/** One model's part in semantic search. */
export interface ModelStatus {
  /** As configured ("Xenova/bge-small-en-v1.5"). */
  model: string;
  /** Its card and size, once loaded. */
  info: EmbeddingModelInfo | null;
  state: SemanticState;
  /** Why it does not serve (yet), when it does not. */
  reason: string | null;
  progress: { done: number; total: number } | null;
  lastBuild: { embedded: number; reused: number; seconds: number; finishedAt: Date } | null;
}

export interface SemanticIndexOptions {
  /** The model as configured. */
  model: string;
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
  /** Some build has succeeded: a failed one leaves vectors serving. */
  private built = false;
  private progress: Progress | undefined;
  private lastBuild: ModelStatus['lastBuild'] = null;
  private starting: Promise<void> = Promise.resolve();
  private loading = false;
  private readonly closing = new AbortController();
  private readonly builds = new BuildQueue();
  private readonly queryVectors = new LRUCache<string, Float32Array>({ max: 5_000 });

  constructor(private readonly options: SemanticIndexOptions) {}

  /** Queries can be embedded: the model is loaded. */
  get canEmbed(): boolean {
    return this.embedder !== undefined;
  }

  get model(): string {
    return this.options.model;
  }

  get storeName(): VectorStore['name'] {
    return this.options.store.name;
  }

  status(): ModelStatus {
    return {
      model: this.options.model,
      info: this.embedder?.info ?? null,
      state: this.state,
      reason: this.reason,
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
        // Its vectors are built next, or after the models before it (semantic-models.ts).
        if (this.state === 'LOADING_MODEL') [this.state, this.reason] = ['BUILDING', 'the semantic index is building'];
      } catch (error) {
        this.disable(`no embedding model: ${(error as Error).message}`);
      }
    })();
    return this.starting;
  }

  disable(reason: string): void {
    this.state = 'DISABLED';
    this.reason = reason;
  }

  /**
   * The vectors of `catalog`, once the model is loaded and the builds asked for before are done;
   * undefined when there is no model. One build runs at a time; a catalog queued behind it is
   * replaced by a newer one (its promise rejects with SupersededError).
   */
  vectorsFor(catalog: Catalog): Promise<VectorIndex | undefined> {
    return this.builds.run(this.starting, async () => (this.embedder ? this.build(catalog) : undefined));
  }

  async embedQuery(text: string): Promise<Float32Array> {
    if (!this.embedder) throw new Error(this.reason ?? 'no embedding model');
    const cached = this.queryVectors.get(text);
    if (cached) return cached;
    const [vector] = await this.embedder.embedQueries([text]);
    this.queryVectors.set(text, vector);
    return vector;
  }

  /** Stops a build under way at its next chunk (a cold build would otherwise hold a shutdown for minutes). */
  async close(): Promise<void> {
    this.closing.abort(new Error('the server is shutting down'));
    await this.builds.close('the server is shutting down');
    await this.embedder?.close();
    await this.options.store.close();
  }

  private async build(catalog: Catalog): Promise<VectorIndex> {
    const embedder = this.embedder!;
    const { log, cacheDir, store } = this.options;
    const started = performance.now();
    this.state = 'BUILDING';
    this.reason = this.built ? null : 'the semantic index is building';
    try {
      const cache = await VectorCache.open(cacheDir, embedder.modelId, embedder.dimensions);
      const build = await buildVectors(catalog, cache, {
        sentenceVectors: embedder.info.pooling === 'MEAN',
        loadEmbedder: this.options.loadBuildEmbedder,
        onPlanned: (toEmbed, texts) => log.info({ texts, cached: texts - toEmbed, toEmbed }, 'semantic index: building'),
        startProgress: (total) => (this.progress = startProgress(total, `embedding (${this.options.model})`, log)),
        signal: this.closing.signal,
      });
      const index = await store.load(build.animes, embedder.dimensions);
      if (build.embedded > 0) await cache.save(build.keep);
      if (build.plansChanged) await cache.savePlans(build.plans);
      this.built = true;
      this.state = 'READY';
      this.reason = null;
      const seconds = (performance.now() - started) / 1000;
      this.lastBuild = { embedded: build.embedded, reused: build.reused, seconds, finishedAt: new Date() };
      log.info(
        { ...this.lastBuild, model: embedder.modelId, animes: build.animes.length, store: store.name },
        `vectors of ${this.options.model} built in ${seconds.toFixed(1)} s`,
      );
      return index;
    } catch (error) {
      this.state = this.built ? 'READY' : 'FAILED';
      this.reason = this.built ? null : `the semantic index build failed: ${(error as Error).message}`;
      log.error({ err: error }, 'semantic index build failed; the previous vectors keep serving');
      throw error;
    } finally {
      this.progress = undefined;
    }
  }
}
