// The words that ask for a kind of answer rather than a kind of anime: a random pick, a top list,
// a schedule, a comparison of the platforms' ratings, details of one anime.
import type { Draft } from './parameters.js';
import type { Phrase } from './phrase.js';

const PLATFORMS =
  /\b(?:mal|myanimelist|my anime list|anilist|ani list|kitsu|anidb|anime[- ]?planet|ann|anime news network|simkl|livechart|imdb)\b/g;
const RATING_WORDS = /\b(?:rate|rates|rated|rating|ratings|score|scores|scored|compare|comparison|versus|vs|differ)\b/;

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
  phrase.take(
    /\b(?:the )?top(?: \d{1,3})?(?![- ]rated)\b|\b(?:highest[- ]rated|most popular|greatest|of all time|ever made)\b/g,
    r,
    cue('top', 'a top list'),
  );

  if (phrase.has(PLATFORMS) && phrase.has(RATING_WORDS)) {
    phrase.take(PLATFORMS, r, cue('compare', 'a platform whose rating is compared'));
    phrase.take(
      /\b(?:how (?:do|does|did|would)|what (?:do|does)|compare|comparison of|differ(?:ence)?s?(?: between| in)?)\b|\b(?:rate|rates|rated|ratings?|scores?|scored|versus|vs)\b/g,
      r,
      cue('compare', 'a comparison of ratings'),
    );
    return;
  }

  const SCHEDULE =
    /\b(?:what(?:'s| is)? )?(?:airs?|airing|on|showing|broadcasts?|broadcasting|comes? out|releasing)(?: on tv)? (?:tonight|today|tomorrow|this week(?:end)?)\b|\b(?:next|new|upcoming|latest) episodes?(?: of| for)?\b|\b(?:airing |release |broadcast )?(?:schedules?|timetables?)\b|\bwhat time\b|\b(?:tonight|today|tomorrow)(?:'s)?(?: episodes?)?\b/g;
  phrase.take(SCHEDULE, r, cue('schedule', 'a schedule question'));
  if (phrase.has(/\bwhen\b/) && phrase.has(/\b(?:airs?|airing|aired|out|release[sd]?|drops?|come out|comes out|broadcast|episode)\b/)) {
    phrase.take(
      /\bwhen (?:is|does|will|do|are)(?: the)?\b|\b(?:airs?|airing|out|release[sd]?|drops?|come out|comes out|broadcast)\b/g,
      r,
      cue('schedule', 'a schedule question'),
    );
  }
}

/** Words that introduce the one anime a question is about: details, and the subject of a schedule or rating question. */
export const DETAILS_CUE =
  /\b(?:tell me (?:more )?about|(?:more )?details (?:of|on|about|for)|(?:more )?info(?:rmation)? (?:on|about|for|of)|what (?:is|was)|what's|whats|who (?:made|animated|directed)|synopsis (?:of|for)|plot of|summary of|describe|explain)\b/g;
