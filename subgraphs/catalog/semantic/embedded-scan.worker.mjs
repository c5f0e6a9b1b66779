// @ts-check
// The exact vector scan of the embedded store, in a worker thread: scoring every document vector of
// the catalog takes milliseconds of CPU that the server's event loop spends on other requests
// meanwhile. The vectors live in the store's shared WebAssembly memory, read by the SIMD kernel
// (dot-kernel.mjs); nothing is copied. Plain JavaScript: worker threads load it as it is, from the
// sources under test and from dist/.
import { parentPort } from 'node:worker_threads';
import { loadDotKernel } from './dot-kernel.mjs';

/**
 * Byte offsets into `memory` of each region; rows are `stride` floats apart.
 * @typedef {{ memory: WebAssembly.Memory, precision: 'fp32' | 'int8', dimensions: number, stride: number, count: number,
 *   docs: number, sentences: number, titles: number, docScales: number, sentenceScales: number, titleScales: number,
 *   query: number, out: number,
 *   docWeights: Float32Array, sentenceStart: Int32Array, titleStart: Int32Array }} Content
 * @typedef {{ id: number, vector: Float32Array, limit: number, secondStage: number, docsOnly: boolean,
 *   allowed: Uint8Array | null, also: Int32Array, exclude: Int32Array }} Search
 * @typedef {Awaited<ReturnType<typeof loadDotKernel>>} Kernel
 */

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
/** @type {Promise<{ content: Content, kernel: Kernel }> | undefined} */
let current;

port.on('message', async (/** @type {{ type: 'content', content: Content } | { type: 'search', search: Search }} */ message) => {
  if (message.type === 'content') {
    const content = message.content;
    current = loadDotKernel(content.memory).then((kernel) => ({ content, kernel }));
    return;
  }
  const { id } = message.search;
  try {
    const loaded = current && (await current);
    const hits = loaded ? scan(loaded.content, loaded.kernel, message.search) : empty();
    port.postMessage({ id, ...hits }, [hits.positions.buffer, hits.doc.buffer, hits.sentence.buffer, hits.title.buffer]);
  } catch (error) {
    port.postMessage({ id, error: /** @type {Error} */ (error).message });
  }
});

/**
 * Docs of every allowed anime; sentences and titles (unless `docsOnly`) of the `secondStage` best of
 * them and of the `also` candidates; the `limit` best by their best vector, plus every `also` one.
 * @param {Content} c  @param {Kernel} kernel  @param {Search} q
 */
function scan(c, kernel, q) {
  const { count, stride } = c;
  const query = new Float32Array(c.memory.buffer, c.query, stride).fill(0);
  query.set(q.vector);
  const int8 = c.precision === 'int8';
  if (int8) kernel.scan8(c.docs, c.docScales, c.query, count, stride, c.out);
  else kernel.scan(c.docs, c.query, count, stride, c.out);
  const dots = new Float32Array(c.memory.buffer, c.out, count);
  const docScores = new Float32Array(count).fill(-Infinity);
  for (let i = 0; i < count; i++) if (!q.allowed || q.allowed[i] === 1) docScores[i] = dots[i] * c.docWeights[i];
  for (const i of q.exclude) docScores[i] = -Infinity;
  const { mean, deviation } = spread(docScores);
  const candidates = new Set(topIndexes(docScores, Math.max(q.secondStage, q.limit)));
  for (const i of q.also) if (docScores[i] > -Infinity) candidates.add(i);
  const rowBytes = int8 ? stride : stride * 4;
  const best = (/** @type {number} */ matrix, /** @type {number} */ scales, /** @type {Int32Array} */ start, /** @type {number} */ i) =>
    int8
      ? kernel.best8(matrix + start[i] * rowBytes, scales + start[i] * 4, c.query, start[i + 1] - start[i], stride)
      : kernel.best(matrix + start[i] * rowBytes, c.query, start[i + 1] - start[i], stride);
  const hits = [...candidates].map((i) => ({
    i,
    doc: docScores[i],
    sentence: q.docsOnly ? -1 : best(c.sentences, c.sentenceScales, c.sentenceStart, i),
    title: q.docsOnly ? -1 : best(c.titles, c.titleScales, c.titleStart, i),
  }));
  const maxOf = (/** @type {{ doc: number, sentence: number, title: number }} */ h) => Math.max(h.doc, h.sentence, h.title);
  hits.sort((a, b) => maxOf(b) - maxOf(a));
  const also = new Set(q.also);
  const kept = hits.filter((hit, rank) => rank < q.limit || also.has(hit.i));
  return {
    mean,
    deviation,
    positions: Int32Array.from(kept, (h) => h.i),
    doc: Float32Array.from(kept, (h) => h.doc),
    sentence: Float32Array.from(kept, (h) => h.sentence),
    title: Float32Array.from(kept, (h) => h.title),
  };
}

/** Mean and standard deviation of the finite scores. */
function spread(/** @type {Float32Array} */ scores) {
  let n = 0;
  let sum = 0;
  let squares = 0;
  for (const score of scores) {
    if (score === -Infinity) continue;
    n++;
    sum += score;
    squares += score * score;
  }
  const mean = n ? sum / n : 0;
  return { mean, deviation: n ? Math.sqrt(Math.max(0, squares / n - mean * mean)) : 0 };
}

function empty() {
  return {
    mean: 0,
    deviation: 0,
    positions: new Int32Array(0),
    doc: new Float32Array(0),
    sentence: new Float32Array(0),
    title: new Float32Array(0),
  };
}

/** Indexes of the `k` highest finite scores (ties at the threshold included), in index order. */
function topIndexes(/** @type {Float32Array} */ scores, /** @type {number} */ k) {
  const finite = scores.filter((score) => score > -Infinity);
  if (finite.length <= k) return indexesAtLeast(scores, -Number.MAX_VALUE, k);
  return indexesAtLeast(scores, kthLargest(finite, k), k);
}

/** The k-th largest value of `values` (reordered in place): quickselect, linear on average. */
function kthLargest(/** @type {Float32Array} */ values, /** @type {number} */ k) {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] > pivot) i++;
      while (values[j] < pivot) j--;
      if (i <= j) {
        const swap = values[i];
        values[i++] = values[j];
        values[j--] = swap;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target];
}

function indexesAtLeast(/** @type {Float32Array} */ scores, /** @type {number} */ threshold, /** @type {number} */ k) {
  /** @type {number[]} */
  const picked = [];
  for (let i = 0; i < scores.length && picked.length < k; i++) if (scores[i] >= threshold) picked.push(i);
  return picked;
}
