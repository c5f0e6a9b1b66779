// @ts-check
// How names and texts are folded into words, shared by the title index, the word index and the
// queries. Plain JavaScript: the worker that builds the word index (content-index.worker.mjs) loads
// it as it is, from the sources under test and from dist/, and must fold exactly as queries do.

/**
 * Lower case, no accents or punctuation, single spaces.
 * @param {string} text
 * @returns {string}
 */
export function normalizeTitle(text) {
  // Most names are plain ASCII: skip Unicode decomposition for them (it dominates the index build).
  if (/^[\x20-\x7e]*$/.test(text)) {
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Words too common in synopses to tell anime apart.
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by for from has have he her his in into is it its of on or she so than that the their ' +
    'them then there they this to was were when which while who with after before about over under not no one two all ' +
    'also can will would more most other some such only own same very just'
  ).split(' '),
);

const NOT_A_WORD = /[^\p{L}\p{N}]+/u;
const ASCII_WORD = /^[a-z0-9]*$/;

/**
 * Lower case, accents and punctuation dropped, stop words and single letters left out.
 * @param {string} text
 * @returns {string[]}
 */
export function wordsOf(text) {
  /** @type {string[]} */
  const words = [];
  // Splitting first and folding only the words that need it is twice as fast as folding the text.
  for (const token of text.toLowerCase().split(NOT_A_WORD)) {
    const word = ASCII_WORD.test(token) ? token : normalizeTitle(token);
    if (word.length >= 2 && !STOP_WORDS.has(word)) words.push(word);
  }
  return words;
}
