// Numbers that are part of a title ("Hunter x Hunter 2011", "Kaiju No. 8", "Steins;Gate 0") are hidden
// from the rules that read numbers (years, episodes, scores) until the title rules run, so that
// "like hunter x hunter 2011" names the 2011 series instead of asking for anime from 2011, while
// "mecha from 2008" still does. The catalog decides: an exact name around the number, else (after a
// title cue) a strong typo-tolerant match on a name that has the number.
import { normalizeTitle } from '../lexical/title-match.js';
import { DETAILS_CUE } from './intent-rules.js';
import { BOUNDARY, type Phrase } from './phrase.js';
import { STOP_WORDS } from './stop-words.js';
import { exactName, LONGEST_NAME, STRONG_TITLE, type TitleContext } from './title-names.js';
import { LIKED_CUE, SIMILAR_CUE } from './title-rules.js';

/** Hidden tokens are private-use characters: no rule's pattern matches them. */
const HIDDEN = 0xe000;
/** A typo'd numbered name is looked for in at most this many words after its cue. */
const LONGEST_TYPO_SPAN = 6;
const TITLE_CUES = new RegExp(`${SIMILAR_CUE.source}|${LIKED_CUE.source}|${DETAILS_CUE.source}|\\b(?:episodes?|eps?) (?:of|for)\\b`, 'g');

/** Hides the numbered names in the phrase; the function returned puts them back. */
export function hideNumberedTitles(phrase: Phrase, ctx: TitleContext): () => void {
  const tokens = phrase.tokens();
  const hidden: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!/\d/.test(tokens[i])) continue;
    const span = exactSpan(ctx, tokens, i) ?? typoSpan(ctx, tokens, i);
    if (!span) continue;
    for (let k = span.start; k < span.end; k++) {
      hidden.push(tokens[k]);
      tokens[k] = String.fromCharCode(HIDDEN + hidden.length - 1);
    }
    i = span.end - 1;
  }
  if (!hidden.length) return () => undefined;
  phrase.setTokens(tokens);
  return () =>
    phrase.setTokens(
      phrase.tokens().map((token) => {
        const k = token.length === 1 ? token.charCodeAt(0) - HIDDEN : -1;
        return k >= 0 && k < hidden.length ? hidden[k] : token;
      }),
    );
}

/** The longest exact name with the number in it and a word that is neither a number nor a stop word. */
function exactSpan(ctx: TitleContext, tokens: string[], i: number): { start: number; end: number } | undefined {
  let best: { start: number; end: number } | undefined;
  for (let start = Math.max(0, i - LONGEST_NAME + 1); start <= i; start++) {
    for (let end = Math.min(tokens.length, start + LONGEST_NAME); end > i && end - start > (best ? best.end - best.start : 1); end--) {
      const words = tokens.slice(start, end);
      if (words.includes(BOUNDARY) || words.includes(',')) continue;
      if (!words.some((word) => !/\d/.test(word) && !STOP_WORDS.has(word))) continue;
      if (exactName(ctx, words)) best = { start, end };
    }
  }
  return best;
}

/** After a title cue: the words from the cue to the number, when they are a misspelled name that has the number. */
function typoSpan(ctx: TitleContext, tokens: string[], i: number): { start: number; end: number } | undefined {
  if (!ctx.titles || !/^\d+$/.test(tokens[i])) return undefined;
  const before = tokens.slice(0, i).join(' ');
  let cueEnd = -1;
  for (const match of before.matchAll(TITLE_CUES)) cueEnd = match.index + match[0].length;
  if (cueEnd < 0) return undefined;
  const start = before.slice(0, cueEnd).split(' ').length;
  const words = tokens.slice(start, i + 1);
  if (words.length < 2 || words.length > LONGEST_TYPO_SPAN || words.includes(BOUNDARY) || words.includes(',')) return undefined;
  const match = ctx.titles.search(words.join(' '), undefined, 1).matches[0];
  if (!match || match.title < STRONG_TITLE || !normalizeTitle(match.matchedName).split(' ').includes(tokens[i])) return undefined;
  return { start, end: i + 1 };
}
