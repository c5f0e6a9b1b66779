// Word search over what an anime is about: its tags and synopsis (BM25+, prefix on long words).
// Built in the background after a catalog loads: titles are searchable at once, this a little later.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { AnimePredicate } from './anime-filter.js';
import type { Catalog } from './catalog.js';
import { InvertedIndex } from './inverted-index.js';
import { normalizeTitle } from './title-match.js';

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

// Words too common in synopses to tell anime apart.
const STOP_WORDS = new Set(
  ('a an and are as at be been but by for from has have he her his in into is it its of on or she so than that the their ' +
    'them then there they this to was were when which while who with after before about over under not no one two all ' +
    'also can will would more most other some such only own same very just').split(' '),
);

/** Words in more than this share of documents are left out of queries: they cost time and rank next to nothing. */
const COMMON_SHARE = 0.2;
/** Anime tokenized between turns of the event loop while the index builds. */
const CHUNK = 1_000;

const NOT_A_WORD = /[^\p{L}\p{N}]+/u;
const ASCII_WORD = /^[a-z0-9]*$/;

/** Lower case, accents and punctuation dropped, stop words and single letters left out. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  // Splitting first and folding only the words that need it is twice as fast as folding the text.
  for (const token of text.toLowerCase().split(NOT_A_WORD)) {
    const word = ASCII_WORD.test(token) ? token : normalizeTitle(token);
    if (word.length >= 2 && !STOP_WORDS.has(word)) words.push(word);
  }
  return words;
}

export class ContentIndex {
  private constructor(private readonly index: InvertedIndex) {}

  /** Tokenizes in chunks, yielding between them, so requests keep being answered meanwhile. */
  static async build(catalog: Catalog): Promise<ContentIndex> {
    const documents: string[][][] = [];
    for (let start = 0; start < catalog.animes.length; start += CHUNK) {
      for (const anime of catalog.animes.slice(start, start + CHUNK)) {
        documents.push([wordsOf(anime.tags.join(' ')), wordsOf(anime.synopsis ?? '')]);
      }
      await nextTurn();
    }
    return new ContentIndex(new InvertedIndex(documents, BOOSTS));
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
