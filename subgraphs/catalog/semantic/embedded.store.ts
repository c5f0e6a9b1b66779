// The default vector store: every vector in contiguous Float32Arrays in this process, searched
// exactly. Docs are scored for every anime the filter lets through; sentence and title vectors
// only for the best of those (and for candidates other signals found), which keeps a query at a
// few milliseconds on the full catalog.
import { compileFilter } from '../domain/anime-filter.js';
import type { AnimeVectors, DenseHit, DenseQuery, VectorStore } from './vector-store.js';

interface Content {
  dimensions: number;
  ids: string[];
  position: Map<string, number>;
  docs: Float32Array;
  docWeights: Float32Array;
  sentences: Float32Array;
  /** Anime i owns rows sentenceStart[i] .. sentenceStart[i + 1] - 1. */
  sentenceStart: Int32Array;
  titles: Float32Array;
  titleStart: Int32Array;
}

/** Anime whose sentences and titles are scored, taken by their doc score. */
const SECOND_STAGE = 400;

export class EmbeddedVectorStore implements VectorStore {
  readonly name = 'embedded' as const;
  private content: Content | undefined;

  async replace(animes: readonly AnimeVectors[], dimensions: number): Promise<void> {
    this.content = pack(animes, dimensions);
  }

  async count(): Promise<number> {
    return this.content?.ids.length ?? 0;
  }

  async docVector(animeId: string): Promise<Float32Array | undefined> {
    const c = this.content;
    const i = c?.position.get(animeId);
    if (!c || i === undefined) return undefined;
    return c.docs.slice(i * c.dimensions, (i + 1) * c.dimensions);
  }

  async search(query: DenseQuery): Promise<DenseHit[]> {
    const c = this.content;
    if (!c) return [];
    const predicate = compileFilter(query.filter);
    const excluded = new Set(query.exclude ?? []);
    const n = c.ids.length;
    const docScores = new Float32Array(n).fill(-Infinity);
    for (let i = 0; i < n; i++) {
      // Looking every anime up costs more than scoring it: without a filter, only candidates are.
      if (predicate) {
        const anime = query.lookup(c.ids[i]);
        if (!anime || !predicate(anime)) continue;
      }
      docScores[i] = dot(c.docs, i * c.dimensions, query.vector, c.dimensions) * c.docWeights[i];
    }
    for (const id of excluded) {
      const i = c.position.get(id);
      if (i !== undefined) docScores[i] = -Infinity;
    }
    const candidates = new Set(topIndexes(docScores, Math.max(SECOND_STAGE, query.limit)));
    for (const id of query.alsoScore ?? []) {
      const i = c.position.get(id);
      if (i !== undefined && docScores[i] > -Infinity) candidates.add(i);
    }
    // Anime the served catalog no longer has (the vectors may be older than the catalog).
    for (const i of candidates) if (!query.lookup(c.ids[i])) candidates.delete(i);
    const hits = [...candidates].map((i) => ({
      animeId: c.ids[i],
      doc: docScores[i],
      sentence: best(c.sentences, c.sentenceStart[i], c.sentenceStart[i + 1], query.vector, c.dimensions),
      title: best(c.titles, c.titleStart[i], c.titleStart[i + 1], query.vector, c.dimensions),
    }));
    hits.sort((a, b) => maxOf(b) - maxOf(a));
    const also = new Set(query.alsoScore ?? []);
    return hits.filter((hit, rank) => rank < query.limit || also.has(hit.animeId));
  }

  async close(): Promise<void> {
    this.content = undefined;
  }
}

const maxOf = (hit: DenseHit) => Math.max(hit.doc, hit.sentence, hit.title);

function pack(animes: readonly AnimeVectors[], dimensions: number): Content {
  const n = animes.length;
  const sentenceCount = animes.reduce((sum, a) => sum + a.sentences.length, 0);
  const titleCount = animes.reduce((sum, a) => sum + a.titles.length, 0);
  const content: Content = {
    dimensions,
    ids: animes.map((a) => a.animeId),
    position: new Map(animes.map((a, i) => [a.animeId, i])),
    docs: new Float32Array(n * dimensions),
    docWeights: new Float32Array(n),
    sentences: new Float32Array(sentenceCount * dimensions),
    sentenceStart: new Int32Array(n + 1),
    titles: new Float32Array(titleCount * dimensions),
    titleStart: new Int32Array(n + 1),
  };
  let sentenceRow = 0;
  let titleRow = 0;
  animes.forEach((anime, i) => {
    content.docs.set(anime.doc, i * dimensions);
    content.docWeights[i] = anime.docWeight;
    content.sentenceStart[i] = sentenceRow;
    for (const vector of anime.sentences) content.sentences.set(vector, dimensions * sentenceRow++);
    content.titleStart[i] = titleRow;
    for (const vector of anime.titles) content.titles.set(vector, dimensions * titleRow++);
  });
  content.sentenceStart[n] = sentenceRow;
  content.titleStart[n] = titleRow;
  return content;
}

function dot(matrix: Float32Array, offset: number, vector: Float32Array, dimensions: number): number {
  // Four accumulators let V8 pipeline the multiply-adds.
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let j = 0;
  for (; j + 3 < dimensions; j += 4) {
    s0 += matrix[offset + j] * vector[j];
    s1 += matrix[offset + j + 1] * vector[j + 1];
    s2 += matrix[offset + j + 2] * vector[j + 2];
    s3 += matrix[offset + j + 3] * vector[j + 3];
  }
  for (; j < dimensions; j++) s0 += matrix[offset + j] * vector[j];
  return s0 + s1 + s2 + s3;
}

function best(matrix: Float32Array, from: number, to: number, vector: Float32Array, dimensions: number): number {
  let top = -1;
  for (let row = from; row < to; row++) top = Math.max(top, dot(matrix, row * dimensions, vector, dimensions));
  return top;
}

/** Indexes of the `k` highest finite scores. */
function topIndexes(scores: Float32Array, k: number): number[] {
  // A typed array sorts natively, -Infinity (filtered out) first.
  const sorted = scores.slice().sort();
  const threshold = Math.max(sorted[Math.max(0, sorted.length - k)], -Number.MAX_VALUE);
  const picked: number[] = [];
  for (let i = 0; i < scores.length && picked.length < k; i++) if (scores[i] >= threshold) picked.push(i);
  return picked;
}
