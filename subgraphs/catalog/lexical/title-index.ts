// Lexical title search: BM25+ with fuzzy and prefix matching (MiniSearch's scoring, on typed-array
// postings built in a worker thread) finds candidates by words over the Latin titles and synonyms;
// an exact-name map catches names in any script; candidates are then re-ranked by whole-title
// similarity and a prior from the catalog alone.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Anime } from '../catalog/anime.js';
import type { AnimePredicate } from '../catalog/anime-filter.js';
import type { Catalog } from '../catalog/catalog.js';
import { InvertedIndex, type Match } from './inverted-index.js';
import { catalogPrior } from '../catalog/prior.js';
import {
  followUpPenalty,
  isLatin,
  nameScore,
  normalizeTitle,
  queryForm,
  titleForm,
  type QueryForm,
  type TitleForm,
} from './title-match.js';

export interface TitleMatch {
  anime: Anime;
  score: number;
  /** BM25 over title and synonyms, scaled so the best candidate has 1. */
  lexical: number;
  /** Similarity of the query to the best-matching name (0-1). */
  title: number;
  prior: number;
  matchedName: string;
  matchedFields: string[];
  /** One of its names is the query itself (after folding case, accents and punctuation). */
  exact: boolean;
}

interface NameForm {
  /** 0 for the title, i + 1 for synonyms[i]. */
  position: number;
  form: TitleForm;
}

interface Entry {
  anime: Anime;
  title: TitleForm;
  /** The Latin-script names, the only ones a Latin query can resemble (most queries are Latin). */
  latin: NameForm[];
}

/** How many of the best word matches are re-ranked by title similarity (plus any exact name match). */
const CANDIDATES = 60;
// Word overlap (BM25) only counts for as much as whole-title similarity leaves open: two exact
// names tie on title and are then ordered by the prior, not by how often their synonyms repeat words.
const WEIGHTS = { lexical: 0.5, title: 1, prior: 0.2 };
/** A synonym is a weaker claim than the canonical title: upstream synonyms include a franchise's other names. */
const SYNONYM_DISCOUNT = 0.97;
/** Below this best title similarity the query is likely misspelled beyond one edit per word: search wider. */
const WIDEN_BELOW = 0.8;
/** Words in more titles than this (share, and at least COMMON_WORD_MIN) carry no signal ("no", "the"): left out of the word search. */
const COMMON_WORD_SHARE = 0.02;
const COMMON_WORD_MIN = 50;

/** How one query word may match indexed words: edits allowed (0: none), and whether as a prefix. */
export interface WordOptions {
  fuzzy: (word: string, i: number, words: readonly string[]) => number;
  prefix: (word: string, i: number, words: readonly string[]) => boolean;
}

// A long query (a pasted title, or a description) is matched on exact words: a typo in one of its
// many words still leaves the others to match, and fuzzy matching each of them costs time.
const LONG_QUERY = 5;
const NARROW: WordOptions = {
  fuzzy: (word, _i, words) => (words.length > LONG_QUERY ? 0 : word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0),
  prefix: (word, i, words) => i === words.length - 1 && word.length >= 3,
};
const WIDE: WordOptions = {
  fuzzy: (word) => (word.length >= 5 ? 2 : word.length >= 3 ? 1 : 0),
  prefix: (word) => word.length >= 3,
};
/** The title counts twice a synonym; a prefix match half an exact one, a fuzzy match 0.3, less with each letter or edit. */
const BOOSTS = [2, 1];
const FIELDS = ['title', 'synonyms'];
const prefixWeight = (length: number, extra: number) => (0.5 * length) / (length + 0.3 * extra);
const fuzzyWeight = (length: number, edits: number) => (0.3 * length) / (length + edits);

/**
 * Per distinct query word, the indexed words it matches as MiniSearch matched them for the title
 * index (test/word-index.test.ts holds the two together): itself, longer words it begins, words a
 * few edits away.
 */
export function titleWordMatches(index: InvertedIndex, words: readonly string[], options: WordOptions): Match[][] {
  return [...new Set(words)].map((word, i, distinct) => {
    const prefixed = options.prefix(word, i, distinct) ? index.prefixed(word, prefixWeight) : [];
    const edits = options.fuzzy(word, i, distinct);
    // A word that is both a prefix match and a few edits away counts once, as the prefix match.
    const asPrefix = new Set(prefixed.map(([t]) => t));
    const fuzzy = edits > 0 ? index.fuzzy(word, edits, fuzzyWeight).filter(([t]) => !asPrefix.has(t)) : [];
    return [...index.exact(word), ...prefixed, ...fuzzy];
  });
}

/**
 * The words of an anime for BM25: its title, and each other word of its Latin synonyms once. Synonym
 * lists repeat the title's words many times over; counting them again would only add noise.
 */
function wordDocument({ title, latin }: Entry): string[] {
  const seen = new Set(title.text.split(' '));
  const synonyms: string[] = [];
  for (const { form } of latin) {
    for (const token of form.text.split(' ')) {
      if (!seen.has(token)) {
        seen.add(token);
        synonyms.push(token);
      }
    }
  }
  return [title.text, synonyms.join(' ')];
}

/** An anime's names as the ranking reads them; every name, normalized, goes into `byName`. */
function entryOf(anime: Anime, byName: Map<string, number[]>): Entry {
  const latin: NameForm[] = [];
  const texts = new Set<string>();
  [anime.title, ...anime.synonyms].forEach((name, position) => {
    if (isLatin(name)) {
      const form = titleForm(name);
      // Synonyms that normalize to a name already kept add nothing to ranking but its cost.
      if (!texts.has(form.text)) latin.push({ position, form });
      texts.add(form.text);
    } else {
      texts.add(normalizeTitle(name));
    }
  });
  for (const text of texts) {
    if (!text) continue;
    const ordinals = byName.get(text);
    if (ordinals) ordinals.push(anime.ordinal);
    else byName.set(text, [anime.ordinal]);
  }
  const title = latin[0]?.position === 0 ? latin[0].form : titleForm(anime.title);
  return { anime, title, latin };
}

