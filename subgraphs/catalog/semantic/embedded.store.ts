// The default vector store: every vector in this process, searched exactly. Docs are scored for every anime the filter lets through; sentence and title vectors
// only for the best of those (and for candidates other signals found). The scan runs in a worker
// thread (embedded-scan.worker.mjs) over the same memory, so the event loop keeps serving: every
// vector sits in one shared WebAssembly memory, read there by a SIMD kernel (dot-kernel.mjs).
import { Worker } from 'node:worker_threads';
import { compileFilter } from '../catalog/anime-filter.js';
import { strideOf } from './dot-kernel.mjs';
import type { AnimeVectors, DenseHit, DenseQuery, DenseResult, VectorIndex, VectorStore } from './vector-store.js';

/** What the scan worker reads: byte offsets of each region of `memory`, rows `stride` values apart. */
interface Content {
  memory: WebAssembly.Memory;
  precision: VectorPrecision;
  dimensions: number;
  stride: number;
  count: number;
  docs: number;
  sentences: number;
  titles: number;
  /** int8 only: a float32 per row of each region. */
  docScales: number;
  sentenceScales: number;
  titleScales: number;
  /** Scratch of the worker: the query, and one score per anime. */
  query: number;
  out: number;
  docWeights: Float32Array;
  /** Anime i owns rows sentenceStart[i] .. sentenceStart[i + 1] - 1. */
  sentenceStart: Int32Array;
  titleStart: Int32Array;
}

/** What the scan worker is asked: positions are rows of the served content. */
interface ScanRequest {
  vector: Float32Array;
  limit: number;
  secondStage: number;
  docsOnly: boolean;
  /** 1 for each anime the filter lets through; null: all. */
  allowed: Uint8Array | null;
  also: Int32Array;
  exclude: Int32Array;
}

interface ScanResult {
  id: number;
  error?: string;
  mean: number;
  deviation: number;
  positions: Int32Array;
  doc: Float32Array;
  sentence: Float32Array;
  title: Float32Array;
}

/** Anime whose sentences and titles are scored, taken by their doc score. */
const SECOND_STAGE = 400;

export class EmbeddedVectorStore implements VectorStore {
  readonly name = 'embedded' as const;
  private readonly loaded = new Set<EmbeddedVectorIndex>();

  constructor(private readonly precision: VectorPrecision = 'fp32') {}

  async load(animes: readonly AnimeVectors[], dimensions: number): Promise<VectorIndex> {
    const index = new EmbeddedVectorIndex(pack(animes, dimensions, this.precision), animes, (retired) => this.loaded.delete(retired));
    this.loaded.add(index);
    return index;
  }

  async close(): Promise<void> {
    await Promise.all([...this.loaded].map((index) => index.stop()));
    this.loaded.clear();
  }
}

/** One load's vectors, with a scan worker of its own over them. */
class EmbeddedVectorIndex implements VectorIndex {
  private readonly ids: string[];
  private readonly position: Map<string, number>;
  private scanner: Scanner | undefined;
  private retired = false;

  constructor(
    private readonly content: Content,
    animes: readonly AnimeVectors[],
    private readonly onRetired: (index: EmbeddedVectorIndex) => void,
  ) {
    this.ids = animes.map((a) => a.animeId);
    this.position = new Map(animes.map((a, i) => [a.animeId, i]));
    // Started now so that it is warm for the first search.
    this.scanner = this.startScanner();
  }

  async count(): Promise<number> {
    return this.ids.length;
  }

  async docVector(animeId: string): Promise<Float32Array | undefined> {
    const i = this.position.get(animeId);
    if (i === undefined) return undefined;
    const { memory, docs, stride, dimensions, precision, docScales } = this.content;
    if (precision === 'fp32') return new Float32Array(memory.buffer, docs + i * stride * 4, dimensions).slice();
    const scale = new Float32Array(memory.buffer, docScales + i * 4, 1)[0];
    return Float32Array.from(new Int8Array(memory.buffer, docs + i * stride, dimensions), (q) => q * scale);
  }

  async search(query: DenseQuery): Promise<DenseResult> {
    const predicate = compileFilter(query.filter);
    let allowed: Uint8Array | null = null;
    if (predicate) {
      allowed = new Uint8Array(this.ids.length);
      this.ids.forEach((id, i) => {
        const anime = query.lookup(id);
        if (anime && predicate(anime)) allowed![i] = 1;
      });
    }
    const positions = (ids: readonly string[] | undefined) =>
      Int32Array.from((ids ?? []).map((id) => this.position.get(id) ?? -1).filter((i) => i >= 0));
    const scanner = (this.scanner ??= this.startScanner());
    const result = await scanner.scan({
      vector: query.vector,
      limit: query.limit,
      secondStage: query.docsOnly ? 0 : SECOND_STAGE,
      docsOnly: query.docsOnly ?? false,
      allowed,
      also: positions(query.alsoScore),
      exclude: positions(query.exclude),
    });
    const hits: DenseHit[] = [];
    result.positions.forEach((i, k) => {
      const animeId = this.ids[i];
      if (query.lookup(animeId)) hits.push({ animeId, doc: result.doc[k], sentence: result.sentence[k], title: result.title[k] });
    });
    return { hits, mean: result.mean, deviation: result.deviation };
  }

