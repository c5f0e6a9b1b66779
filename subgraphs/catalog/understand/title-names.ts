// Which anime words name: exactly (a title or synonym, a possessive, a name written as one word, a
// season of a franchise), and whether words that name none still read like a name.
import type { Anime } from '../catalog/anime.js';
import { catalogPrior } from '../catalog/prior.js';
import type { TitleIndex } from '../lexical/title-index.js';
import { followUpPenalty, normalizeTitle, queryForm, titleForm } from '../lexical/title-match.js';
import { STOP_WORDS } from './stop-words.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Whole-name similarity (TitleMatch.title) a typo'd reference must reach: one or two edits in a
 * name ("Atack on Titan" 0.89, "Deth Note" 0.88, "Naurto" 0.82) pass; a common word that merely
 * resembles a title ("romance" → "Walkure Romanze" 0.70) and a name the words only begin (at most
 * 0.85, and mostly far less) do not.
 */
export const STRONG_TITLE = 0.8;
/**
 * A name that is also a tag or a descriptor ("Monster", "Dark", "Military!") is taken for the anime
 * only when the catalog's prior says it is a well-known main work (Monster 0.95; Dark 0.38, Military! 0.86).
 */
export const WELL_KNOWN = 0.9;
export const LONGEST_NAME = 10;
/** Words after a name that say which season or part of it ("season 2", "2nd season", "part ii", "r2"). */
const SEQUEL_MARK = /^(?:season|part|cour|[sr]\d{1,2}|\d{1,2}(?:st|nd|rd|th)?|ii|iii|iv)$/;
const ROMAN: Record<string, number> = { ii: 2, iii: 3, iv: 4 };
/** How many of a franchise's entries are looked through for the season asked for. */
const SEQUEL_CANDIDATES = 10;
/** Words that begin a description rather than a name ("like a girl who…", "i like it", "i watched everything"). */
const NOT_A_NAME_START = new Set(
  'a an some any something anything everything nothing stuff it this that these those them all most my your our his her their one ones'.split(
    ' ',
  ),
);
/** Words that make a run of words a description ("a show where…"). */
const DESCRIBING = new Set(['who', 'whose', 'where', 'when', 'which', 'that', 'about', 'because', 'while']);
/** Unknown words that long at least (not counting stop words and tags) make a run look like a name. */
const NAME_LETTERS = 4;
const LONGEST_UNKNOWN_NAME = 6;

export interface TitleContext {
  vocabulary: Vocabulary;
  titles: TitleIndex | undefined;
  /** The request as written, for the capitals that mark a name. */
  raw: string;
}

export interface Found {
  anime: Anime;
  end: number;
}

/** The best anime named exactly by these words: its own title before a synonym, a main work before a follow-up. */
export function exactName(ctx: TitleContext, words: string[]): Anime | undefined {
  const last = words[words.length - 1];
  // A possessive ends a name ("Frieren's score"); names with "'s" inside ("Kiki's Delivery Service") are kept as written.
  if (last.endsWith("'s")) return exactName(ctx, [...words.slice(0, -1), last.slice(0, -2)]) ?? exactNameAsWritten(ctx, words);
  return exactNameAsWritten(ctx, words);
}

function exactNameAsWritten({ vocabulary, raw }: TitleContext, words: string[]): Anime | undefined {
  const name = normalizeTitle(words.join(' '));
  const joined = words.length === 1;
  const animes = vocabulary.names.get(name) ?? (joined ? vocabulary.joinedNames.get(name) : undefined);
  if (!animes) return undefined;
  const query = queryForm(name);
  let best: Anime | undefined;
  let bestScore = -Infinity;
  for (const anime of animes) {
    const own = titleForm(anime.title);
    const same = own.text === name || (joined && own.text.replace(/ /g, '') === name);
    const score = (same ? 1 : 0.97) - followUpPenalty(query, own) + 0.2 * catalogPrior(anime);
    if (score > bestScore) [best, bestScore] = [anime, score];
  }
  // Everyday words are an anime's name only as its own title, and only if it is well known or written
  // with capitals ("tell me about Amnesia", not "anime with amnesia").
  const ordinary = words.every((word) => vocabulary.tags.has(word) || STOP_WORDS.has(word));
  if (best && ordinary && normalizeTitle(best.title) !== name) return undefined;
  if (best && ordinary && catalogPrior(best) < WELL_KNOWN && !words.some((word) => capitalizedWords(raw).has(word))) return undefined;
  return best;
}

/**
 * A name followed by the season or part it asks for ("Frieren season 2"): the entry of that franchise
 * whose title has the same number ("Sousou no Frieren 2nd Season"), when the catalog has one.
 */
export function sequelOf(ctx: TitleContext, tokens: string[], start: number, end: number, anime: Anime): Found | undefined {
  let stop = end;
  while (stop < tokens.length && stop < end + 3 && SEQUEL_MARK.test(tokens[stop])) stop++;
  const wanted = sequelNumber(tokens.slice(end, stop).join(' '));
  if (wanted === undefined || !ctx.titles) return undefined;
  const main = normalizeTitle(anime.title);
  const matches = ctx.titles.search(`${anime.title} ${tokens.slice(end, stop).join(' ')}`, undefined, SEQUEL_CANDIDATES).matches;
  const sequel = matches.find(({ anime: other }) => {
    const title = normalizeTitle(other.title);
    return other.id !== anime.id && title.startsWith(`${main} `) && sequelNumber(title.slice(main.length + 1)) === wanted;
  });
  return sequel && { anime: sequel.anime, end: stop };
}

/** The season or part number words name: "season 2", "2nd season", "part ii", "s2", "2". */
function sequelNumber(words: string): number | undefined {
  const match =
    /^(?:(?:season|part|cour) (\d{1,2}|ii|iii|iv)|(\d{1,2})(?:st|nd|rd|th)? (?:season|part|cour)|[sr](\d{1,2})|(\d{1,2}|ii|iii|iv))$/.exec(
      words,
    );
  const value = match && (match[1] ?? match[2] ?? match[3] ?? match[4]);
  if (!value) return undefined;
  return ROMAN[value] ?? Number(value);
}

/**
 * Whether words no anime is named by still read like a name: few, not a description, with words no
 * rule knows, one of them capitalized ("Xyzzy Chronicles") or in no name of the catalog ("xyzzy").
 */
export function looksLikeName({ vocabulary, raw }: TitleContext, words: string[]): boolean {
  if (!words.length || words.length > LONGEST_UNKNOWN_NAME || NOT_A_NAME_START.has(words[0])) return false;
  if (words.some((word) => DESCRIBING.has(word))) return false;
  const telling = words
    .map((word) => normalizeTitle(word))
    .filter((word) => word && !STOP_WORDS.has(word) && !vocabulary.tags.has(word) && !/^\d+$/.test(word));
  if (telling.join('').length < NAME_LETTERS) return false;
  const capitalized = capitalizedWords(raw);
  return telling.some((word) => capitalized.has(word) || !vocabulary.nameWords.has(word));
}

/** The words written with a capital, but for the first (lower-cased). */
function capitalizedWords(raw: string): Set<string> {
  const written = raw.split(/[^\p{L}\p{N}]+/u).slice(1);
  return new Set(written.filter((word) => /^\p{Lu}/u.test(word)).map((word) => word.toLowerCase()));
}
