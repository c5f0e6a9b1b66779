// The kind of anime asked for: type, length, airing status, score, and the time zone a schedule
// question is asked in.
import { canonicalZone } from '../../../lib/time-zones.js';
import { AnimeStatus, AnimeType } from '../catalog/anime.js';
import { addOnce, type Draft } from './parameters.js';
import type { Phrase } from './phrase.js';

/** "Short" is one cour, the common length of a season. */
const SHORT = 13;
/** "Not too long" is up to two cours. */
const NOT_TOO_LONG = 26;
/** "Long running" is four cours or more: the shows people mean (Naruto, One Piece) are far longer. */
const LONG_RUNNING = 50;
// "Highly rated" and "best": 8 on the catalog's 1-10 mean keeps about the top 4% of scored anime
// in the full release (7.5 would keep 12%), what people mean by the best.
const HIGHLY_RATED = 8;

const EPISODES = '(?:episodes?|eps?)';
const ZONE_ABBREVIATIONS: Record<string, string> = {
  jst: 'Asia/Tokyo',
  kst: 'Asia/Seoul',
  utc: 'UTC',
  gmt: 'UTC',
  est: 'America/New_York',
  edt: 'America/New_York',
  et: 'America/New_York',
  cst: 'America/Chicago',
  cdt: 'America/Chicago',
  pst: 'America/Los_Angeles',
  pdt: 'America/Los_Angeles',
  pt: 'America/Los_Angeles',
  cet: 'Europe/Berlin',
  cest: 'Europe/Berlin',
  bst: 'Europe/London',
  ist: 'Asia/Kolkata',
  aest: 'Australia/Sydney',
};

export function takeTimezone(phrase: Phrase, draft: Draft): void {
  const set = (zone: string | undefined) => {
    if (!zone) return undefined;
    draft.timezone = zone;
    return `time zone ${zone}`;
  };
  phrase.take(/\b(?:(?:in|for|at|time ?zone|tz) )?([a-z]+\/[a-z_]+(?:\/[a-z_]+)?)\b/g, draft.reasons, ([, zone]) =>
    set(canonicalZone(zone)),
  );
  const abbreviations = Object.keys(ZONE_ABBREVIATIONS).join('|');
  phrase.take(new RegExp(`\\b(?:in |at )?(${abbreviations})(?: time)?\\b`, 'g'), draft.reasons, ([, zone]) =>
    set(ZONE_ABBREVIATIONS[zone]),
  );
  phrase.take(/\b(?:in |at )?(?:japan(?:ese)?|tokyo) time\b/g, draft.reasons, () => set('Asia/Tokyo'));
}

export function takeLength(phrase: Phrase, draft: Draft): void {
  const r = draft.reasons;
  // Each phrase narrows the range: "short" after "under 10 episodes" keeps the 9.
  const episodes = (min?: number, max?: number) => {
    const known = draft.episodes ?? {};
    if (min !== undefined && known.min !== undefined) min = Math.max(min, known.min);
    if (max !== undefined && known.max !== undefined) max = Math.min(max, known.max);
    draft.episodes = { ...known, ...(min !== undefined && { min }), ...(max !== undefined && { max }) };
    return `episodes ${min ?? '…'}–${max ?? '…'}`;
  };
  phrase.take(
    /\b(?:not|isn'?t|aren'?t|nothing|no) (?:too |very |that |super |overly |really )?long\b|\b(?:medium|moderate|reasonable|normal) length\b/g,
    r,
    () => episodes(undefined, NOT_TOO_LONG),
  );
  phrase.take(new RegExp(`\\b(?:between )?(\\d+) ?(?:-|to|and) ?(\\d+) ${EPISODES}`, 'g'), r, ([, a, b]) =>
    episodes(Math.min(+a, +b), Math.max(+a, +b)),
  );
  phrase.take(new RegExp(`\\b(?:under|less than|fewer than|below|shorter than|<) ?(\\d+) ${EPISODES}\\b`, 'g'), r, ([, n]) =>
    episodes(undefined, +n - 1),
  );
  phrase.take(
    new RegExp(`\\b(?:at most|no more than|not more than|up to|max(?:imum)?(?: of)?|<=) ?(\\d+) ${EPISODES}\\b`, 'g'),
    r,
    ([, n]) => episodes(undefined, +n),
  );
  phrase.take(new RegExp(`\\b(?:over|more than|above|longer than|>) ?(\\d+) ${EPISODES}\\b`, 'g'), r, ([, n]) => episodes(+n + 1));
  phrase.take(new RegExp(`\\b(?:at least|min(?:imum)?(?: of)?|>=) ?(\\d+) ${EPISODES}\\b|\\b(\\d+)\\+ ${EPISODES}`, 'g'), r, ([, a, b]) =>
    episodes(+(a || b)),
  );
  phrase.take(new RegExp(`\\b(?:around |about |roughly )?(\\d+)[- ]${EPISODES}\\b(?: long)?`, 'g'), r, ([, n]) => episodes(+n, +n));
  phrase.take(/\b(?:long[- ]running|very long|super long|lots of episodes|many episodes|hundreds of episodes|long)\b/g, r, () =>
    episodes(LONG_RUNNING),
  );
  phrase.take(/\b(?:short(?:er)?|quick(?: to)? watch|few episodes|one cour|single cour|bite[- ]sized|in a weekend)\b/g, r, () =>
    episodes(undefined, SHORT),
  );
}

