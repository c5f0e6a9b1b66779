// Title references: the words after "like", "if I liked", "tell me about"… (or anywhere in a
// schedule or rating question) resolved to anime, exactly by name first (a map lookup), else with
// the catalog's typo-tolerant title search, accepting only a strong match.
import type { Anime } from '../catalog/anime.js';
import { catalogPrior } from '../catalog/prior.js';
import type { TitleIndex } from '../lexical/title-index.js';
import { followUpPenalty, normalizeTitle, queryForm, titleForm } from '../lexical/title-match.js';
import type { Draft, TitleReference } from './parameters.js';
import { BOUNDARY, type Phrase } from './phrase.js';
import { STOP_WORDS } from './stop-words.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Whole-name similarity (TitleMatch.title) a typo'd reference must reach: one or two edits in a
 * name ("Atack on Titan" 0.89, "Deth Note" 0.88, "Naurto" 0.82) pass; a common word that merely
 * resembles a title ("romance" → "Walkure Romanze" 0.70) and a name the words only begin (at most
 * 0.85, and mostly far less) do not.
 */
const STRONG_TITLE = 0.8;
/**
 * A name that is also a tag or a descriptor ("Monster", "Dark", "Military!") is taken for the anime
 * only when the catalog's prior says it is a well-known main work (Monster 0.95; Dark 0.38, Military! 0.86).
 */
const WELL_KNOWN = 0.9;
const LONGEST_NAME = 10;
/** Typo'd names are searched for at most this many spans per reference (each search costs ~1-10 ms on the full catalog). */
const TYPO_TRIES = 3;
const CONNECTORS = new Set([',', 'and', 'or', '&', 'plus', 'also', 'both', 'nor', 'then']);
/** Words after which a typo'd title does not go on (an exact name may still contain them). */
const SPAN_END = new Set([',', 'but', 'though', 'except', 'without', 'please', 'with', 'which', 'that', 'and', 'or']);

export const LIKED_CUE =
  /\b(?:(?:if|since|because|as) )?(?:i|we|i've|ive|i have|i really|i also|i already|i just) (?:really |also |already |just |have )?(?:liked|loved|enjoyed|like|love|adore|adored|watched|finished|dig|dug)\b|\bfans? of\b|\bafter (?:watching|finishing)\b/g;
export const SIMILAR_CUE =
  /\b(?<!\b(?:would|i'd|we'd|id|feel|feels|look|looks|sound|sounds|seem|seems) )(?:like|similar to|such as|in the (?:vein|style) of|reminds? me of|along the lines of|comparable to|(?:the )?same (?:vibe|vibes|feel|style) as|akin to|close to)\b/g;

export interface TitleContext {
  vocabulary: Vocabulary;
  titles: TitleIndex | undefined;
}

interface Found {
  anime: Anime;
  end: number;
}

/** The best anime named exactly by these words: its own title before a synonym, a main work before a follow-up. */
function exactName({ vocabulary }: TitleContext, words: string[]): Anime | undefined {
  const name = normalizeTitle(words.join(' '));
  const animes = vocabulary.names.get(name);
  if (!animes) return undefined;
  const query = queryForm(name);
  let best: Anime | undefined;
  let bestScore = -Infinity;
  for (const anime of animes) {
    const own = titleForm(anime.title);
    const score = (own.text === name ? 1 : 0.97) - followUpPenalty(query, own) + 0.2 * catalogPrior(anime);
    if (score > bestScore) [best, bestScore] = [anime, score];
  }
  const ordinary = words.every((word) => vocabulary.tags.has(word) || STOP_WORDS.has(word));
  if (best && ordinary && (normalizeTitle(best.title) !== name || catalogPrior(best) < WELL_KNOWN)) return undefined;
  return best;
}

function longestName(ctx: TitleContext, tokens: string[], start: number): Found | undefined {
  const comma = tokens.indexOf(',', start);
  const limit = Math.min(comma < 0 ? tokens.length : comma, start + LONGEST_NAME);
  for (let end = limit; end > start; end--) {
    const anime = exactName(ctx, tokens.slice(start, end));
    if (anime) return { anime, end };
  }
  if (!ctx.titles) return undefined;
  let stop = start + 1;
  while (stop < limit && !SPAN_END.has(tokens[stop])) stop++;
  let tries = 0;
  for (let end = stop; end > start && tries < TYPO_TRIES; end--) {
    const words = tokens.slice(start, end);
    const telling = words.filter((word) => !STOP_WORDS.has(word) && !ctx.vocabulary.tags.has(word));
    if (telling.join('').length < 4) continue;
    tries++;
    const match = ctx.titles.search(words.join(' '), undefined, 1).matches[0];
    if (match && match.title >= STRONG_TITLE) return { anime: match.anime, end };
  }
  return undefined;
}

/** Titles from `start`, joined by "and", "or" and commas; how many tokens they used. */
function titlesFrom(ctx: TitleContext, tokens: string[], start: number): { refs: TitleReference[]; end: number } {
  const refs: TitleReference[] = [];
  let at = start;
  let end = start;
  while (at < tokens.length) {
    const found = longestName(ctx, tokens, at);
    if (!found) break;
    refs.push({ id: found.anime.id, title: found.anime.title, words: tokens.slice(at, found.end).join(' ') });
    end = at = found.end;
    while (at < tokens.length && CONNECTORS.has(tokens[at])) at++;
    if (at === end) break;
  }
  return { refs, end };
}

function addReferences(draft: Draft, refs: TitleReference[], role: string): void {
  for (const ref of refs) {
    if (draft.similarTo.some((known) => known.id === ref.id)) continue;
    draft.similarTo.push(ref);
    draft.reasons.push(`"${ref.words}": ${role} ${ref.title} (${ref.id})`);
  }
}

/** Each match of `cue` followed by titles: the cue and the titles are used; a cue without one stays. */
export function takeTitlesAfter(phrase: Phrase, draft: Draft, ctx: TitleContext, cue: RegExp, role: string): number {
  let found = 0;
  const pattern = new RegExp(cue.source, 'g');
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(phrase.text))) {
    const before = phrase.text.slice(0, match.index);
    const after = phrase.text.slice(match.index + match[0].length).trim();
    const bar = after.indexOf(BOUNDARY);
    const span = (bar < 0 ? after : after.slice(0, bar)).trim();
    const tokens = span ? span.split(' ') : [];
    const { refs, end } = titlesFrom(ctx, tokens, 0);
    if (!refs.length) continue;
    found += refs.length;
    draft.reasons.push(`"${match[0].trim()}": ${role}`);
    addReferences(draft, refs, role);
    const rest = [...tokens.slice(end), bar < 0 ? '' : after.slice(bar)].join(' ');
    phrase.text = `${before} ${BOUNDARY} ${rest}`.replace(/\s+/g, ' ').trim();
    pattern.lastIndex = before.length + 3;
  }
  return found;
}

