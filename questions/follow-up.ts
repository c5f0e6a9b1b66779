// A follow-up in a conversation: what the new request says (as understood on its own) merged with what
// the session kept of the last answer. Rule-based and deterministic; the rules, in order:
// "like the second one" asks for anime similar to that result; a new title, a question of another kind
// (schedule, ratings, random) or a topic of its own in words that refine nothing starts afresh; otherwise
// each part the follow-up names replaces the kept one, "older"/"newer" move the kept years, the rest stays.
import type { Turn } from './conversations.js';
import type { Intent, Parameters } from './schema.js';

type Understood = Parameters & { intent: Intent };

export interface FollowUp {
  parameters: Understood;
  /** Names of the parameters taken (or derived) from the session, in the order of `parameters`. */
  carriedOver: string[];
  warnings: string[];
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];
const ORDINAL = /\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\b/i;
const LIKE = /\b(like|similar)\b/i;
const EARLIER = /\b(older|earlier|before)\b/i;
const LATER = /\b(newer|later|after|more recent)\b/i;
/** Words that say "the same, but": they refine the last answer and are no topic of their own. */
const REFINING = new Set(
  'only just instead also too but then rather ones one those them these same more less fewer other others older newer earlier later'
    .split(' ')
    .concat(ORDINALS, ['1st', '2nd', '3rd', '4th', '5th']),
);
/** Intents that list anime by criteria, which a follow-up can refine; the others answer about one thing. */
const LISTING: readonly Intent[] = ['search', 'top', 'seasonal'];

export function followUp(kept: Turn, understood: Understood, words: string): FollowUp {
  const warnings: string[] = [];
  const ordinal = ORDINAL.exec(words);
  if (ordinal && LIKE.test(words)) {
    const position = ordinalIndex(ordinal[1]);
    const picked = kept.results[position];
    if (picked) {
      // The kept words described the last answer; the anime picked from it now says what is wanted.
      const { text: _keptText, ...rest } = kept.parameters;
      const { text: _ordinal, ...follow } = understood;
      const similarTo = [picked.title ? { id: picked.id, title: picked.title } : { id: picked.id }];
      return merge(rest, { ...follow, intent: 'similar', similarTo }, ['similarTo'], warnings);
    }
    warnings.push(`The last answer has no ${ORDINALS[position]} result; "${ordinal[1]}" was left out.`);
  }

  const ownText = topicWords(understood.text);
  const refines = ordinal !== null || words.split(/[^\p{L}\p{N}]+/u).some((w) => REFINING.has(w.toLowerCase()));
  const fresh = understood.similarTo !== undefined || !LISTING.includes(understood.intent) || (ownText !== undefined && !refines);
  if (fresh) return { parameters: understood, carriedOver: [], warnings };

  const follow: Understood = { ...understood, text: ownText };
  if (!ownText) delete follow.text;
  const shifted: string[] = [];
  const years = shiftYears(kept.parameters, words);
  if (years) {
    follow.years = years;
    shifted.push('years');
  }
  return merge(kept.parameters, follow, shifted, warnings);
}

/** The kept parameters with the follow-up's parts in place of the same parts. */
function merge(kept: Parameters, follow: Understood, derived: string[], warnings: string[]): FollowUp {
  const merged: Parameters = { ...kept };
  const own = new Set(Object.keys(follow).filter((key) => key !== 'intent'));
  Object.assign(merged, follow);
  // One time window: a follow-up's years replace a kept season, and its season the kept years.
  if (own.has('years')) delete merged.season;
  if (own.has('season')) delete merged.years;
  // "no romance" after "romance comedy": the exclusion wins.
  if (own.has('tagsExclude') && merged.tagsInclude) {
    merged.tagsInclude = merged.tagsInclude.filter((tag) => !follow.tagsExclude!.includes(tag));
    if (!merged.tagsInclude.length) delete merged.tagsInclude;
  }
  const intent: Intent = follow.intent !== 'search' ? follow.intent : ((kept as Understood).intent ?? 'search');
  const parameters: Understood = { ...merged, intent };
  const carriedOver = Object.keys(parameters).filter((key) => key !== 'intent' && (!own.has(key) || derived.includes(key)));
  return { parameters, carriedOver, warnings };
}

/** "older ones" before the kept window, "newer ones" after it; undefined when there is no kept end to move from. */
function shiftYears(kept: Parameters, words: string): Parameters['years'] {
  const from = kept.season?.year ?? kept.years?.from;
  const to = kept.season?.year ?? kept.years?.to;
  if (EARLIER.test(words) && from !== undefined) return { to: from - 1 };
  if (LATER.test(words) && to !== undefined) return { from: to + 1 };
  return undefined;
}

function ordinalIndex(word: string): number {
  const lower = word.toLowerCase();
  const index = ORDINALS.indexOf(lower);
  return index >= 0 ? index : Number(lower[0]) - 1;
}

/** The understood text without the words of refining; undefined when nothing else is left. */
function topicWords(text: string | undefined): string | undefined {
  const left = text
    ?.split(/\s+/)
    .filter((word) => word && !REFINING.has(word.toLowerCase()))
    .join(' ');
  return left || undefined;
}
