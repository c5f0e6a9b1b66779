// Title references: the words after "like", "if I liked", "tell me about"… (or anywhere in a
// schedule or rating question) resolved to anime, exactly by name first (a map lookup), else with
// the catalog's typo-tolerant title search, accepting only a strong match.
import { catalogPrior } from '../catalog/prior.js';
import { normalizeTitle } from '../lexical/title-match.js';
import type { Draft, TitleReference } from './parameters.js';
import { BOUNDARY, type Phrase } from './phrase.js';
import { STOP_WORDS } from './stop-words.js';
import { EVERYDAY } from './vocabulary.js';
import {
  exactName,
  LONGEST_NAME,
  looksLikeName,
  sequelOf,
  STRONG_TITLE,
  WELL_KNOWN,
  type Found,
  type TitleContext,
} from './title-names.js';

export type { TitleContext } from './title-names.js';

/** Typo'd names are searched for at most this many spans per reference (each search costs ~1-10 ms on the full catalog). */
const TYPO_TRIES = 3;
const CONNECTORS = new Set([',', 'and', 'or', '&', '+', 'plus', 'also', 'both', 'nor', 'then']);
/** Words after which a typo'd title does not go on (an exact name may still contain them). */
const SPAN_END = new Set([',', 'but', 'though', 'except', 'without', 'please', 'with', 'which', 'that', 'and', 'or']);
const ARTICLES = new Set(['a', 'an']);

export const LIKED_CUE =
  /\b(?:(?:if|since|because|as) )?(?:i|we|i've|ive|i have|i really|i also|i already|i just) (?:really |also |already |just |have )?(?:liked|loved|enjoyed|like|love|adore|adored|watched|finished|dig|dug)\b|\b(?:if|since) (?:you|u) (?:really )?(?:liked|loved|enjoyed|like|love)\b|^(?:really )?(?:liked|loved|enjoyed|adored)\b|\bfans? of\b|\bafter (?:watching|finishing)\b/g;
export const SIMILAR_CUE =
  /\b(?<!\b(?:would|i'd|we'd|id|feel|feels|look|looks|sound|sounds|seem|seems) )(?:like|similar to|such as|in the (?:vein|style) of|reminds? me of|along the lines of|comparable to|(?:the )?same (?:vibe|vibes|feel|style) as|akin to|close to)\b/g;

/** The longest name from `start`: exact, else (with `typos`) a strong typo-tolerant match. */
function longestName(ctx: TitleContext, tokens: string[], start: number, typos = true): Found | undefined {
  const comma = tokens.indexOf(',', start);
  const limit = Math.min(comma < 0 ? tokens.length : comma, start + LONGEST_NAME);
  for (let end = limit; end > start; end--) {
    // A name does not end on a joining word or a bare sign ("Clannad &").
    if (CONNECTORS.has(tokens[end - 1]) || !normalizeTitle(tokens[end - 1])) continue;
    const anime = exactName(ctx, tokens.slice(start, end));
    // "like a girl who…" describes; only a well-known name begins with an article ("A Silent Voice").
    if (anime && ARTICLES.has(tokens[start]) && end - start < 3 && catalogPrior(anime) < WELL_KNOWN) continue;
    // Without a cue before it, an everyday word is a title only as an anime's own title ("in japan" is
    // no question about Yakitate!! Japan).
    const word = end - start === 1 ? normalizeTitle(tokens[start]) : undefined;
    if (anime && !typos && word && EVERYDAY.has(word) && normalizeTitle(anime.title) !== word) continue;
    if (anime) return sequelOf(ctx, tokens, start, end, anime) ?? { anime, end };
  }
  if (!ctx.titles || !typos) return undefined;
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

/**
 * Titles from `start`, joined by "and", "or" and commas; the runs that read like a name but name no
 * anime (`unknown`); how many tokens they used.
 */
function titlesFrom(ctx: TitleContext, tokens: string[], start: number): { refs: TitleReference[]; unknown: string[]; end: number } {
  const refs: TitleReference[] = [];
  const unknown: string[] = [];
  let at = start;
  let end = start;
  while (at < tokens.length) {
    const found = longestName(ctx, tokens, at);
    if (found) {
      refs.push({ id: found.anime.id, title: found.anime.title, words: tokens.slice(at, found.end).join(' ') });
      end = at = found.end;
    } else {
      let stop = at;
      while (stop < tokens.length && !SPAN_END.has(tokens[stop]) && !CONNECTORS.has(tokens[stop])) stop++;
      if (!looksLikeName(ctx, tokens.slice(at, stop))) break;
      unknown.push(tokens.slice(at, stop).join(' '));
      end = at = stop;
    }
    while (at < tokens.length && CONNECTORS.has(tokens[at])) at++;
    if (at === end) break;
  }
  return { refs, unknown, end };
}

function addUnknown(draft: Draft, words: string[], cue: string): void {
  draft.unmatched.push(...words);
  for (const name of words)
    draft.reasons.push(`"${cue}${name}": no anime in the catalog is named "${name}"; the words are left for text search`);
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
    const { refs, unknown, end } = titlesFrom(ctx, tokens, 0);
    if (!refs.length && !unknown.length) continue;
    found += refs.length;
    if (refs.length) draft.reasons.push(`"${match[0].trim()}": ${role}`);
    addReferences(draft, refs, role);
    addUnknown(draft, unknown, `${match[0].trim()} `);
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
      const found = longestName(ctx, segment, i, false);
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
      if (words.length === 1 && EVERYDAY.has(words[0])) continue;
      const match = words.length ? ctx.titles.search(words.join(' '), undefined, 1).matches[0] : undefined;
      if (match && match.title >= STRONG_TITLE) {
        addReferences(draft, [{ id: match.anime.id, title: match.anime.title, words: words.join(' ') }], role);
        phrase.setTokens([...tokens.slice(0, start), BOUNDARY, ...tokens.slice(end)]);
        return;
      }
    }
    const name = trimStopWords(run);
    if (looksLikeName(ctx, name)) {
      addUnknown(draft, [name.join(' ')], '');
      phrase.setTokens([...tokens.slice(0, start), BOUNDARY, ...tokens.slice(end)]);
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
