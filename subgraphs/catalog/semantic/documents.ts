// The texts each anime is embedded from. Descriptive text, not tag lists: a long list of tags in a
// document ruins its vector (measured on the dev set), so tags only stand in for a missing synopsis.
import { createHash } from 'node:crypto';
import type { EmbedDocument } from '../../../lib/embeddings/embedder.js';
import type { Anime } from '../catalog/anime.js';
import { isLatin, normalizeTitle } from '../lexical/title-match.js';

export interface SemanticTexts {
  /** Title + synopsis, or the stand-in. */
  doc: string;
  /**
   * With a synopsis: the same text as consecutive segments (title, then every sentence), `pooled`
   * pointing at the `sentences`; the model reads it once for the doc and its sentences' vectors.
   */
  document?: EmbedDocument;
  /** 1 for a synopsis-based doc; less for the short stand-in, whose keyword-dense vector would crowd the top. */
  docWeight: number;
  sentences: string[];
  titles: string[];
}

/**
 * Names how texts are made from an anime: change it with any change below, so that the vector
 * cache's remembered texts per anime (TextPlan in vector-cache.ts) are made again, not reused.
 */
export const TEXTS_VERSION = 1;

const STAND_IN_WEIGHT = 0.85;
const MAX_SENTENCES = 10;
const MIN_SENTENCE_LENGTH = 25;
const MAX_TITLES = 4;
const STAND_IN_TAGS = 6;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
// Credits that synopses carry and that say nothing about the anime.
const BOILERPLATE = /\[(written by|source:)[^\]]*\]|\((source|written by):[^)]*\)|source:\s*\S+\s*$/gi;

/** A hash of the fields semanticTexts reads: equal for equal texts. */
export function textsKey(anime: Anime): string {
  const fields = [
    TEXTS_VERSION,
    anime.type,
    anime.title,
    anime.synopsis ?? '',
    anime.synonyms.join('\0'),
    anime.tags.slice(0, STAND_IN_TAGS).join('\0'),
  ];
  return createHash('sha1').update(fields.join('\u0001')).digest('hex').slice(0, 16);
}

/**
 * `sentences`: whether the synopsis sentences get vectors of their own. They are read in their
 * document, as a span of its mean-pooled tokens: a model pooled by its first token (bge) has no such
 * span, and reading every sentence again alone made its build four times as long as all of MiniLM's.
 */
export function semanticTexts(anime: Anime, sentences = true): SemanticTexts {
  const synopsis = anime.synopsis?.replace(BOILERPLATE, ' ').replace(/\s+/g, ' ').trim();
  const titles = distinctTitles(anime);
  if (!synopsis) {
    const tags = anime.tags.slice(0, STAND_IN_TAGS).join(', ');
    const kind = anime.type === 'UNKNOWN' ? 'anime' : `${anime.type.toLowerCase()} anime`;
    return { doc: `${anime.title}, ${kind}${tags ? ` about ${tags}` : ''}.`, docWeight: STAND_IN_WEIGHT, sentences: [], titles };
  }
  const segments = [`${anime.title}.`];
  const pooled: number[] = [];
  for (const { segment } of segmenter.segment(synopsis)) {
    const sentence = segment.trim();
    if (!sentence) continue;
    if (sentences && sentence.length >= MIN_SENTENCE_LENGTH && pooled.length < MAX_SENTENCES) pooled.push(segments.length);
    segments.push(sentence);
  }
  return {
    doc: `${anime.title}. ${synopsis}`,
    document: { segments, pooled },
    docWeight: 1,
    sentences: pooled.map((i) => segments[i]),
    titles,
  };
}

/** The title and the first Latin-script aliases that differ from it once normalized. */
function distinctTitles(anime: Anime): string[] {
  const seen = new Set<string>();
  const titles: string[] = [];
  for (const name of [anime.title, ...anime.synonyms]) {
    const key = normalizeTitle(name);
    if (!key || seen.has(key) || (titles.length > 0 && !isLatin(name))) continue;
    seen.add(key);
    titles.push(name);
    if (titles.length === MAX_TITLES) break;
  }
  return titles;
}
