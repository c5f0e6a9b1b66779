// The vector store for the distributed setup: one Qdrant point per vector, under the named vector of
// its model and kind ("all-minilm-l6-v2-doc", "-sentence", "-title"), with the anime's filter fields
// as payload. Each model has its named vectors in the one collection, added when the model first loads.
import { createHash } from 'node:crypto';
import { QdrantClient, type Schemas } from '@qdrant/js-client-rest';
import { compileFilter } from '../catalog/anime-filter.js';
import { modelKey } from './model-key.js';
import { toQdrantFilter, type QdrantCondition, type QdrantFilter } from './qdrant-filter.js';
import type { AnimeVectors, DenseHit, DenseQuery, DenseResult, VectorIndex, VectorStore } from './vector-store.js';

export interface QdrantStoreOptions {
  url: string;
  collection: string;
  /** The model whose vectors this store holds: it names them. */
  model: string;
  apiKey?: string;
  /** Points per upsert request. */
  batchSize?: number;
}

type Kind = 'doc' | 'sentence' | 'title';
type PointId = Schemas['ExtendedPointId'];
const KINDS: readonly Kind[] = ['doc', 'sentence', 'title'];
/** Anime whose sentences and titles are scored, taken by their doc score (as in the embedded store). */
const SECOND_STAGE = 400;
const SCROLL_PAGE = 10_000;
const INDEXES: Record<string, Schemas['PayloadSchemaType']> = {
  model: 'keyword',
  animeId: 'keyword',
  kind: 'keyword',
  type: 'keyword',
  status: 'keyword',
  season: 'keyword',
  tags: 'keyword',
  studios: 'keyword',
  year: 'integer',
  episodes: 'integer',
  score: 'float',
};

/** The store and its one index: every load goes into the same collection. */
export class QdrantVectorStore implements VectorStore, VectorIndex {
  readonly name = 'qdrant' as const;
  private readonly client: QdrantClient;
  private readonly collection: string;
  private readonly batchSize: number;
  /** The payload value and vector-name prefix of the model: "all-minilm-l6-v2". */
  private readonly model: string;

  constructor(private readonly options: QdrantStoreOptions) {
    this.model = modelKey(options.model);
    // No version probe at construction: it would warn on the console; failures surface on first use.
    this.client = new QdrantClient({ url: options.url, apiKey: options.apiKey, checkCompatibility: false });
    this.collection = options.collection;
    this.batchSize = options.batchSize ?? 256;
  }

  /**
   * Upserts in place under deterministic ids, then deletes the points the new content lacks. Searches
   * keep answering throughout, but during a replace they may see old and new points side by side (and
   * nothing after a dimension change, which recreates the collection). Building a second collection
   * and swapping an alias would be atomic, at the cost of holding the catalog twice while it builds.
   */
  async load(animes: readonly AnimeVectors[], dimensions: number): Promise<VectorIndex> {
    await this.ensureCollection(dimensions);
    const expected = new Set<string>();
    let batch: Schemas['PointStruct'][] = [];
    const flush = async () => {
      if (!batch.length) return;
      const points = batch;
      batch = [];
      await this.call('upsert points', () => this.client.upsert(this.collection, { wait: true, points }));
    };
    for (const anime of animes) {
      for (const point of toPoints(anime, this.model)) {
        expected.add(String(point.id));
        batch.push(point);
        if (batch.length >= this.batchSize) await flush();
      }
    }
    await flush();
    await this.deleteAllBut(expected);
    return this;
  }

  /** The collection outlives any one load. */
  retire(): void {}

