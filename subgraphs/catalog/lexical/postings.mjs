// @ts-check
// Builds the typed arrays of an inverted index (inverted-index.ts searches them): per field and
// term, the documents that contain the term and how often. Plain JavaScript, run by the word index's
// worker thread (content-index.worker.mjs); its arrays are handed back without a copy.

/**
 * @typedef {{ boost: number, start: Int32Array, docs: Int32Array, counts: Uint16Array,
 *   lengths: Uint16Array, averageLength: number }} FieldPostings
 *   Term t's postings are start[t] .. start[t + 1] - 1.
 * @typedef {{ terms: string[], sortedTerms: Int32Array, documentFrequency: Int32Array,
 *   fields: FieldPostings[] }} Postings
 *   terms[t] is term t; sortedTerms lists the term ids in the terms' alphabetical order.
 */

/**
 * Reads the documents one at a time (their words are not all held at once: two million synopsis
 * words as strings took more memory than the whole index).
 * @param {number} count how many documents
 * @param {(d: number) => { words: string[][], lengths?: number[] }} read the words of each field of
 *   document d, and the lengths BM25 uses for them (default: their numbers of words)
 * @param {readonly number[]} boosts one per field
 * @returns {Postings}
 */
export function buildPostings(count, read, boosts) {
  /** @type {Map<string, number>} */
  const termIds = new Map();
  /** @type {number[]} */
  const documentFrequency = [];
  /** @type {number[]} */
  const seenIn = [];
  const fields = boosts.map(() => ({ terms: new IntList(), docs: new IntList(), counts: new IntList(), lengths: new Uint16Array(count) }));
  for (let d = 0; d < count; d++) {
    const { words, lengths } = read(d);
    words.forEach((fieldWords, f) => {
      /** @type {Map<number, number>} */
      const counts = new Map();
      for (const word of fieldWords) {
        let t = termIds.get(word);
        if (t === undefined) {
          t = termIds.size;
          termIds.set(word, t);
          documentFrequency.push(0);
          seenIn.push(-1);
        }
        counts.set(t, (counts.get(t) ?? 0) + 1);
        if (seenIn[t] !== d) {
          seenIn[t] = d;
          documentFrequency[t]++;
        }
      }
      const field = fields[f];
      for (const [t, n] of counts) {
        field.terms.push(t);
        field.docs.push(d);
        field.counts.push(Math.min(n, 0xffff));
      }
      field.lengths[d] = Math.min(lengths ? lengths[f] : fieldWords.length, 0xffff);
    });
  }
  const terms = [...termIds.keys()];
  const sortedTerms = Int32Array.from(terms.keys()).sort((a, b) => (terms[a] < terms[b] ? -1 : terms[a] > terms[b] ? 1 : 0));
  return {
    terms,
    sortedTerms,
    documentFrequency: Int32Array.from(documentFrequency),
    fields: fields.map((field, f) => pack(field, terms.length, boosts[f])),
  };
}

/**
 * Every array of `postings`, to hand to another thread without a copy.
 * @param {Postings} postings
 * @returns {ArrayBuffer[]}
 */
export function transferList(postings) {
  const arrays = [
    postings.sortedTerms,
    postings.documentFrequency,
    ...postings.fields.flatMap((f) => [f.start, f.docs, f.counts, f.lengths]),
  ];
  return arrays.map((a) => /** @type {ArrayBuffer} */ (a.buffer));
}

/**
 * Groups one field's (term, document, count) triples, in document order, by term.
 * @param {{ terms: IntList, docs: IntList, counts: IntList, lengths: Uint16Array }} field
 * @param {number} termCount
 * @param {number} boost
 * @returns {FieldPostings}
 */
function pack({ terms, docs, counts, lengths }, termCount, boost) {
  const start = new Int32Array(termCount + 1);
  for (let p = 0; p < terms.length; p++) start[terms.at(p) + 1]++;
  for (let t = 0; t < termCount; t++) start[t + 1] += start[t];
  const fill = start.slice(0, termCount);
  const packedDocs = new Int32Array(terms.length);
  const packedCounts = new Uint16Array(terms.length);
  for (let p = 0; p < terms.length; p++) {
    const at = fill[terms.at(p)]++;
    packedDocs[at] = docs.at(p);
    packedCounts[at] = counts.at(p);
  }
  const total = lengths.reduce((sum, length) => sum + length, 0);
  return { boost, start, docs: packedDocs, counts: packedCounts, lengths, averageLength: Math.max(1, total / Math.max(1, lengths.length)) };
}

/** A growable list of 32-bit integers. */
class IntList {
  values = new Int32Array(1024);
  length = 0;

  /** @param {number} value */
  push(value) {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  /** @param {number} i */
  at(i) {
    return this.values[i];
  }
}
