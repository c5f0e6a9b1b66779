// The words that ask for a kind of answer rather than a kind of anime: a random pick, a top list,
// a schedule, a comparison of the platforms' ratings, details of one anime.
import type { Draft } from './parameters.js';
import type { Phrase } from './phrase.js';

const PLATFORMS =
  /\b(?:mal|myanimelist|my anime list|anilist|ani list|kitsu|anidb|anime[- ]?planet|ann|anime news network|simkl|livechart|imdb)\b/g;
const RATING_WORDS =
  /\b(?:rate|rates|rated|rating|ratings|score|scores|scored|compare|comparison|versus|vs|differ|thinks? (?:of|about)|says? about)\b/;
const THRESHOLD =
  /\b(?:rated|scored?|scoring|ratings?) (?:over|above|at least|higher than|more than|better than|greater than|>=?|of)? ?\d|\b\d(?:\.\d+)?\+/;

export function takeIntentCues(phrase: Phrase, draft: Draft): void {
  const r = draft.reasons;
  const cue = (name: Parameters<Draft['cues']['add']>[0], why: string) => () => {
    draft.cues.add(name);
    return why;
  };
  phrase.take(
    /\b(?:(?:a |something |anything |pick (?:a |one )?)?random(?:ly)?(?: pick| one| anime| show)?|surprise me|roll the dice|(?:i'?m )?feeling lucky|pick (?:something|anything|one) for me|anything goes)\b/g,
    r,
    cue('random', 'a random pick'),
  );
  // Superlatives that also ask for a high score ("best", "top rated", "greatest") are read by takeScore.
  phrase.take(
    /\b(?:the )?top(?: \d{1,3})?(?![- ](?:rated|ranked|scored))\b|\b(?:most popular|of all time|all[- ]time|ever made)\b/g,
    r,
    cue('top', 'a top list'),
  );

  // One platform and a score threshold ("rated over 7 on MAL") is a filter, not a comparison.
  const platforms = new Set(phrase.text.match(PLATFORMS) ?? []);
  if (platforms.size && phrase.has(RATING_WORDS) && (platforms.size > 1 || !phrase.has(THRESHOLD))) {
    phrase.take(PLATFORMS, r, cue('compare', 'a platform whose rating is compared'));
    phrase.take(
      /\b(?:how (?:do|does|did|would)|what (?:do|does)|compare[ds]?(?: to| with)?|comparison of|differ(?:ence)?s?(?: between| in)?)\b|\b(?:rate|rates|rated|ratings?|scores?|scored|versus|vs|higher|lower|better|worse|thinks? (?:of|about)|says? about)\b/g,
      r,
      cue('compare', 'a comparison of ratings'),
    );
    return;
  }

  const SCHEDULE =
    /\b(?:what(?:'s| is)? )?(?:airs?|airing|on|showing|broadcasts?|broadcasting|comes? out|releasing)(?: on tv)? (?:tonight|today|tomorrow|this week(?:end)?)\b|\b(?:next|new|upcoming|latest) (?:episodes?|eps?)(?: of| for)?\b|\b(?:airing |release |broadcast )?(?:schedules?|timetables?)\b|\bwhat time\b|\b(?:tonight|today|tomorrow)(?:'s)?(?: episodes?)?\b/g;
  phrase.take(SCHEDULE, r, cue('schedule', 'a schedule question'));
  const asksWhen =
    phrase.has(/\bwhen\b/) &&
    phrase.has(/\b(?:airs?|airing|aired|out|release[sd]?|drops?|comes? (?:out|back)|returns?|broadcast|episode)\b|\bon(?: tv)?(?= \||$)/);
  if (asksWhen || draft.cues.has('schedule')) {
    // The rest of a schedule question: "when is X on", "what time does X air".
    phrase.take(
      /\bwhen(?:'s| is| does| will| do| are)(?: the)?\b|\b(?:does|do|will) (?=\S+(?: \S+){0,5} (?:airs?|air|come out)\b)|\b(?:airs?|airing|out|release[sd]?|drops?|comes? (?:out|back)|returns?|broadcast)\b|\bon(?: tv)?(?= \||$)/g,
      r,
      cue('schedule', 'a schedule question'),
    );
  }
}

/** Words that introduce the one anime a question is about: details, and the subject of a schedule or rating question. */
export const DETAILS_CUE =
  /\b(?:tell me (?:more )?about|(?:more )?details (?:of|on|about|for)|(?:more )?info(?:rmation)? (?:on|about|for|of)|what (?:is|was)|what's|whats|who (?:made|animated|directed)|synopsis (?:of|for)|plot of|summary of|describe|explain)\b/g;