  async search(query: DenseQuery): Promise<DenseResult> {
    const predicate = compileFilter(query.filter);
    const filter = toQdrantFilter(query.filter);
    const exclude = query.exclude?.length ? [byAnimeIds([...query.exclude])] : [];
    const also = [...new Set(query.alsoScore ?? [])];
    const docFilter = (extra: QdrantCondition[]): QdrantFilter => ({
      must: [this.of('doc'), ...(filter ? [filter] : []), ...extra],
      must_not: exclude,
    });
    const [top, extra] = await Promise.all([
      this.docScores(query.vector, docFilter([]), Math.max(SECOND_STAGE, query.limit)),
      also.length ? this.docScores(query.vector, docFilter([byAnimeIds(also)]), also.length) : new Map<string, number>(),
    ]);
    const docs = new Map([...top, ...extra]);
    for (const id of docs.keys()) {
      const anime = query.lookup(id);
      // Re-checked on the current catalog, as the embedded store does: the payload may predate it.
      if (!anime || (predicate && !predicate(anime))) docs.delete(id);
    }
    const ids = [...docs.keys()];
    const [sentences, titles] = query.docsOnly
      ? [new Map<string, number>(), new Map<string, number>()]
      : await Promise.all([this.bestPerAnime('sentence', query.vector, ids), this.bestPerAnime('title', query.vector, ids)]);
    // -1 for an anime without sentences (or titles), as the embedded store scores it.
    const hits: DenseHit[] = ids.map((animeId) => ({
      animeId,
      doc: docs.get(animeId)!,
      sentence: sentences.get(animeId) ?? -1,
      title: titles.get(animeId) ?? -1,
    }));
    hits.sort((a, b) => maxOf(b) - maxOf(a));
    const alsoSet = new Set(also);
    // Qdrant shows only the candidates: their spread stands in for the catalog's.
    const scores = [...docs.values()];
    const mean = scores.reduce((sum, x) => sum + x, 0) / Math.max(1, scores.length);
    const deviation = Math.sqrt(scores.reduce((sum, x) => sum + (x - mean) ** 2, 0) / Math.max(1, scores.length));
    return { hits: hits.filter((hit, rank) => rank < query.limit || alsoSet.has(hit.animeId)), mean, deviation };
  }

  async docVector(animeId: string): Promise<Float32Array | undefined> {
    const records = await this.call(
      'retrieve doc vector',
      () =>
        this.client.retrieve(this.collection, {
          ids: [pointId(this.model, animeId, 'doc', 0)],
          with_vector: [this.vectorName('doc')],
          with_payload: false,
        }),
      [],
    );
    const vector = (records[0]?.vector as Record<string, unknown> | undefined)?.[this.vectorName('doc')];
    return Array.isArray(vector) ? new Float32Array(vector as number[]) : undefined;
  }

  async count(): Promise<number> {
    const filter = { must: [this.of('doc')] };
    return (await this.call('count', () => this.client.count(this.collection, { filter, exact: true }), { count: 0 })).count;
  }

  async close(): Promise<void> {}

  /** Weighted doc score of each anime the filter lets through, best first, at most `limit`. */
  private async docScores(vector: Float32Array, filter: QdrantFilter, limit: number): Promise<Map<string, number>> {
    // Qdrant ranks by the unweighted score. Weights (< 1, docs without a synopsis) only lower scores, so
    // with a second stage this wide the weighted top `limit` is inside it unless hundreds of weighted
    // docs outrank it before weighting.
    const { points } = await this.call(
      'query doc vectors',
      () =>
        this.client.query(this.collection, {
          query: Array.from(vector),
          using: this.vectorName('doc'),
          filter,
          limit,
          with_payload: ['animeId', 'weight'],
        }),
      { points: [] },
    );
    return new Map(points.map((p) => [String(p.payload?.animeId), p.score * Number(p.payload?.weight ?? 1)]));
  }

  /** Best score of one kind of vector for each of the given anime (grouped by animeId). */
  private async bestPerAnime(kind: Kind, vector: Float32Array, ids: string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const { groups } = await this.call(`query ${kind} groups`, () =>
      this.client.queryGroups(this.collection, {
        query: Array.from(vector),
        using: this.vectorName(kind),
        group_by: 'animeId',
        group_size: 1,
        limit: ids.length,
        filter: { must: [this.of(kind), byAnimeIds(ids)] },
        with_payload: false,
      }),
    );
    return new Map(groups.map((g) => [String(g.id), g.hits[0]?.score ?? -1]));
  }

  /** The model's named vectors of one kind. */
  private vectorName(kind: Kind): string {
    return `${this.model}-${kind}`;
  }

  /** Points of this model's vectors of one kind. */
  private of(kind: Kind): QdrantFilter {
    return {
      must: [
        { key: 'model', match: { value: this.model } },
        { key: 'kind', match: { value: kind } },
      ],
    };
  }

