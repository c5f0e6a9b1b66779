// Deterministic, never-repeating search queries of the kinds hybrid search serves: a synopsis sentence
// said shorter and a little out of order (as someone describing an anime), and titles with a typo.
import { readFile } from 'node:fs/promises';
import { buildQueries, mulberry32, type CatalogTitles } from './queries.js';
import { shuffled } from './shuffle.js';

const TYPOS_PER_DESCRIPTIVE = 0.3;
const MIN_WORDS = 4;
const MAX_WORDS = 12;
const STOPWORDS = new Set(
  'a an the of to in on at for with and or but is are was were be been by as from that this who which his her their its it they he she'.split(
    ' ',
  ),
);
// Credits that synopses carry; they describe no anime.
const BOILERPLATE = /\[(written by|source:)[^\]]*\]|\((source|written by):[^)]*\)|source:\s*\S+\s*$/gi;
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The synopsis texts of a `{ "<id or URL>": "synopsis" }` file. */
export async function readSynopses(path: string): Promise<string[]> {
  const file = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  return Object.values(file).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
}

export class QuerySource {
  private readonly queries: Iterator<string>;

  /** `exclude`: lower-cased queries never to produce (the evaluation set's). */
  constructor(synopses: readonly string[], titles: readonly CatalogTitles[], exclude: ReadonlySet<string>, seed: number) {
    this.queries = generate(synopses, titles, exclude, seed);
  }

  /** The next query, or undefined once no new one can be made. */
  next(): string | undefined {
    const { value, done } = this.queries.next();
    return done ? undefined : value;
  }

  take(count: number): string[] {
    const taken: string[] = [];
    while (taken.length < count) {
      const query = this.next();
      if (query === undefined) break;
      taken.push(query);
    }
    return taken;
  }
}

function* generate(
  synopses: readonly string[],
  titles: readonly CatalogTitles[],
  exclude: ReadonlySet<string>,
  seed: number,
): Generator<string> {
  const random = mulberry32(seed);
  // Bounded so that a small catalog does not spend long hunting for distinct typos.
  const typos = buildQueries(titles, Math.min(12_000, titles.length * 2), seed)
    .filter((q) => q.kind === 'typo')
    .map((q) => q.text);
  const order = shuffled(synopses, random);
  const seen = new Set(exclude);
  let failures = 0;
  if (order.length === 0) return;
  const fresh = (text: string | undefined): text is string => {
    if (!text || seen.has(text.toLowerCase())) return false;
    seen.add(text.toLowerCase());
    return true;
  };
  while (failures < 5_000) {
    for (const synopsis of order) {
      if (typos.length > 0 && random() < TYPOS_PER_DESCRIPTIVE) {
        const typo = typos.shift();
        if (fresh(typo)) yield typo;
      }
      const sentences = sentencesOf(synopsis);
      const query = sentences.length ? paraphraseLite(sentences[Math.floor(random() * sentences.length)], random) : undefined;
      if (fresh(query)) {
        failures = 0;
        yield query;
      } else if (++failures >= 5_000) {
        return;
      }
    }
  }
}

function sentencesOf(synopsis: string): string[] {
  const text = synopsis.replace(BOILERPLATE, ' ').replace(/\s+/g, ' ');
  return [...segmenter.segment(text)].map((s) => s.segment.trim()).filter((s) => s.split(' ').length >= MIN_WORDS + 2);
}

/** Lower-cased, most little words and some others dropped, a window of at most 12 words, one pair swapped. */
function paraphraseLite(sentence: string, random: () => number): string | undefined {
  let words = sentence
    .toLowerCase()
    .replace(/[^\p{L}\p{N}'\- ]+/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && (STOPWORDS.has(w) ? random() < 0.4 : random() < 0.85));
  if (words.length > MAX_WORDS) {
    const length = MAX_WORDS - 4 + Math.floor(random() * 5);
    const start = Math.floor(random() * (words.length - length + 1));
    words = words.slice(start, start + length);
  }
  if (words.length < MIN_WORDS) return undefined;
  const at = Math.floor(random() * (words.length - 1));
  [words[at], words[at + 1]] = [words[at + 1], words[at]];
  return words.join(' ');
}
