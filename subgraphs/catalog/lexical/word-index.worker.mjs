// @ts-check
// Builds one word index in a worker thread: tokenizing the catalog's titles or its two million
// synopsis words and packing their postings takes up to a second of CPU, which the server's own
// thread spends on requests and on the vectors meanwhile. Receives each anime's field texts, answers
// with the index's arrays (transferred, not copied) and exits.
import { parentPort, workerData } from 'node:worker_threads';
import { buildPostings, transferList } from './postings.mjs';
import { wordsOf } from './words.mjs';

/**
 * "content": free text, folded into words without stop words (words.mjs).
 * "titles": names already normalized (title-match.ts), split at spaces; a field's length is its
 * number of distinct tokens, as MiniSearch counted it for the title search this index replaced.
 * @typedef {{ kind: 'content' | 'titles', texts: string[][], boosts: number[] }} WordIndexJob
 */

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
const { kind, texts, boosts } = /** @type {WordIndexJob} */ (workerData);
const postings =
  kind === 'content'
    ? buildPostings(texts.length, (d) => ({ words: texts[d].map(wordsOf) }), boosts)
    : buildPostings(
        texts.length,
        (d) => {
          const tokens = texts[d].map((text) => text.split(' '));
          return { words: tokens.map((words) => words.filter(Boolean)), lengths: tokens.map((words) => new Set(words).size) };
        },
        boosts,
      );
port.postMessage(postings, transferList(postings));
