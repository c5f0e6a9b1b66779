// @ts-check
// Builds the word index of one catalog in a worker thread: tokenizing two million synopsis words
// and packing their postings takes about a second of CPU, which the server's own thread spends on
// requests and on the vectors meanwhile. Receives each anime's tags and synopsis, answers with the
// index's arrays (transferred, not copied) and exits.
import { parentPort, workerData } from 'node:worker_threads';
import { buildPostings, transferList } from './postings.mjs';
import { wordsOf } from './words.mjs';

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
const { texts, boosts } = /** @type {{ texts: string[][], boosts: number[] }} */ (workerData);
const postings = buildPostings(texts.map((fields) => fields.map(wordsOf)), boosts);
port.postMessage(postings, transferList(postings));