  /**
   * Creates the collection, or adds this model's named vectors to it (replacing them, with the model's
   * points, when their size no longer fits), and the payload indexes it lacks. Adding a named vector to
   * an existing collection takes a Qdrant server that has that call (1.18 has it).
   */
  private async ensureCollection(dimensions: number): Promise<void> {
    // Dot, not Cosine: the vectors are unit length already, and Qdrant then stores them as given.
    const params: Schemas['VectorParams'] = { size: dimensions, distance: 'Dot' };
    const names = KINDS.map((kind) => this.vectorName(kind));
    const { exists } = await this.call('check collection', () => this.client.collectionExists(this.collection));
    if (!exists) {
      await this.call('create collection', () =>
        this.client.createCollection(this.collection, { vectors: Object.fromEntries(names.map((name) => [name, params])) }),
      );
    }
    const info = await this.call('get collection', () => this.client.getCollection(this.collection));
    const vectors = (info.config.params.vectors ?? {}) as Record<string, Schemas['VectorParams'] | undefined>;
    // A collection of the one-model layout (vectors "doc", "sentence", "title", points without a model) is emptied of it.
    const legacy = KINDS.filter((kind) => vectors[kind]);
    if (legacy.length) {
      await this.call('delete the points of the one-model layout', () =>
        this.client.delete(this.collection, { wait: true, filter: { must: [{ is_empty: { key: 'model' } }] } }),
      );
      for (const name of legacy)
        await this.call(`delete vector ${name}`, () => this.client.deleteVectorName(this.collection, name, { wait: true }));
    }
    for (const name of names) {
      const current = vectors[name];
      if (current?.size === dimensions && current.distance === 'Dot') continue;
      if (current) {
        await this.call('delete the model points', () =>
          this.client.delete(this.collection, { wait: true, filter: { must: [{ key: 'model', match: { value: this.model } }] } }),
        );
        await this.call(`delete vector ${name}`, () => this.client.deleteVectorName(this.collection, name, { wait: true }));
      }
      await this.call(`create vector ${name}`, () =>
        this.client.createVectorName(this.collection, name, { dense: { size: dimensions, distance: 'Dot' } }, { wait: true }),
      );
    }
    const indexed = info.payload_schema;
    for (const [field, schema] of Object.entries(INDEXES)) {
      if (indexed[field]) continue;
      await this.call(`create index on ${field}`, () =>
        this.client.createPayloadIndex(this.collection, { field_name: field, field_schema: schema, wait: true }),
      );
    }
  }

  /** Deletes every point whose id is not expected: anime that left the catalog, and sentences or titles it lost. */
  private async deleteAllBut(expected: Set<string>): Promise<void> {
    const stale: PointId[] = [];
    let offset: PointId | null | undefined;
    do {
      const page = await this.call('scroll point ids', () =>
        this.client.scroll(this.collection, {
          filter: { must: [{ key: 'model', match: { value: this.model } }] },
          limit: SCROLL_PAGE,
          offset: offset ?? undefined,
          with_payload: false,
          with_vector: false,
        }),
      );
      for (const point of page.points) if (!expected.has(String(point.id))) stale.push(point.id);
      offset = page.next_page_offset as PointId | null | undefined;
    } while (offset != null);
    for (let i = 0; i < stale.length; i += SCROLL_PAGE) {
      const points = stale.slice(i, i + SCROLL_PAGE);
      await this.call('delete stale points', () => this.client.delete(this.collection, { wait: true, points }));
    }
  }

  /** Runs one request; a missing collection (before the first replace) reads as `ifMissing` when given. */
  private async call<T>(operation: string, run: () => Promise<T>, ifMissing?: T): Promise<T> {
    try {
      return await run();
    } catch (error) {
      type Failure = { status?: number; data?: { status?: { error?: string } }; cause?: { code?: string } };
      const { status, data, cause } = error as Failure;
      if (status === 404 && ifMissing !== undefined) return ifMissing;
      const detail = data?.status?.error ?? [(error as Error).message, cause?.code].filter(Boolean).join(': ');
      const where = `${this.options.url}, collection "${this.collection}"`;
      throw new Error(`Qdrant ${operation} failed (${where})${status ? `: HTTP ${status}` : ''}: ${detail}`, { cause: error });
    }
  }
}

const maxOf = (hit: DenseHit) => Math.max(hit.doc, hit.sentence, hit.title);
const byAnimeIds = (ids: string[]): QdrantCondition => ({ key: 'animeId', match: { any: ids } });

function toPoints(anime: AnimeVectors, model: string): Schemas['PointStruct'][] {
  const payload = { ...anime.payload, animeId: anime.animeId, model };
  const point = (kind: Kind, index: number, vector: Float32Array, extra: Record<string, unknown> = {}) => ({
    id: pointId(model, anime.animeId, kind, index),
    vector: { [`${model}-${kind}`]: Array.from(vector) },
    payload: { ...payload, kind, ...extra },
  });
  return [
    point('doc', 0, anime.doc, { weight: anime.docWeight }),
    ...anime.sentences.map((v, i) => point('sentence', i, v)),
    ...anime.titles.map((v, i) => point('title', i, v)),
  ];
}

/** Qdrant ids are UUIDs or integers: a name-based (v5-style) UUID keeps an anime's points stable across replaces. */
function pointId(model: string, animeId: string, kind: Kind, index: number): string {
  const bytes = createHash('sha1').update(`${model}:${animeId}:${kind}:${index}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
