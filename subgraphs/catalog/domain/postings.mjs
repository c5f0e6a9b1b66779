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
 * @param {readonly (readonly string[][])[]} documents documents[d][f]: the words of field f of document d
 * @param {readonly number[]} boosts one per field
 * @param {readonly (readonly number[])[]} [lengths] lengths[d][f]: the length BM25 uses for that field
 *   (default: its number of words)
 * @returns {Postings}
 */
export function buildPostings(documents, boosts, lengths) {
  /** @type {Map<string, number>} */
  const termIds = new Map();
  for (const fields of documents) for (const words of fields) for (const word of words) if (!termIds.has(word)) termIds.set(word, termIds.size);
  const terms = [...termIds.keys()];
  const sortedTerms = Int32Array.from(terms.keys()).sort((a, b) => (terms[a] < terms[b] ? -1 : terms[a] > terms[b] ? 1 : 0));
  const seenIn = new Int32Array(terms.length).fill(-1);
  const documentFrequency = new Int32Array(terms.length);
  documents.forEach((fields, d) => {
    for (const words of fields) {
      for (const word of words) {
        const t = /** @type {number} */ (termIds.get(word));
        if (seenIn[t] !== d) (seenIn[t] = d), documentFrequency[t]++;
      }
    }
  });
  const fields = boosts.map((boost, f) => pack(documents, termIds, f, boost, lengths));
  return { terms, sortedTerms, documentFrequency, fields };
}

/**
 * Every array of `postings`, to hand to another thread without a copy.
 * @param {Postings} postings
 * @returns {ArrayBuffer[]}
 */
export function transferList(postings) {
  const arrays = [postings.sortedTerms, postings.documentFrequency, ...postings.fields.flatMap((f) => [f.start, f.docs, f.counts, f.lengths])];
  return arrays.map((a) => /** @type {ArrayBuffer} */ (a.buffer));
}

/**
 * @param {readonly (readonly string[][])[]} documents
 * @param {Map<string, number>} termIds
 * @param {number} f
 * @param {number} boost
 * @param {readonly (readonly number[])[] | undefined} lengthOf
 * @returns {FieldPostings}
 */
function pack(documents, termIds, f, boost, lengthOf) {
  const terms = termIds.size;
  const lengths = new Uint16Array(documents.length);
  const perDoc = documents.map((fields, d) => {
    /** @type {Map<number, number>} */
    const counts = new Map();
    for (const word of fields[f]) {
      const t = /** @type {number} */ (termIds.get(word));
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    lengths[d] = Math.min(lengthOf ? lengthOf[d][f] : fields[f].length, 0xffff);
    return counts;
  });
  const start = new Int32Array(terms + 1);
  for (const counts of perDoc) for (const t of counts.keys()) start[t + 1]++;
  for (let t = 0; t < terms; t++) start[t + 1] += start[t];
  const fill = start.slice(0, terms);
  const docs = new Int32Array(start[terms]);
  const counts = new Uint16Array(start[terms]);
  perDoc.forEach((termCounts, d) => {
    for (const [t, count] of termCounts) {
      docs[fill[t]] = d;
      counts[fill[t]++] = Math.min(count, 0xffff);
    }
  });
  const total = lengths.reduce((sum, length) => sum + length, 0);
  return { boost, start, docs, counts, lengths, averageLength: Math.max(1, total / Math.max(1, documents.length)) };
}
