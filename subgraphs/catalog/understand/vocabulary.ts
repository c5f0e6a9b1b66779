// What the text is matched against, built once per catalog from the catalog itself: its tags (with
// plural/singular and hyphen/space variants), the descriptors of descriptors.ts it has tags for, its
// studios, and every anime name for exact title references.
import type { Anime } from '../catalog/anime.js';
import type { Catalog } from '../catalog/catalog.js';
import { normalizeTitle } from '../lexical/title-match.js';
import { DESCRIPTORS } from './descriptors.js';

export interface TagSense {
  tag: string;
  weight: number;
}

export interface Vocabulary {
  catalog: Catalog;
  /** A normalized phrase ("sci fi", "mechas") to the tags it means, strongest first. */
  tags: ReadonlyMap<string, TagSense[]>;
  /** Longest tag phrase in words. */
  longestTag: number;
  /** A normalized studio name or alias ("kyoto animation", "ghibli") to the catalog's name, and whether it may stand alone. */
  studios: ReadonlyMap<string, { name: string; bare: boolean }>;
  longestStudio: number;
  /** Every normalized name (title or synonym) to the anime that carry it. */
  names: ReadonlyMap<string, Anime[]>;
  /** Every word of a name: a word outside them is no anime's. */
  nameWords: ReadonlySet<string>;
  /** Names of several words written as one ("deathnote", "steinsgate"), where that is not a name itself. */
  joinedNames: ReadonlyMap<string, Anime[]>;
}

// Tags that are everyday words a request uses in another sense ("new", "time", "short", "season"):
// they are only matched inside a longer tag phrase.
export const EVERYDAY: ReadonlySet<string> = new Set(
  (
    'present|place|time|earth|new|season|short|work|club|ending|past|future|foreign|manga|novel|tropes|storytelling|' +
    'sequel|japan|asia|death|summer|winter|spring|fall|autumn|adult|anime influenced|original work'
  ).split('|'),
);
/** Names of at most this many words are also known written as one word. */
const JOINED_WORDS = 3;
/** A tag on fewer anime than this share of the catalog is noise from one site (at least 1). */
const MIN_TAG_SHARE = 1 / 5_000;

const byCatalog = new WeakMap<Catalog, Vocabulary>();

export function vocabularyOf(catalog: Catalog): Vocabulary {
  let vocabulary = byCatalog.get(catalog);
  if (!vocabulary) byCatalog.set(catalog, (vocabulary = buildVocabulary(catalog)));
  return vocabulary;
}

function buildVocabulary(catalog: Catalog): Vocabulary {
  const tagCounts = new Map<string, number>();
  const studioNames = new Set<string>();
  const names = new Map<string, Anime[]>();
  for (const anime of catalog.animes) {
    for (const tag of anime.tags) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
    for (const studio of anime.studios) studioNames.add(studio.toLowerCase());
    for (const name of new Set([anime.title, ...anime.synonyms].map(normalizeTitle))) {
      if (!name) continue;
      const list = names.get(name);
      if (list) list.push(anime);
      else names.set(name, [anime]);
    }
  }
  const minCount = Math.max(1, Math.floor(catalog.size * MIN_TAG_SHARE));
  // Most used first: where two tags read the same ("sci-fi", "sci fi"), the phrase means the commoner.
  const known = new Set(
    [...tagCounts]
      .filter(([, count]) => count >= minCount)
      .sort((a, b) => b[1] - a[1])
      .map(([tag]) => tag),
  );

  const tags = new Map<string, TagSense[]>();
  const add = (phrase: string, senses: TagSense[]) => {
    if (phrase && !tags.has(phrase)) tags.set(phrase, senses);
  };
  // Exact names first, so that a variant never shadows another tag's own name.
  for (const tag of known) if (!EVERYDAY.has(tag)) add(phraseOf(tag), [{ tag, weight: 1 }]);
  for (const tag of known) if (!EVERYDAY.has(tag)) for (const variant of variantsOf(tag)) add(variant, [{ tag, weight: 1 }]);
  for (const [word, senses] of Object.entries(DESCRIPTORS)) {
    const present = senses.filter(([tag]) => known.has(tag)).map(([tag, weight]) => ({ tag, weight }));
    if (present.length && !tags.has(word)) for (const variant of [word, ...variantsOf(word)]) add(variant, present);
  }

  const studios = new Map<string, { name: string; bare: boolean }>();
  for (const name of studioNames) {
    const phrase = normalizeTitle(name);
    // A studio named by two words or more ("kyoto animation") is taken without "by" or "studio" before it.
    studios.set(phrase, { name, bare: phrase.includes(' ') && !phrase.startsWith('studio ') });
    studios.set(phrase.replace(/ /g, ''), { name, bare: false });
    if (phrase.startsWith('studio ')) studios.set(phrase.slice('studio '.length), { name, bare: true });
  }
  const joinedNames = new Map<string, Anime[]>();
  const nameWords = new Set<string>();
  for (const [name, animes] of names) {
    const words = name.split(' ');
    for (const word of words) nameWords.add(word);
    // Only short names are written as one word ("deathnote", "onepiece"), and only they are looked up so.
    if (words.length < 2 || words.length > JOINED_WORDS) continue;
    const joined = words.join('');
    if (names.has(joined)) continue;
    const list = joinedNames.get(joined);
    if (list) list.push(...animes);
    else joinedNames.set(joined, animes.slice());
  }
  const longest = (phrases: Iterable<string>) => Math.max(1, ...[...phrases].map((p) => p.split(' ').length));
  return {
    catalog,
    tags,
    longestTag: longest(tags.keys()),
    studios,
    longestStudio: longest(studios.keys()),
    names,
    nameWords,
    joinedNames,
  };
}

/** "sci-fi & fantasy" → "sci fi and fantasy": how a request would write the tag, normalized. */
function phraseOf(tag: string): string {
  return normalizeTitle(tag.replace(/&/g, 'and'));
}

/** Plural/singular of the last word, without spaces, and with "&" dropped. */
function variantsOf(tag: string): string[] {
  const phrase = phraseOf(tag);
  const words = phrase.split(' ');
  const last = words[words.length - 1];
  const stem = words.slice(0, -1);
  const lasts: string[] = [];
  if (last.endsWith('ies')) lasts.push(`${last.slice(0, -3)}y`);
  else if (/(ss|x|ch|sh)es$/.test(last)) lasts.push(last.slice(0, -2));
  else if (last.endsWith('s') && !last.endsWith('ss')) lasts.push(last.slice(0, -1));
  else if (/(s|x|ch|sh)$/.test(last)) lasts.push(`${last}es`);
  else if (/[^aeiou]y$/.test(last)) lasts.push(`${last.slice(0, -1)}ies`);
  else lasts.push(`${last}s`);
  const variants = lasts.map((word) => [...stem, word].join(' '));
  if (words.length > 1) variants.push(words.join(''));
  if (tag.includes('&')) variants.push(normalizeTitle(tag));
  return variants.filter((variant) => variant.length > 2);
}
