// Word search over what an anime is about: its tags and synopsis (BM25+, prefix on long words).
// Built in a worker thread after a catalog loads: titles are searchable at once, this a second later.
import { Worker } from 'node:worker_threads';
import type { AnimePredicate } from './anime-filter.js';
import type { Catalog } from './catalog.js';
import { InvertedIndex } from './inverted-index.js';
import type { Postings } from './postings.mjs';
import { wordsOf } from './words.mjs';

export interface ContentMatch {
  ordinal: number;
  /** BM25 scaled so the best match has 1. */
  score: number;
  fields: string[];
}

const FIELDS = ['tags', 'synopsis'] as const;
const BOOSTS = [1.5, 1];
/** Query words this long also match the longer words they begin ("samura" -> "samurai"). */
const PREFIX_FROM = 6;
/** Words in more than this share of documents are left out of queries: they cost time and rank next to nothing. */
const COMMON_SHARE = 0.2;

const WORKER_URL = new URL('./content-index.worker.mjs', import.meta.url);

export class ContentIndex {
  private constructor(private readonly index: InvertedIndex) {}

  /** Tokenizes and indexes in a worker thread; requests keep being answered here meanwhile. */
  static async build(catalog: Catalog): Promise<ContentIndex> {
    const texts = catalog.animes.map((anime) => [anime.tags.join(' '), anime.synopsis ?? '']);
    const postings = await new Promise<Postings>((resolve, reject) => {
      const worker = new Worker(WORKER_URL, { workerData: { texts, boosts: BOOSTS } });
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the word index worker exited (code ${code}) before it answered`)));
    });
    return new ContentIndex(new InvertedIndex(postings));
  }

  search(query: string, predicate: AnimePredicate | undefined, limit: number, catalog: Catalog): ContentMatch[] {
    const words = wordsOf(query);
    const telling = words.filter((word) => this.index.frequency(word) <= this.index.size * COMMON_SHARE);
    const hits = this.index.search(telling.length ? telling : words, PREFIX_FROM, predicate && ((doc) => predicate(catalog.animes[doc])));
    const best = hits[0]?.score ?? 1;
    return hits.slice(0, limit).map((hit) => ({
      ordinal: hit.doc,
      score: hit.score / best,
      fields: FIELDS.filter((_, f) => hit.fields & (1 << f)),
    }));
  }
}