  // The worker finishes the scans it was asked for and exits, and the memory it read goes with it (a
  // thread that only scans seldom collects garbage: it kept every replaced memory, hundreds of MB each, alive).
  retire(): void {
    this.retired = true;
    this.scanner?.retire();
    this.onRetired(this);
  }

  async stop(): Promise<void> {
    this.retired = true;
    await this.scanner?.stop();
  }

  /** A scan worker over the content; one that fails is forgotten, and the next search starts another. */
  private startScanner(): Scanner {
    if (this.retired) throw new Error('these vectors are no longer served');
    return new Scanner(this.content, (failed) => this.scanner === failed && (this.scanner = undefined));
  }
}

/** The scan worker of one content. A worker that fails takes its scans with it. */
class Scanner {
  private readonly worker = new Worker(new URL('./embedded-scan.worker.mjs', import.meta.url));
  private readonly jobs = new Map<number, { resolve: (r: ScanResult) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private retired = false;
  private stopped = false;

  constructor(content: Content, onFailure: (scanner: Scanner) => void) {
    this.worker.unref();
    this.worker.on('message', (result: ScanResult) => {
      const job = this.jobs.get(result.id);
      this.jobs.delete(result.id);
      if (result.error) job?.reject(new Error(`the vector scan failed: ${result.error}`));
      else job?.resolve(result);
      if (this.retired && this.jobs.size === 0) void this.stop();
    });
    const fail = (error: Error) => {
      onFailure(this);
      for (const job of this.jobs.values()) job.reject(error);
      this.jobs.clear();
    };
    this.worker.on('error', fail);
    // A retired worker stops when idle; a search that reached it later is refused, not left unanswered.
    this.worker.on('exit', (code) =>
      fail(new Error(this.retired ? 'these vectors are no longer served' : `the vector scan worker stopped (exit code ${code})`)),
    );
    this.worker.postMessage({ type: 'content', content });
  }

  scan(search: ScanRequest): Promise<ScanResult> {
    if (this.stopped) return Promise.reject(new Error('these vectors are no longer served'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { resolve, reject });
      this.worker.postMessage({ type: 'search', search: { id, ...search } });
    });
  }

  /** Stops once the scans already asked for are answered. */
  retire(): void {
    this.retired = true;
    if (this.jobs.size === 0) void this.stop();
  }

  async stop(): Promise<void> {
    this.retired = true;
    this.stopped = true;
    await this.worker.terminate();
  }
}

const PAGE = 65_536;

/** How a row's values are kept: float32, or int8 with a float32 scale per row (a quarter of the memory). */
export type VectorPrecision = 'fp32' | 'int8';

const align16 = (bytes: number) => Math.ceil(bytes / 16) * 16;

function pack(animes: readonly AnimeVectors[], dimensions: number, precision: VectorPrecision): Content {
  const n = animes.length;
  const stride = strideOf(dimensions);
  const rowBytes = precision === 'int8' ? stride : stride * 4;
  const sentenceRows = animes.reduce((sum, a) => sum + a.sentences.length, 0);
  const titleRows = animes.reduce((sum, a) => sum + a.titles.length, 0);
  // Regions one after another: rows of each kind, then (int8) their scales, the query and the scores.
  let end = 0;
  const region = (bytes: number) => ((end += align16(bytes)), end - align16(bytes));
  const docs = region(n * rowBytes);
  const sentences = region(sentenceRows * rowBytes);
  const titles = region(titleRows * rowBytes);
  const scaled = precision === 'int8';
  const docScales = scaled ? region(n * 4) : 0;
  const sentenceScales = scaled ? region(sentenceRows * 4) : 0;
  const titleScales = scaled ? region(titleRows * 4) : 0;
  const query = region(stride * 4);
  const out = region(Math.max(n, 1) * 4);
  const pages = Math.max(1, Math.ceil(end / PAGE));
  const memory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared: true });
  const content: Content = {
    memory,
    precision,
    dimensions,
    stride,
    count: n,
    docs,
    sentences,
    titles,
    docScales,
    sentenceScales,
    titleScales,
    query,
    out,
    docWeights: new Float32Array(new SharedArrayBuffer(Math.max(n, 1) * 4)),
    sentenceStart: new Int32Array(new SharedArrayBuffer((n + 1) * 4)),
    titleStart: new Int32Array(new SharedArrayBuffer((n + 1) * 4)),
  };
  const floats = new Float32Array(memory.buffer);
  const bytes = new Int8Array(memory.buffer);
  const put = (vector: Float32Array, rows: number, scales: number, row: number) => {
    if (!scaled) return floats.set(vector, (rows + row * rowBytes) / 4);
    let max = 0;
    for (const value of vector) max = Math.max(max, Math.abs(value));
    const scale = max / 127 || 1;
    floats[scales / 4 + row] = scale;
    const at = rows + row * rowBytes;
    for (let j = 0; j < vector.length; j++) bytes[at + j] = Math.round(vector[j] / scale);
  };
  let sentenceRow = 0;
  let titleRow = 0;
  animes.forEach((anime, i) => {
    put(anime.doc, docs, docScales, i);
    content.docWeights[i] = anime.docWeight;
    content.sentenceStart[i] = sentenceRow;
    for (const vector of anime.sentences) put(vector, sentences, sentenceScales, sentenceRow++);
    content.titleStart[i] = titleRow;
    for (const vector of anime.titles) put(vector, titles, titleScales, titleRow++);
  });
  content.sentenceStart[n] = sentenceRow;
  content.titleStart[n] = titleRow;
  return content;
}
