// Word search over what an anime is about: its tags and synopsis (BM25+, prefix on long words).
// Built in a worker thread after a catalog loads: titles are searchable at once, this a second later.
import type { AnimePredicate } from '../catalog/anime-filter.js';
import type { Catalog } from '../catalog/catalog.js';
import { InvertedIndex } from './inverted-index.js';
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
/** A prefix match counts this much of an exact one, less the more letters the indexed word adds. */
const prefixWeight = (length: number, extra: number) => (0.4 * length) / (length + 0.3 * extra);
/** Words in more than this share of documents are left out of queries: they cost time and rank next to nothing. */
const COMMON_SHARE = 0.2;

export class ContentIndex {
  private constructor(private readonly index: InvertedIndex) {}

  /** Tokenizes and indexes in a worker thread; requests keep being answered here meanwhile. */
  static async build(catalog: Catalog): Promise<ContentIndex> {
    const texts = catalog.animes.map((anime) => [anime.tags.join(' '), anime.synopsis ?? '']);
    return new ContentIndex(await InvertedIndex.build('content', texts, BOOSTS));
  }

  search(query: string, predicate: AnimePredicate | undefined, limit: number, catalog: Catalog): ContentMatch[] {
    const words = wordsOf(query);
    const telling = words.filter((word) => this.index.frequency(word) <= this.index.size * COMMON_SHARE);
    const queries = [...new Set(telling.length ? telling : words)].map((word) => [
      ...this.index.exact(word),
      ...(word.length >= PREFIX_FROM ? this.index.prefixed(word, prefixWeight) : []),
    ]);
    const hits = this.index.search(queries, predicate && ((doc) => predicate(catalog.animes[doc])));
    const best = hits[0]?.score ?? 1;
    return hits.slice(0, limit).map((hit) => ({
      ordinal: hit.doc,
      score: hit.score / best,
      fields: FIELDS.filter((_, f) => hit.fields & (1 << f)),
    }));
  }
}
