// @ts-check
// The exact vector scan of the embedded store, in a worker thread: scoring every document vector of
// the catalog takes milliseconds of CPU that the server's event loop spends on other requests
// meanwhile. The vectors live in SharedArrayBuffers the store filled; nothing is copied.
// Plain JavaScript: worker threads load it as it is, from the sources under test and from dist/.
import { parentPort } from 'node:worker_threads';

/**
 * @typedef {{ dimensions: number, count: number, docs: Float32Array, docWeights: Float32Array,
 *   sentences: Float32Array, sentenceStart: Int32Array, titles: Float32Array, titleStart: Int32Array }} Content
 * @typedef {{ id: number, vector: Float32Array, limit: number, secondStage: number,
 *   allowed: Uint8Array | null, also: Int32Array, exclude: Int32Array }} Search
 */

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
/** @type {Content | undefined} */
let content;

port.on('message', (/** @type {{ type: 'content', content: Content } | { type: 'search', search: Search }} */ message) => {
  if (message.type === 'content') {
    content = message.content;
    return;
  }
  const { id } = message.search;
  try {
    const hits = content ? scan(content, message.search) : empty();
    port.postMessage({ id, ...hits }, [hits.positions.buffer, hits.doc.buffer, hits.sentence.buffer, hits.title.buffer]);
  } catch (error) {
    port.postMessage({ id, error: /** @type {Error} */ (error).message });
  }
});

/**
 * Docs of every allowed anime; sentences and titles of the `secondStage` best of them and of the
 * `also` candidates; the `limit` best by their best vector, plus every `also` one.
 * @param {Content} c  @param {Search} q
 */
function scan(c, q) {
  const { dimensions, count } = c;
  const docScores = new Float32Array(count).fill(-Infinity);
  for (let i = 0; i < count; i++) {
    if (q.allowed && q.allowed[i] === 0) continue;
    docScores[i] = dot(c.docs, i * dimensions, q.vector, dimensions) * c.docWeights[i];
  }
  for (const i of q.exclude) docScores[i] = -Infinity;
  const candidates = new Set(topIndexes(docScores, Math.max(q.secondStage, q.limit)));
  for (const i of q.also) if (docScores[i] > -Infinity) candidates.add(i);
  const hits = [...candidates].map((i) => ({
    i,
    doc: docScores[i],
    sentence: best(c.sentences, c.sentenceStart[i], c.sentenceStart[i + 1], q.vector, dimensions),
    title: best(c.titles, c.titleStart[i], c.titleStart[i + 1], q.vector, dimensions),
  }));
  const maxOf = (/** @type {{ doc: number, sentence: number, title: number }} */ h) => Math.max(h.doc, h.sentence, h.title);
  hits.sort((a, b) => maxOf(b) - maxOf(a));
  const also = new Set(q.also);
  const kept = hits.filter((hit, rank) => rank < q.limit || also.has(hit.i));
  return {
    positions: Int32Array.from(kept, (h) => h.i),
    doc: Float32Array.from(kept, (h) => h.doc),
    sentence: Float32Array.from(kept, (h) => h.sentence),
    title: Float32Array.from(kept, (h) => h.title),
  };
}

function empty() {
  return { positions: new Int32Array(0), doc: new Float32Array(0), sentence: new Float32Array(0), title: new Float32Array(0) };
}

/** @param {Float32Array} matrix  @param {number} offset  @param {Float32Array} vector  @param {number} dimensions */
function dot(matrix, offset, vector, dimensions) {
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

/** Best cosine of `vector` with rows `from` .. `to` - 1 of `matrix`; -1 when there are none. */
function best(/** @type {Float32Array} */ matrix, /** @type {number} */ from, /** @type {number} */ to, /** @type {Float32Array} */ vector, /** @type {number} */ dimensions) {
  let top = -1;
  for (let row = from; row < to; row++) top = Math.max(top, dot(matrix, row * dimensions, vector, dimensions));
  return top;
}

/** Indexes of the `k` highest finite scores. */
function topIndexes(/** @type {Float32Array} */ scores, /** @type {number} */ k) {
  // A typed array sorts natively, -Infinity (filtered out) first.
  const sorted = scores.slice().sort();
  const threshold = Math.max(sorted[Math.max(0, sorted.length - k)], -Number.MAX_VALUE);
  /** @type {number[]} */
  const picked = [];
  for (let i = 0; i < scores.length && picked.length < k; i++) if (scores[i] >= threshold) picked.push(i);
  return picked;
}
