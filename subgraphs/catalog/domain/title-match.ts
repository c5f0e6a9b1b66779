// How well a query names an anime: whole-title similarity that tolerates typos, partial titles
// and word order, so that the right title wins where bag-of-words scoring ties.
import { distance } from 'fastest-levenshtein';

/** A title or query, normalized once: lower case, no accents or punctuation, single spaces. */
export interface TitleForm {
  /** As written, lower case: "gintama°". */
  verbatim: string;
  /** Normalized: "gintama". */
  text: string;
  tokens: string[];
  /** Words that mark a follow-up entry of a franchise (sequel, movie, recap...). */
  markers: string[];
}

// Such words in a name that the query does not ask for rank the name after the main entry.
const FOLLOW_UP =
  /\b(season|seasons|\d+(st|nd|rd|th)|ii|iii|iv|r2|movie|movies|film|gekijouban|recap|specials?|ova|oad|ona|picture drama|shorts?|final|part|kan|hen|shou|zoku|shin|0|2|3|4|5|6|7|8|9|zero|pv|pvs|cm|cms|music|mv)\b/g;

export function normalizeTitle(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function titleForm(raw: string): TitleForm {
  const text = normalizeTitle(raw);
  return { verbatim: raw.trim().toLowerCase(), text, tokens: text.split(' '), markers: text.match(FOLLOW_UP) ?? [] };
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
 * Similarity in [0, 1] of a query to one name: 1 for the exact name (0.97 when only punctuation or case differ), high for a near-exact
 * name (typos), then for a name the query begins (typos allowed), then for names sharing most
 * of the query's words.
 */
export function nameScore(query: TitleForm, name: TitleForm): number {
  // A name written exactly as the query beats one that only normalizes to it ("Gintama" vs "Gintama°").
  if (query.text === name.text) return query.verbatim === name.verbatim ? 1 : 0.97;
  const q = query.text;
  const n = name.text;
  // Lengths this far apart cannot be near-exact; skip the full edit distance.
  const whole = Math.abs(q.length - n.length) > q.length / 2 ? 0 : similarity(q, n) * 0.98;
  const atWordEnd = n.length <= q.length || n[q.length] === ' ' || n[q.length + 1] === ' ';
  const prefix = atWordEnd ? 0.55 + 0.3 * similarity(q, n.slice(0, q.length)) * Math.sqrt(q.length / n.length) : 0;
  let found = 0;
  for (const token of query.tokens) if (name.tokens.some((t) => tokenMatches(token, t))) found++;
  if (found === 0) return Math.max(whole, prefix);
  let used = 0;
  for (const token of name.tokens) if (query.tokens.some((t) => tokenMatches(t, token))) used++;
  const tokens = 0.55 * (found / query.tokens.length) + 0.3 * (used / name.tokens.length);
  return Math.max(whole, prefix, tokens);
}

export function followUpPenalty(query: TitleForm, name: TitleForm): number {
  let extra = 0;
  for (const marker of name.markers) if (!query.markers.includes(marker)) extra++;
  return extra === 0 ? 0 : 0.06 + 0.02 * Math.min(extra, 3);
}
