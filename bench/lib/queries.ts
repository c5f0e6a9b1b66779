// Deterministic title-search queries drawn from a catalog file, in the shapes users type them.
import { readFile } from 'node:fs/promises';

export type QueryKind = 'exact' | 'lower' | 'prefix' | 'typo' | 'synonym';

export interface BenchQuery {
  kind: QueryKind;
  text: string;
}

export interface CatalogTitles {
  title: string;
  synonyms: string[];
}

const MIX: readonly [QueryKind, number][] = [
  ['exact', 0.25],
  ['lower', 0.15],
  ['prefix', 0.2],
  ['typo', 0.25],
  ['synonym', 0.15],
];

// Romaji is ASCII too, so an English synonym is told apart by an English function word in it
// ("to", "a" and "i" left out: they are romaji or Italian words as well).
const ENGLISH_WORDS = new Set(['the', 'of', 'and', 'an', 'in', 'my', 'is', 'are', 'with', 'from', 'for', 'you', 'your', 'who']);

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function readCatalogTitles(path: string): Promise<CatalogTitles[]> {
  const file = JSON.parse(await readFile(path, 'utf8')) as { data?: Partial<CatalogTitles>[] };
  if (!Array.isArray(file.data)) throw new Error(`${path} is not an anime-offline-database file (no "data" array)`);
  return file.data
    .filter((e): e is CatalogTitles => typeof e.title === 'string' && e.title.trim() !== '')
    .map((e) => ({ title: e.title, synonyms: Array.isArray(e.synonyms) ? e.synonyms : [] }));
}

/** `count` distinct queries (fewer only if the catalog cannot yield them), the same for the same seed. */
export function buildQueries(entries: readonly CatalogTitles[], count: number, seed: number): BenchQuery[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const seen = new Set<string>();
  const queries: BenchQuery[] = [];
  for (let slot = 0; queries.length < count && slot < count * 10; slot++) {
    const kind = chooseKind(random());
    // Retry entries for the chosen kind, so that kinds few entries allow (synonym) keep their share.
    for (let attempt = 0; attempt < 200; attempt++) {
      const text = make(kind, pick(entries), random, pick)?.trim();
      if (!text || seen.has(text)) continue;
      seen.add(text);
      queries.push({ kind, text });
      break;
    }
  }
  return queries;
}

function chooseKind(r: number): QueryKind {
  let cumulative = 0;
  for (const [kind, weight] of MIX) {
    cumulative += weight;
    if (r < cumulative) return kind;
  }
  return MIX[MIX.length - 1][0];
}

function make(kind: QueryKind, entry: CatalogTitles, random: () => number, pick: <T>(items: readonly T[]) => T): string | undefined {
  const words = entry.title.split(/\s+/).filter(Boolean);
  switch (kind) {
    case 'exact':
      return entry.title;
    case 'lower':
      return entry.title.toLowerCase();
    case 'prefix':
      // A one-word title's prefix would be the exact title again.
      return words.length < 2 ? undefined : words.slice(0, words.length === 2 || random() < 0.5 ? 1 : 2).join(' ');
    case 'typo': {
      const long = words.map((w, i) => [w, i] as const).filter(([w]) => [...w].length >= 5);
      if (long.length === 0) return undefined;
      const [word, index] = pick(long);
      const typoed = [...words];
      typoed[index] = typo(word, random);
      return typoed.join(' ');
    }
    case 'synonym': {
      const english = entry.synonyms.filter((s) => isEnglish(s) && s.toLowerCase() !== entry.title.toLowerCase());
      return english.length ? pick(english) : undefined;
    }
  }
}

/** One edit inside the word (first letter kept, as people rarely mistype it): drop, swap or replace. */
function typo(word: string, random: () => number): string {
  const chars = [...word];
  const at = 1 + Math.floor(random() * (chars.length - 2)); // never the first or last letter
  const edit = Math.floor(random() * 3);
  if (edit === 0) chars.splice(at, 1);
  else if (edit === 1 && chars[at] !== chars[at + 1]) [chars[at], chars[at + 1]] = [chars[at + 1], chars[at]];
  else chars[at] = replacement(chars[at], random);
  return chars.join('');
}

function replacement(char: string, random: () => number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let next = char;
  while (next.toLowerCase() === char.toLowerCase()) next = letters[Math.floor(random() * letters.length)];
  return next;
}

function isEnglish(text: string): boolean {
  if (!/^[\x20-\x7e]+$/.test(text)) return false;
  return text
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => ENGLISH_WORDS.has(w));
}

export function countByKind(queries: readonly BenchQuery[]): Record<QueryKind, number> {
  const counts: Record<QueryKind, number> = { exact: 0, lower: 0, prefix: 0, typo: 0, synonym: 0 };
  for (const q of queries) counts[q.kind]++;
  return counts;
}
