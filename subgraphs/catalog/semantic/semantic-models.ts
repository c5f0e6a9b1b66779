// Semantic search with every configured embedding model (EMBEDDING_MODELS): each model its own
// vectors, cache and store, built one model after another (a build takes both cores), and a query
// embedded by all of them at once, each in its own worker. Their scores are fused per query
// (dense-fusion.ts). A model that cannot load or build is left out, and its status says why.
import type { Logger } from '../../../lib/logger.js';
import type { Catalog } from '../catalog/catalog.js';
import type { ModelVectors } from './dense-fusion.js';
import { SupersededError } from './build-queue.js';
import type { ModelStatus, SemanticIndex, SemanticState } from './semantic-index.js';

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
  /** The build loop under way: a newer catalog's waits for it to stop, so that one model builds at a time. */
  private running: Promise<unknown> = Promise.resolve();
  /** The models whose vectors the latest built set holds, in order. */
  private serving: string[] = [];
  private disabled = false;
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
    if (this.disabled) return;
    await Promise.all(this.indexes.map((index) => index.start()));
    for (const { model, state, reason } of this.indexes.map((index) => index.status())) {
      if (state === 'DISABLED' && this.indexes.length > 1) this.log.warn(`!!! semantic search goes without ${model}: ${reason}`);
    }
    if (!this.canEmbed) this.log.warn(`!!! SEARCH IS LEXICAL ONLY: ${this.status().reason}`);
  }

  disable(reason: string): void {
    this.disabled = true;
    for (const index of this.indexes) index.disable(reason);
    this.log.warn(`!!! SEARCH IS LEXICAL ONLY: ${reason}`);
  }

  status(): Omit<SemanticStatus, 'animes'> {
    const models = this.indexes.map((index) => index.status());
    const usable = models.filter((m) => ORDER.includes(m.state));
    const least = usable.reduce<ModelStatus | undefined>(
      (worst, m) => (worst && ORDER.indexOf(worst.state) <= ORDER.indexOf(m.state) ? worst : m),
      undefined,
    );
    const state: SemanticState = least?.state ?? (models.some((m) => m.state === 'FAILED') ? 'FAILED' : 'DISABLED');
    const named = (m: ModelStatus) => (models.length > 1 ? `${m.model}: ${m.reason}` : m.reason);
    // Why not (yet) semantic, and which models search goes without.
    const leftOut = usable.length ? models.filter((m) => !usable.includes(m)).map((m) => `semantic without ${m.model}: ${m.reason}`) : [];
    const why = state === 'READY' ? [] : (least ? [least] : models).map(named);
    const reason = [...why, ...leftOut].join('; ') || null;
    // The model that sets the fused scale and serves similar titles: the first whose vectors serve.
    const first = (models.find((m) => m.model === this.serving[0]) ?? models.find((m) => m.info))?.info ?? null;
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
   * Each model's vectors of `catalog`, built in turn (`onModel` hears each as it is ready). A newer
   * catalog asked for meanwhile stops this one after the model being built (SupersededError). On the
   * first catalog (`onModel`), a model whose build fails is left out; on a later one, a model that
   * served before and now fails fails the whole set, so that the old set keeps serving every model.
   */
  async vectorsFor(catalog: Catalog, onModel?: (vectors: ModelVectors) => void): Promise<ModelVectors[]> {
    const generation = ++this.generation;
    const previous = this.running;
    let finished!: () => void;
    this.running = new Promise<void>((resolve) => (finished = resolve));
    const superseded = () => generation !== this.generation;
    const built: ModelVectors[] = [];
    try {
      await previous;
      const started = performance.now();
      const builds: NonNullable<ModelStatus['lastBuild']>[] = [];
      let failure: Error | undefined;
      for (const index of this.indexes) {
        if (superseded()) throw new SupersededError('a newer catalog was loaded before its vectors were built');
        const servedBefore = index.status().lastBuild !== null;
        const vectors = await index.vectorsFor(catalog).catch((error: Error) => {
          if (error instanceof SupersededError || (servedBefore && !onModel)) throw error;
          failure = error;
        });
        if (!vectors) continue;
        const part = { model: index.model, index: vectors };
        if (superseded()) {
          vectors.retire();
          throw new SupersededError('a newer catalog was loaded before its vectors were built');
        }
        built.push(part);
        builds.push(index.status().lastBuild!);
        if (onModel) {
          this.serving = built.map((b) => b.model);
          onModel(part);
        }
      }
      if (failure && built.length === 0) throw failure;
      this.serving = built.map((b) => b.model);
      if (builds.length) {
        this.lastBuild = {
          embedded: builds.reduce((n, b) => n + b.embedded, 0),
          reused: builds.reduce((n, b) => n + b.reused, 0),
          seconds: (performance.now() - started) / 1000,
          finishedAt: new Date(),
        };
        // The line benchmarks wait for: every model's vectors of this catalog are built.
        this.log.info({ ...this.lastBuild, models: this.serving }, `semantic index ready in ${this.lastBuild.seconds.toFixed(1)} s`);
      }
      return built;
    } catch (error) {
      // What onModel was given is its receiver's to retire.
      if (!onModel) for (const part of built) part.index.retire();
      throw error;
    } finally {
      finished();
    }
  }

  /**
   * The query's vector by each of `models`, embedded in parallel; undefined for a model that failed
   * to embed it (the error is in `failures`).
   */
  async embedQuery(text: string, models: readonly string[]): Promise<{ vectors: (Float32Array | undefined)[]; failures: string[] }> {
    const settled = await Promise.allSettled(models.map((model) => this.indexOf(model).embedQuery(text)));
    return {
      vectors: settled.map((s) => (s.status === 'fulfilled' ? s.value : undefined)),
      failures: settled.flatMap((s, i) => (s.status === 'rejected' ? [`${models[i]}: ${(s.reason as Error).message}`] : [])),
    };
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