/** The longest anime name anywhere in what is left (for a question about one anime whose title has no cue before it). */
export function takeTitleAnywhere(phrase: Phrase, draft: Draft, ctx: TitleContext, role: string): void {
  const tokens = phrase.tokens();
  let best: { start: number; found: Found } | undefined;
  const segments: [number, number][] = [];
  let from = 0;
  tokens.forEach((token, i) => {
    if (token === BOUNDARY) {
      segments.push([from, i]);
      from = i + 1;
    }
  });
  segments.push([from, tokens.length]);
  for (const [start, end] of segments) {
    const segment = tokens.slice(start, end);
    for (let i = 0; i < segment.length; i++) {
      const found = longestName({ ...ctx, titles: undefined }, segment, i);
      if (found && (!best || found.end - i > best.found.end - best.start))
        best = { start: start + i, found: { ...found, end: start + found.end } };
    }
  }
  if (!best && ctx.titles) {
    // A misspelled name: the longest run of words no rule used, as it is, then without the stop words
    // around it ("one" begins "One Piece").
    const [start, end] = segments.sort((a, b) => b[1] - b[0] - (a[1] - a[0]))[0];
    const run = tokens.slice(start, end).filter((word) => word !== ',');
    for (const words of [run, trimStopWords(run)]) {
      const match = words.length ? ctx.titles.search(words.join(' '), undefined, 1).matches[0] : undefined;
      if (match && match.title >= STRONG_TITLE) {
        addReferences(draft, [{ id: match.anime.id, title: match.anime.title, words: words.join(' ') }], role);
        phrase.setTokens([...tokens.slice(0, start), BOUNDARY, ...tokens.slice(end)]);
        return;
      }
    }
    return;
  }
  if (!best) return;
  const { start, found } = best;
  addReferences(draft, [{ id: found.anime.id, title: found.anime.title, words: tokens.slice(start, found.end).join(' ') }], role);
  phrase.setTokens([...tokens.slice(0, start), BOUNDARY, ...tokens.slice(found.end)]);
}

/** The words without the stop words (and commas) at either end. */
function trimStopWords(words: string[]): string[] {
  const telling = (word: string) => !STOP_WORDS.has(word) && word !== ',';
  const first = words.findIndex(telling);
  if (first < 0) return [];
  let last = words.length - 1;
  while (!telling(words[last])) last--;
  return words.slice(first, last + 1);
}
