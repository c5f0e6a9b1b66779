// Query understanding, offline and deterministic: a request in words ("dark military anime like
// Attack on Titan from the 2010s, not too long") to the parameters of issue 12, with the reasons.
// Rules run in a fixed order, each using up its words, so a later rule never reads them again.
import type { Catalog } from '../catalog/catalog.js';
import type { TitleIndex } from '../lexical/title-index.js';
import { DETAILS_CUE, takeIntentCues } from './intent-rules.js';
import { takeLength, takeScore, takeStatus, takeTimezone, takeType } from './kind-rules.js';
import { emptyDraft, QueryIntent, type Draft, type QueryParameters } from './parameters.js';
import { BOUNDARY, Phrase } from './phrase.js';
import { STOP_WORDS } from './stop-words.js';
import { hideNumberedTitles } from './numbered-titles.js';
import { takeExclusions, takeMusicVideos, takeStudios, takeTags } from './tag-rules.js';
import { takeTime } from './time-rules.js';
import { LIKED_CUE, SIMILAR_CUE, takeTitleAnywhere, takeTitlesAfter } from './title-rules.js';
import { vocabularyOf } from './vocabulary.js';

export { QueryIntent, type QueryParameters } from './parameters.js';

export interface UnderstandOptions {
  catalog: Catalog;
  /** The catalog's title index, for misspelled titles; without it only exact names are recognized. */
  titles?: TitleIndex;
  /** What "this season", "recent" and an age are relative to. */
  now: Date;
}

export function understandQuery(text: string, { catalog, titles, now }: UnderstandOptions): QueryParameters {
  const vocabulary = vocabularyOf(catalog);
  const ctx = { vocabulary, titles, raw: text };
  const phrase = new Phrase(text);
  const draft = emptyDraft();

  const showNumberedTitles = hideNumberedTitles(phrase, ctx);
  takeTimezone(phrase, draft);
  takeIntentCues(phrase, draft);
  takeTime(phrase, draft, now);
  takeLength(phrase, draft);
  takeType(phrase, draft);
  takeStatus(phrase, draft);
  takeScore(phrase, draft);
  takeMusicVideos(phrase, draft, vocabulary);
  takeStudios(phrase, draft, vocabulary);
  showNumberedTitles();

  if (takeTitlesAfter(phrase, draft, ctx, LIKED_CUE, 'liked')) draft.cues.add('liked');
  if (takeTitlesAfter(phrase, draft, ctx, SIMILAR_CUE, 'like')) draft.cues.add('similar');
  const aboutOne = draft.cues.has('schedule') || draft.cues.has('compare');
  if (!aboutOne && takeTitlesAfter(phrase, draft, ctx, DETAILS_CUE, 'about')) draft.cues.add('details');
  if (aboutOne && !draft.similarTo.length) takeTitleAnywhere(phrase, draft, ctx, 'about');

  takeExclusions(phrase, draft, vocabulary);
  takeTags(phrase, draft, vocabulary);

  const left = [...draft.unmatched, leftover(phrase)].filter(Boolean).join(' ');
  const { cues: _cues, unmatched: _unmatched, ...parameters } = draft;
  return { intent: intentOf(draft), ...(left && { text: left }), ...parameters };
}

function intentOf({ cues, similarTo, season }: Draft): QueryIntent {
  if (cues.has('random')) return QueryIntent.RANDOM;
  if (cues.has('compare')) return QueryIntent.COMPARE_RATINGS;
  if (cues.has('schedule')) return QueryIntent.SCHEDULE;
  if (cues.has('details') && similarTo.length) return QueryIntent.DETAILS;
  // Two liked titles, or one the user says they liked, ask what to watch next; one "like X" asks for X's kind.
  if (similarTo.length > 1 || cues.has('liked')) return QueryIntent.RECOMMENDATIONS;
  if (similarTo.length === 1) return QueryIntent.SIMILAR;
  if (cues.has('top')) return QueryIntent.TOP;
  if (season) return QueryIntent.SEASONAL;
  return QueryIntent.SEARCH;
}

/** The words no rule used, without the words requests are made of. */
function leftover(phrase: Phrase): string | undefined {
  const words = phrase
    .tokens()
    .filter((token) => token !== BOUNDARY && !STOP_WORDS.has(token))
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((token) => token && !STOP_WORDS.has(token));
  return words.length ? words.join(' ') : undefined;
}
