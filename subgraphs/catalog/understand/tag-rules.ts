// Themes and studios: catalog tags (and descriptors) named in the text, those asked to be left out
// ("not isekai", "no romance or harem"), and studios ("by ufotable", "made by Kyoto Animation").
import { normalizeTitle } from '../lexical/title-match.js';
import { addOnce, type Draft } from './parameters.js';
import { BOUNDARY, type Phrase } from './phrase.js';
import type { TagSense, Vocabulary } from './vocabulary.js';

const NEGATIONS = new Set([
  'not',
  'no',
  'without',
  'non',
  'nothing',
  'avoid',
  'except',
  'excluding',
  'exclude',
  'minus',
  'skip',
  'hate',
  'dislike',
  'zero',
  'nope',
]);
/** Words allowed between a negation and what it negates ("no more romance", "nothing too dark", "not any isekai"). */
const NEGATION_FILLER = new Set(['too', 'any', 'more', 'much', 'the', 'a', 'an', 'so', 'very', 'really', 'of', 'like', 'heavy', 'overly']);
/** A tag a descriptor suggests more weakly than this is only in tagWeights, not a tag to filter on. */
const INCLUDE_WEIGHT = 0.5;
const DONT = new Set(["don't", 'dont']);
const LIST_JOINS = new Set([',', 'or', 'and', 'nor']);
const STUDIO_BEFORE = new Set(['by', 'from', 'studio', 'studios']);
const STUDIO_AFTER = new Set(['studio', 'studios', 'anime', 'animation', 'works', 'productions']);

/** The longest vocabulary phrase starting at `i`, with its end. */
function phraseAt<T>(tokens: string[], i: number, longest: number, lookup: ReadonlyMap<string, T>): { value: T; end: number } | undefined {
  for (let n = Math.min(longest, tokens.length - i); n >= 1; n--) {
    const words = tokens.slice(i, i + n);
    if (words.includes(BOUNDARY) || words.includes(',')) continue;
    const value = lookup.get(normalizeTitle(words.join(' ')));
    if (value !== undefined) return { value, end: i + n };
  }
  return undefined;
}

function include(draft: Draft, senses: TagSense[], words: string): void {
  for (const { tag, weight } of senses) {
    if (draft.tagsExclude.includes(tag)) continue;
    if (weight >= INCLUDE_WEIGHT) addOnce(draft.tagsInclude, tag);
    const known = draft.tagWeights.find((entry) => entry.tag === tag);
    if (known && weight > known.weight) Object.assign(known, { weight, words });
    else if (!known) draft.tagWeights.push({ tag, weight, words });
  }
  draft.reasons.push(`"${words}": tags ${senses.map(({ tag, weight }) => (weight < 1 ? `${tag} (${weight})` : tag)).join(', ')}`);
}

export function takeExclusions(phrase: Phrase, draft: Draft, vocabulary: Vocabulary): void {
  const tokens = phrase.tokens();
  for (let i = 0; i < tokens.length; i++) {
    const dontWant = DONT.has(tokens[i]) && tokens[i + 1] === 'want';
    if (!NEGATIONS.has(tokens[i]) && !dontWant) continue;
    let at = i + (dontWant ? 2 : 1);
    const used: number[] = [i];
    const excluded: string[] = [];
    for (;;) {
      while (at < tokens.length && NEGATION_FILLER.has(tokens[at])) used.push(at++);
      const found = phraseAt(tokens, at, vocabulary.longestTag, vocabulary.tags);
      if (!found) break;
      // A descriptor excludes only its main tag: "not dark" rules out dark fantasy, not every tragedy.
      const tags = found.value[0].weight < 1 ? [found.value[0].tag] : found.value.map(({ tag }) => tag);
      for (const tag of tags) addOnce(draft.tagsExclude, tag);
      excluded.push(`${tokens.slice(at, found.end).join(' ')} → ${tags.join(', ')}`);
      for (let k = at; k < found.end; k++) used.push(k);
      at = found.end;
      if (!LIST_JOINS.has(tokens[at]) || !phraseAt(tokens, at + 1, vocabulary.longestTag, vocabulary.tags)) break;
      used.push(at++);
    }
    if (!excluded.length) continue;
    draft.reasons.push(`"${used.map((k) => tokens[k]).join(' ')}": leave out ${excluded.join('; ')}`);
    for (const k of used) tokens[k] = BOUNDARY;
    i = at - 1;
  }
  phrase.setTokens(tokens);
}

export function takeStudios(phrase: Phrase, draft: Draft, vocabulary: Vocabulary): void {
  const tokens = phrase.tokens();
  for (let i = 0; i < tokens.length; i++) {
    const found = phraseAt(tokens, i, vocabulary.longestStudio, vocabulary.studios);
    if (!found) continue;
    const cueBefore = STUDIO_BEFORE.has(tokens[i - 1]);
    const cueAfter = STUDIO_AFTER.has(tokens[found.end]) && tokens[found.end] !== 'anime';
    if (!found.value.bare && !cueBefore && !cueAfter) continue;
    let start = cueBefore ? i - 1 : i;
    while (start > 0 && ['made', 'animated', 'produced', 'done', 'studio', 'by', 'from'].includes(tokens[start - 1])) start--;
    const end = cueAfter ? found.end + 1 : found.end;
    addOnce(draft.studios, found.value.name);
    draft.reasons.push(`"${tokens.slice(start, end).join(' ')}": studio ${found.value.name}`);
    tokens.splice(start, end - start, ...Array<string>(end - start).fill(BOUNDARY));
    i = end - 1;
  }
  phrase.setTokens(tokens);
}

/**
 * Music videos: the catalog has no MUSIC type (the release files them as SPECIAL, ONA, MOVIE…), so they
 * are asked for by the catalog's music tag, where it has one; without it the words stay for text search.
 */
export function takeMusicVideos(phrase: Phrase, draft: Draft, vocabulary: Vocabulary): void {
  const music = vocabulary.tags.get('music')?.find(({ tag, weight }) => tag === 'music' && weight === 1);
  if (!music) return;
  phrase.take(/\b(?:anime )?(?:music (?:videos?|clips?)|mvs?|pvs? for songs?)\b/g, draft.reasons, () => {
    addOnce(draft.tagsInclude, music.tag);
    if (!draft.tagWeights.some(({ tag }) => tag === music.tag)) draft.tagWeights.push({ tag: music.tag, weight: 1, words: 'music videos' });
    return 'tags music (the catalog has no music-video type; its music videos carry the tag music)';
  });
}

export function takeTags(phrase: Phrase, draft: Draft, vocabulary: Vocabulary): void {
  const tokens = phrase.tokens();
  for (let i = 0; i < tokens.length; i++) {
    const found = phraseAt(tokens, i, vocabulary.longestTag, vocabulary.tags);
    if (!found) continue;
    include(draft, found.value, tokens.slice(i, found.end).join(' '));
    for (let k = i; k < found.end; k++) tokens[k] = BOUNDARY;
    i = found.end - 1;
  }
  phrase.setTokens(tokens);
}