export function takeType(phrase: Phrase, draft: Draft): void {
  const type = (value: AnimeType) => {
    addOnce(draft.types, value);
    return `type ${value}`;
  };
  const r = draft.reasons;
  phrase.take(/\b(?:movies?|films?|feature[- ]length)\b/g, r, () => type(AnimeType.MOVIE));
  phrase.take(/\b(?:ovas?|oads?|original video animations?)\b/g, r, () => type(AnimeType.OVA));
  phrase.take(/\b(?:onas?|web (?:series|anime)|original net animations?)\b/g, r, () => type(AnimeType.ONA));
  phrase.take(/\b(?<!something |anything |nothing )specials?\b/g, r, () => type(AnimeType.SPECIAL));
  phrase.take(/\b(?:tv(?: series| shows?| anime)?|series|shows?(?! me\b| us\b))\b/g, r, () => type(AnimeType.TV));
}

export function takeStatus(phrase: Phrase, draft: Draft): void {
  const status = (value: AnimeStatus) => {
    addOnce(draft.status, value);
    return `status ${value}`;
  };
  const r = draft.reasons;
  phrase.take(
    /\b(?:upcoming|not (?:yet )?(?:aired|released|out)(?: yet)?|coming (?:soon|out)|unreleased|announced|yet to (?:air|come out))\b/g,
    r,
    () => status(AnimeStatus.UPCOMING),
  );
  phrase.take(
    /\b(?:(?:currently|still|now) )?(?:airing|on air|ongoing|running)(?: now| currently| right now)?\b|\bsimulcasts?\b|\bstill going\b/g,
    r,
    () => status(AnimeStatus.ONGOING),
  );
  phrase.take(/\b(?:finished(?: airing)?|completed?|already (?:finished|ended|aired)|ended|done airing|concluded)\b/g, r, () =>
    status(AnimeStatus.FINISHED),
  );
}

export function takeScore(phrase: Phrase, draft: Draft): void {
  const r = draft.reasons;
  const score = (value: number, why = '') => {
    if (!(value >= 0 && value <= 10)) return undefined;
    draft.minScore = Math.max(draft.minScore ?? 0, value);
    return `minimum score ${value}${why}`;
  };
  const NUMBER = '(\\d{1,2}(?:\\.\\d+)?)(?: ?(?:/|out of) ?10)?(?: on (?:mal|myanimelist|anilist|kitsu))?';
  const AT_LEAST = '(?:at least|above|over|higher than|more than|better than|greater than|>=?|of)';
  phrase.take(
    new RegExp(
      `\\b(?:with )?(?:an? )?(?:scored?|scoring|ratings?|rated|mal score) ${AT_LEAST} ${NUMBER}(?: or (?:more|higher|above|better))?`,
      'g',
    ),
    r,
    ([, n]) => score(+n),
  );
  const BARE = '(?:at least|above|over|higher than|better than|greater than|>=?)';
  phrase.take(new RegExp(`\\b${BARE} ${NUMBER}(?: (?:scores?|ratings?|rated|stars|points|on mal))?(?=\\s|$)`, 'g'), r, ([, n]) =>
    score(+n),
  );
  phrase.take(
    new RegExp(
      `\\b(?:(?:scored?|scoring|rated|rating) )?${NUMBER}(?:\\+| or (?:more|higher|above|better)) ?(?:scores?|ratings?|rated)?`,
      'g',
    ),
    r,
    ([, n]) => score(+n),
  );
  phrase.take(
    /\b(?:highly[- ]rated|high(?:ly)?[- ](?:rated|scored|scoring)|well[- ](?:rated|reviewed|received)|(?:critically )?acclaimed|masterpieces?|must[- ]watch(?:es)?)\b/g,
    r,
    () => score(HIGHLY_RATED, ' (the best ~4% of scored anime)'),
  );
  // A superlative asks for a list of the best, as a top list does, and for what that list holds.
  phrase.take(
    /\b(?:the )?(?:very )?(?:best(?:[- ](?:rated|ranked|reviewed|scored))?|(?:top|highest)[- ](?:rated|ranked|scored)|greatest|finest)\b/g,
    r,
    () => {
      draft.cues.add('top');
      return score(HIGHLY_RATED, ' (the best ~4% of scored anime), a top list');
    },
  );
  if (draft.cues.has('top')) phrase.take(/\bever\b/g, r, () => 'a top list');
}
