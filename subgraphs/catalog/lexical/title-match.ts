// How well a query names an anime: whole-title similarity that tolerates typos, partial titles
// and word order, so that the right title wins where bag-of-words scoring ties.
import { distance } from 'fastest-levenshtein';
import { normalizeTitle } from './words.mjs';

export { normalizeTitle };

/** A title or synonym as written, and normalized: lower case, no accents or punctuation, single spaces. */
export interface TitleForm {
  raw: string;
  text: string;
}

/** A query, normalized once per search with what comparing it to many names needs. */
export interface QueryForm extends TitleForm {
  tokens: string[];
  markers: string[];
}

// Such words in a name that the query does not ask for rank the name after the main entry.
const FOLLOW_UP =
  /\b(season|seasons|\d+(st|nd|rd|th)|ii|iii|iv|r2|movie|movies|film|gekijouban|recap|specials?|ova|oad|ona|picture drama|shorts?|final|part|kan|hen|shou|zoku|shin|0|2|3|4|5|6|7|8|9|zero|pv|pvs|cm|cms|music|mv)\b/g;

/** Written in Latin script (with digits, punctuation, symbols): the names a Latin query can resemble. */
export function isLatin(name: string): boolean {
  return /^[\p{Script=Latin}\p{N}\p{P}\p{S}\s]+$/u.test(name);
}

export function titleForm(raw: string): TitleForm {
  return { raw, text: normalizeTitle(raw) };
}

export function queryForm(raw: string): QueryForm {
  const text = normalizeTitle(raw);
  return { raw, text, tokens: text.split(' '), markers: followUpMarkers(text) };
}

function followUpMarkers(text: string): string[] {
  return text.match(FOLLOW_UP) ?? [];
}

/** 1 - edit distance / length, where swapping two adjacent letters counts as one edit ("Naurto"). */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 0;
  let edits = distance(a, b);
  if (edits >= 2 && a.length === b.length) edits -= adjacentSwaps(a, b);
  return 1 - edits / longest;
}

function adjacentSwaps(a: string, b: string): number {
  let swaps = 0;
  for (let i = 0; i < a.length - 1; i++) {
    if (a[i] !== b[i] && a[i] === b[i + 1] && a[i + 1] === b[i]) {
      swaps++;
      i++;
    }
  }
  return swaps;
}

function tokenMatches(queryToken: string, nameToken: string): boolean {
  if (queryToken === nameToken) return true;
  const edits = queryToken.length >= 8 ? 2 : queryToken.length >= 4 ? 1 : 0;
  return edits > 0 && Math.abs(queryToken.length - nameToken.length) <= edits && distance(queryToken, nameToken) <= edits;
}

/**
 * Similarity in [0, 1] of a query to one name: 1 for the exact name (0.97 when only punctuation or
 * case differ), high for a near-exact name (typos), then for a name the query begins (typos
 * allowed), then for names sharing most of the query's words.
 */
export function nameScore(query: QueryForm, name: TitleForm): number {
  const q = query.text;
  const n = name.text;
  // A name written exactly as the query beats one that only normalizes to it ("Gintama" vs "Gintama°").
  if (q === n) return query.raw.trim().toLowerCase() === name.raw.trim().toLowerCase() ? 1 : 0.97;
  // Lengths this far apart cannot be near-exact; skip the full edit distance.
  const whole = Math.abs(q.length - n.length) > q.length / 2 ? 0 : similarity(q, n) * 0.98;
  // The query as the beginning of a longer name, ending at (or one typo short of) a word end.
  const isPrefix = q.length < n.length && (n[q.length] === ' ' || n[q.length + 1] === ' ');
  const prefix = isPrefix ? 0.55 + 0.3 * similarity(q, n.slice(0, q.length)) * Math.sqrt(q.length / n.length) : 0;
  // Shared words, weighted by length: "a", "no", "the" say little about which title is meant.
  const nameTokens = n.split(' ');
  let found = 0;
  for (const token of query.tokens) if (nameTokens.some((t) => tokenMatches(token, t))) found += token.length;
  if (found === 0) return Math.max(whole, prefix);
  let used = 0;
  for (const token of nameTokens) if (query.tokens.some((t) => tokenMatches(t, token))) used += token.length;
  const tokens = 0.55 * (found / lettersOf(query.tokens)) + 0.3 * (used / lettersOf(nameTokens));
  return Math.max(whole, prefix, tokens);
}

function lettersOf(tokens: string[]): number {
  let letters = 0;
  for (const token of tokens) letters += token.length;
  return Math.max(letters, 1);
}

export function followUpPenalty(query: QueryForm, name: TitleForm): number {
  let extra = 0;
  for (const marker of followUpMarkers(name.text)) if (!query.markers.includes(marker)) extra++;
  return extra === 0 ? 0 : 0.06 + 0.02 * Math.min(extra, 3);
}
