// Semantic search with every configured embedding model (EMBEDDING_MODELS): each model its own
// vectors, cache and store, built one model after another (a build takes both cores), and a query
// embedded by all of them at once, each in its own worker. Their scores are fused per query
// (dense-fusion.ts). A model that cannot load or build is left out, and its status says why.
import type { EmbeddingModelInfo } from '../../../lib/embeddings/embedder.js';
import type { Logger } from '../../../lib/logger.js';
import type { Catalog } from '../catalog/catalog.js';
import type { ModelVectors } from './dense-fusion.js';
import { SupersededError, type ModelStatus, type SemanticIndex, type SemanticState } from './semantic-index.js';

export interface SemanticStatus {
  state: SemanticState;
  /** Why search is not semantic (yet), when it is not. */
  reason: string | null;
  /** The first model that loaded: the one similar titles and recommendations read. */
  model: string | null;
  dimensions: number | null;
  /** Every configured model, in order. */
  models: ModelStatus[];
  store: string;
  /** Anime with vectors in the store now. */
  animes: number;
  progress: { done: number; total: number } | null;
  lastBuild: { embedded: number; reused: number; seconds: number; finishedAt: Date } | null;
}

/** How far along a model is, worst first: the set is as far as its least advanced model that can still serve. */
const ORDER: SemanticState[] = ['LOADING_MODEL', 'BUILDING', 'READY'];

export class SemanticModels {
  private generation = 0;
  private lastBuild: SemanticStatus['lastBuild'] = null;

  constructor(
    private readonly indexes: readonly SemanticIndex[],
    private readonly log: Logger,
  ) {}

  /** Some model can embed queries. */
  get canEmbed(): boolean {
    return this.indexes.some((index) => index.canEmbed);
  }

  /** Loads every model, in parallel; without any, search stays lexical and the status says why. */
  async start(): Promise<void> {
    await Promise.all(this.indexes.map((index) => index.start()));
    for (const { model, state, reason } of this.indexes.map((index) => index.status())) {
      if (state === 'DISABLED' && this.indexes.length > 1) this.log.warn(`!!! semantic search goes without ${model}: ${reason}`);
    }
    if (!this.canEmbed) this.log.warn(`!!! SEARCH IS LEXICAL ONLY: ${this.status().reason}`);
  }

  disable(reason: string): void {
    for (const index of this.indexes) index.disable(reason);
    this.log.warn(`!!! SEARCH IS LEXICAL ONLY: ${reason}`);
  }

  status(): Omit<SemanticStatus, 'animes'> {
    const models = this.indexes.map((index) => index.status());
    const serving = models.filter((m) => ORDER.includes(m.state));
    const least = serving.reduce<ModelStatus | undefined>(
      (worst, m) => (worst && ORDER.indexOf(worst.state) <= ORDER.indexOf(m.state) ? worst : m),
      undefined,
    );
    const state: SemanticState = least?.state ?? (models.some((m) => m.state === 'FAILED') ? 'FAILED' : 'DISABLED');
    const named = (m: ModelStatus) => (models.length > 1 ? `${m.model}: ${m.reason}` : m.reason);
    // Semantic, but without every model: which ones are left out, and why.
    const leftOut = models.filter((m) => !ORDER.includes(m.state));
    const reason =
      state === 'READY'
        ? leftOut.map((m) => `semantic without ${m.model}: ${m.reason}`).join('; ') || null
        : (least ? [least] : models).map(named).join('; ') || null;
    const first = models.find((m) => m.info)?.info ?? null;
    return {
      state,
      reason,
      model: first?.modelId ?? null,
      dimensions: first?.dimensions ?? null,
      models,
      store: this.indexes[0].storeName,
      progress: models.find((m) => m.progress)?.progress ?? null,
      lastBuild: this.lastBuild,
    };
  }

  /**
   * Each model's vectors of `catalog`, built in turn (`onModel` hears each as it is ready). A model
   * whose build fails is left out; a newer catalog asked for meanwhile stops this one (SupersededError).
   */
  async vectorsFor(catalog: Catalog, onModel?: (vectors: ModelVectors) => void): Promise<ModelVectors[]> {
    const generation = ++this.generation;
    const started = performance.now();
    const built: ModelVectors[] = [];
    const builds: NonNullable<ModelStatus['lastBuild']>[] = [];
    let failure: Error | undefined;
    try {
      for (const index of this.indexes) {
        if (generation !== this.generation) throw new SupersededError('a newer catalog was loaded before its vectors were built');
        const vectors = await index.vectorsFor(catalog).catch((error: Error) => {
          if (error instanceof SupersededError) throw error;
          failure = error;
        });
        if (!vectors) continue;
        const part = { model: index.model, index: vectors };
        built.push(part);
        builds.push(index.status().lastBuild!);
        onModel?.(part);
      }
    } catch (error) {
      // What onModel was given is its receiver's to retire.
      if (!onModel) for (const part of built) part.index.retire();
      throw error;
    }
    if (failure && built.length === 0) throw failure;
    if (builds.length) {
      this.lastBuild = {
        embedded: builds.reduce((n, b) => n + b.embedded, 0),
        reused: builds.reduce((n, b) => n + b.reused, 0),
        seconds: (performance.now() - started) / 1000,
        finishedAt: new Date(),
      };
    }
    return built;
  }

  /** The query's vector by each of `models`, embedded in parallel. */
  embedQuery(text: string, models: readonly string[]): Promise<Float32Array[]> {
    return Promise.all(models.map((model) => this.indexOf(model).embedQuery(text)));
  }

  /** The card of each loaded model. */
  loaded(): EmbeddingModelInfo[] {
    return this.indexes.flatMap((index) => index.status().info ?? []);
  }

  async close(): Promise<void> {
    this.generation++;
    await Promise.all(this.indexes.map((index) => index.close()));
  }

  private indexOf(model: string): SemanticIndex {
    const index = this.indexes.find((i) => i.model === model);
    if (!index) throw new Error(`no embedding model ${model}`);
    return index;
  }
}
