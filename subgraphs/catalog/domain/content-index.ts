// Word search over what an anime is about: its tags and synopsis (BM25+, prefix on long words).
// Built in the background after a catalog loads: titles are searchable at once, this a little later.
import MiniSearch from 'minisearch';
import type { AnimePredicate } from './anime-filter.js';
import type { Catalog } from './catalog.js';
import { normalizeTitle } from './title-match.js';

export interface ContentMatch {
  ordinal: number;
  /** BM25 scaled so the best match has 1. */
  score: number;
  fields: string[];
}

// Words too common in synopses to tell anime apart.
const STOP_WORDS = new Set(
  ('a an and are as at be been but by for from has have he her his in into is it its of on or she so than that the their ' +
    'them then there they this to was were when which while who with after before about over under not no one two all ' +
    'also can will would more most other some such only own same very just').split(' '),
);

/** Words in more than this share of documents are left out of queries: they cost time and rank next to nothing. */
const COMMON_SHARE = 0.2;

// MiniSearch's own tokenizer: documents and queries split alike.
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

const wordOf = (term: string): string | null => {
  const word = normalizeTitle(term);
  return word.length < 2 || STOP_WORDS.has(word) ? null : word;
};

export class ContentIndex {
  private readonly words: MiniSearch<{ id: number; tags: string; synopsis: string }>;
  private readonly common = new Set<string>();

  private constructor() {
    this.words = new MiniSearch({
      fields: ['tags', 'synopsis'],
      processTerm: wordOf,
      searchOptions: {
        boost: { tags: 1.5 },
        prefix: (term) => term.length >= 6,
        combineWith: 'OR',
        weights: { fuzzy: 0.3, prefix: 0.4 },
      },
    });
  }

  /** Indexes in chunks, yielding between them, so requests keep being answered meanwhile. */
  static async build(catalog: Catalog): Promise<ContentIndex> {
    const index = new ContentIndex();
    const documents = catalog.animes.map((anime) => ({ id: anime.ordinal, tags: anime.tags.join(' '), synopsis: anime.synopsis ?? '' }));
    await index.words.addAllAsync(documents, { chunkSize: 500 });
    index.findCommonWords(documents);
    return index;
  }

  private findCommonWords(documents: { tags: string; synopsis: string }[]): void {
    const counts = new Map<string, number>();
    for (const { tags, synopsis } of documents) {
      const words = new Set(`${tags} ${synopsis}`.split(SPACE_OR_PUNCTUATION).map(wordOf));
      for (const word of words) if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    for (const [word, count] of counts) if (count > documents.length * COMMON_SHARE) this.common.add(word);
  }

  search(query: string, predicate: AnimePredicate | undefined, limit: number, catalog: Catalog): ContentMatch[] {
    const words = query.split(SPACE_OR_PUNCTUATION).map(wordOf).filter((w): w is string => w !== null);
    const telling = words.filter((word) => !this.common.has(word));
    const results = this.words.search((telling.length ? telling : words).join(' '), {
      processTerm: (term) => term,
      ...(predicate ? { filter: (r) => predicate(catalog.animes[r.id as number]) } : {}),
    });
    const best = results[0]?.score ?? 1;
    return results.slice(0, limit).map((r) => ({
      ordinal: r.id as number,
      score: r.score / best,
      fields: [...new Set(Object.values(r.match).flat())],
    }));
  }
}