/** Anime indexed between turns of the event loop: a reload builds this beside the index that serves. */
const BUILD_CHUNK = 1_000;

export class TitleIndex {
  private constructor(
    private readonly entries: readonly Entry[],
    /** Every name (any script), normalized, to the anime that carry it. */
    private readonly byName: ReadonlyMap<string, number[]>,
    private readonly commonWords: ReadonlySet<string>,
    private readonly words: InvertedIndex,
  ) {}

  /**
   * `background`: an index already serves (a reload), so the names are read in chunks, yielding
   * between them, and requests keep being answered meanwhile. The words are indexed in a worker thread.
   */
  static async build(catalog: Catalog, { background }: { background: boolean }): Promise<TitleIndex> {
    const entries: Entry[] = [];
    const byName = new Map<string, number[]>();
    const wordCounts = new Map<string, number>();
    for (let start = 0; start < catalog.animes.length; start += BUILD_CHUNK) {
      for (const anime of catalog.animes.slice(start, start + BUILD_CHUNK)) {
        const entry = entryOf(anime, byName);
        entries.push(entry);
        for (const word of new Set(entry.title.text.split(' '))) wordCounts.set(word, (wordCounts.get(word) ?? 0) + 1);
      }
      if (background) await nextTurn();
    }
    const common = Math.max(COMMON_WORD_MIN, catalog.size * COMMON_WORD_SHARE);
    const commonWords = new Set([...wordCounts].filter(([, count]) => count > common).map(([word]) => word));
    return new TitleIndex(entries, byName, commonWords, await InvertedIndex.build('titles', entries.map(wordDocument), BOOSTS));
  }

  /** Best matches first; `total` counts every anime that matched the query words and the filter. */
  search(query: string, predicate: AnimePredicate | undefined, limit: number): { matches: TitleMatch[]; total: number } {
    const normalized = queryForm(query);
    if (!normalized.text) return { matches: [], total: 0 };
    let found = this.find(normalized, predicate, NARROW);
    // Widening is for a misspelled title; a long query is a description, and widening it is costly.
    if ((found.matches[0]?.title ?? 0) < WIDEN_BELOW && normalized.tokens.length <= LONG_QUERY) {
      const wide = this.find(normalized, predicate, WIDE);
      if ((wide.matches[0]?.score ?? 0) > (found.matches[0]?.score ?? 0)) found = wide;
    }
    return { matches: found.matches.slice(0, limit), total: found.total };
  }

  private find(query: QueryForm, predicate: AnimePredicate | undefined, options: WordOptions) {
    const words = query.tokens;
    const telling = words.filter((word) => !this.commonWords.has(word));
    const results = this.words.search(
      titleWordMatches(this.words, telling.length ? telling : words, options),
      predicate && ((doc) => predicate(this.entries[doc].anime)),
    );
    const lexicalScores = new Map<number, { score: number; fields: string[] }>();
    // A description is rarely a title: compare fewer names with it (each comparison grows with its length).
    for (const hit of results.slice(0, words.length > LONG_QUERY ? CANDIDATES / 3 : CANDIDATES)) {
      lexicalScores.set(hit.doc, { score: hit.score, fields: FIELDS.filter((_, f) => hit.fields & (1 << f)) });
    }
    const exact = (this.byName.get(query.text) ?? []).filter((ordinal) => !predicate || predicate(this.entries[ordinal].anime));
    for (const ordinal of exact) if (!lexicalScores.has(ordinal)) lexicalScores.set(ordinal, { score: 0, fields: ['synonyms'] });

    const best = Math.max(1e-9, ...[...lexicalScores.values()].map((v) => v.score));
    const latinQuery = isLatin(query.text);
    const named = new Set(exact);
    const matches = [...lexicalScores].map(([ordinal, { score, fields }]) =>
      this.rank(query, latinQuery, this.entries[ordinal], score / best, fields, named.has(ordinal)),
    );
    matches.sort((a, b) => b.score - a.score || a.anime.ordinal - b.anime.ordinal);
    const found = new Set(results.map((hit) => hit.doc));
    const total = results.length + exact.filter((ordinal) => !found.has(ordinal)).length;
    return { matches, total };
  }

  private rank(query: QueryForm, latinQuery: boolean, entry: Entry, lexical: number, matchedFields: string[], exact: boolean): TitleMatch {
    const { anime } = entry;
    let title = 0;
    let matchedName = anime.title;
    const names = latinQuery
      ? entry.latin
      : [anime.title, ...anime.synonyms].map((name, position) => ({ position, form: titleForm(name) }));
    for (const { position, form } of names) {
      const score = nameScore(query, form) * (position === 0 ? 1 : SYNONYM_DISCOUNT) - followUpPenalty(query, form);
      if (score > title) {
        title = score;
        matchedName = position === 0 ? anime.title : anime.synonyms[position - 1];
      }
    }
    // The anime's own title tells whether it is a sequel, recap or side story, whatever name matched.
    title -= followUpPenalty(query, entry.title) / 2;
    const prior = catalogPrior(anime);
    return {
      anime,
      score: WEIGHTS.title * title + WEIGHTS.lexical * lexical * Math.max(0, 1 - title) + WEIGHTS.prior * prior,
      lexical,
      title,
      prior,
      matchedName,
      matchedFields,
      exact,
    };
  }
}
