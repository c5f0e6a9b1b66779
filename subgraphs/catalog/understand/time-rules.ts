// Time in a request: decades, years and ranges of years, "recent" and "old school", childhood
// (from a birth year or age when given), and seasons ("winter 2023", "this season").
import { Season } from '../catalog/anime.js';
import type { Draft } from './parameters.js';
import type { Phrase } from './phrase.js';

const YEAR = '(19[4-9]\\d|20[0-4]\\d)';
const SEASON = '(winter|spring|summer|fall|autumn)';
const RELEASED = '(?:released|aired|made|came out|from)';
const DECADE_WORDS = ['forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
/** The last few years count as recent: about what a season chart of "new" shows covers. */
const RECENT_YEARS = 3;
/** Without a birth year, "my childhood" is the years most of today's adult viewers were children in. */
const CHILDHOOD = { from: 1990, to: 2010 };
const CHILDHOOD_AGES = { from: 8, to: 16 };

const SEASONS_BY_MONTH = [Season.WINTER, Season.SPRING, Season.SUMMER, Season.FALL];
const SEASON_ORDER = [Season.WINTER, Season.SPRING, Season.SUMMER, Season.FALL];

export function seasonAt(now: Date): { year: number; season: Season } {
  return { year: now.getUTCFullYear(), season: SEASONS_BY_MONTH[Math.floor(now.getUTCMonth() / 3)] };
}

function seasonNamed(word: string): Season {
  return word === 'autumn' ? Season.FALL : (word.toUpperCase() as Season);
}

function shift({ year, season }: { year: number; season: Season }, by: number): { year: number; season: Season } {
  const index = SEASON_ORDER.indexOf(season) + by;
  return { year: year + Math.floor(index / 4), season: SEASON_ORDER[((index % 4) + 4) % 4] };
}

/** Two-digit years: "95" is 1995, "05" is 2005. */
function fullYear(digits: string): number {
  const value = Number(digits);
  return digits.length === 4 ? value : value >= 40 ? 1900 + value : 2000 + value;
}

export function takeTime(phrase: Phrase, draft: Draft, now: Date): void {
  const r = draft.reasons;
  const thisYear = now.getUTCFullYear();
  // Each phrase narrows the years ("old school" after "the eighties" keeps the eighties); one that would
  // leave none ("recent" with "from 2010") gives way to the years named before it.
  const years = (from?: number, to?: number) => {
    const known = draft.years ?? {};
    if (from !== undefined && known.from !== undefined) from = Math.max(from, known.from);
    if (to !== undefined && known.to !== undefined) to = Math.min(to, known.to);
    if ((from ?? known.from ?? -Infinity) > (to ?? known.to ?? Infinity)) return `years ${known.from ?? '…'}–${known.to ?? '…'} kept`;
    draft.years = { ...known, ...(from !== undefined && { from }), ...(to !== undefined && { to }) };
    return `years ${from ?? '…'}–${to ?? '…'}`;
  };
  const setSeason = (value: { year: number; season: Season }) => {
    draft.season = value;
    return `season ${value.season} ${value.year}`;
  };

  phrase.take(new RegExp(`\\b${SEASON}(?: season)?(?: of| in)? (${YEAR.slice(1, -1)}|'\\d\\d)\\b`, 'g'), r, ([, season, year]) =>
    setSeason({ year: fullYear(year.replace("'", '')), season: seasonNamed(season) }),
  );
  phrase.take(new RegExp(`\\b${YEAR} ${SEASON}\\b`, 'g'), r, ([, year, season]) =>
    setSeason({ year: Number(year), season: seasonNamed(season) }),
  );
  phrase.take(/\b(this|current|next|coming|last|previous|past) (?:anime )?season(?:'s)?\b/g, r, ([, which]) => {
    const by = ['next', 'coming'].includes(which) ? 1 : ['last', 'previous', 'past'].includes(which) ? -1 : 0;
    return setSeason(shift(seasonAt(now), by));
  });
  phrase.take(new RegExp(`\\b(this|next|last) ${SEASON}(?:'s)?\\b`, 'g'), r, ([, which, name]) => {
    const season = seasonNamed(name);
    const current = seasonAt(now);
    let year = current.year + (which === 'next' ? 1 : which === 'last' ? -1 : 0);
    // In December the coming winter is next year's (the catalog counts January to March as winter).
    if (which === 'this' && season === Season.WINTER && now.getUTCMonth() === 11) year++;
    return setSeason({ year, season });
  });

  phrase.take(new RegExp(`\\b(?:from |between )?${YEAR} ?(?:to|and|until|till|through|-) ?${YEAR}\\b`, 'g'), r, ([, a, b]) =>
    years(Math.min(+a, +b), Math.max(+a, +b)),
  );
  phrase.take(new RegExp(`\\b(?:${RELEASED} )?(?:(?:before|earlier than|older than|prior to) |pre-? ?)${YEAR}\\b`, 'g'), r, ([, y]) =>
    years(undefined, +y - 1),
  );
  phrase.take(new RegExp(`\\b(?:until|up to|through) ${YEAR}\\b|\\b${YEAR} (?:or|and) (?:earlier|before|older)\\b`, 'g'), r, ([, a, b]) =>
    years(undefined, +(a || b)),
  );
  phrase.take(new RegExp(`\\b(?:${RELEASED} )?(?:(?:after|later than|newer than) |post-? ?)${YEAR}\\b`, 'g'), r, ([, y]) => years(+y + 1));
  phrase.take(
    new RegExp(
      `\\bsince ${YEAR}(?: on| onwards?)?\\b|\\bfrom ${YEAR} (?:on|onwards?)\\b|\\b${YEAR}(?: or| and) (?:later|newer|after|up)\\b|\\b${YEAR}(?:\\+| onwards?)`,
      'g',
    ),
    r,
    ([, a, b, c, d]) => years(+(a || b || c || d)),
  );
  phrase.take(
    new RegExp(`\\b(?:${RELEASED} )?(?:around|circa|about|approximately|roughly|~) ?${YEAR}\\b|\\b${YEAR}[- ]?ish\\b`, 'g'),
    r,
    ([, a, b]) => {
      const y = +(a || b);
      return `${years(y - 2, y + 2)} (about)`;
    },
  );
  phrase.take(
    /\b(?:(?:released|aired|made|came out) )?(?:(?:from|in|during|of) )?(?:(early|mid|late)[- ])?(?:the )?(?:(?:'?(\d0)|(19[4-9]0|20[0-4]0))'?s|(forties|fifties|sixties|seventies|eighties|nineties))(?:[- ]?ish)?\b/g,
    r,
    ([, part, short, long, word]) => {
      const decade = word ? 1940 + 10 * DECADE_WORDS.indexOf(word) : long ? +long : fullYear(short);
      const [from, to] = part === 'early' ? [0, 3] : part === 'mid' ? [3, 6] : part === 'late' ? [6, 9] : [0, 9];
      return years(decade + from, decade + to);
    },
  );

  takeChildhood(phrase, draft, thisYear, years);

  phrase.take(
    /\b(recent(?:ly)?|latest|modern|newer|new(?= (?:anime|shows?|series|ones|releases|stuff|titles|movies?)))\b/g,
    r,
    () => `${years(thisYear - RECENT_YEARS)} (the last ${RECENT_YEARS} years)`,
  );
  phrase.take(/\b(old[- ]school|retro|classics?|vintage|golden age)\b/g, r, () => years(undefined, 1999));
  phrase.take(/\bolder\b|\bold(?= (?:anime|shows?|series|ones|stuff|titles|movies?)\b)/g, r, () => years(undefined, 2009));
  phrase.take(/\b(?:(?:from|in|of|during) )?(?:the )?(?:last|past) (\d{1,2}) years\b/g, r, ([, n]) => years(thisYear - +n));
  phrase.take(
    /\b(?:(?:from|in|of|during) )?(?:this|the) decade\b|\b(?:(?:from|in|of|during) )?the (?:last|past) decade\b/g,
    r,
    ([match]) => (/last|past/.test(match) ? years(thisYear - 10) : years(thisYear - (thisYear % 10))),
  );
  phrase.take(/\b(this|last) year(?:'s)?\b/g, r, ([, which]) => {
    const y = which === 'this' ? thisYear : thisYear - 1;
    return years(y, y);
  });
  phrase.take(new RegExp(`\\b(?:(?:released|aired|made|came out) )?(?:in |from |of |during )?${YEAR}\\b(?! episodes)`, 'g'), r, ([, y]) =>
    years(+y, +y),
  );
}

function takeChildhood(phrase: Phrase, draft: Draft, thisYear: number, years: (from?: number, to?: number) => string): void {
  const cue =
    /\b(?:(?:from|of|in) my childhood|my childhood|childhood|i grew up (?:with|watching|on)|grew up (?:with|watching|on)|growing up|when i was (?:a )?(?:kid|child|little|young(?:er)?|teen(?:ager)?)|as a (?:kid|child|teen(?:ager)?)|nostalgic|nostalgia)\b/;
  if (!phrase.has(cue)) return;
  let birth: number | undefined;
  phrase.take(/\b(?:i was |i'm |i am |im )?born (?:in )?('?\d\d|19[4-9]\d|20[0-2]\d)\b/g, draft.reasons, ([, y]) => {
    birth = fullYear(y.replace("'", ''));
    return `born in ${birth}`;
  });
  phrase.take(/\b(?:i'm|i am|im) (\d{1,2})(?: years old| yo| y\/o)?\b/g, draft.reasons, ([, age]) => {
    if (+age < 10 || +age > 80) return undefined;
    birth = thisYear - +age;
    return `born about ${birth}`;
  });
  phrase.take(new RegExp(cue.source, 'g'), draft.reasons, () =>
    birth === undefined
      ? `${years(CHILDHOOD.from, CHILDHOOD.to)} (a childhood, no birth year given)`
      : `${years(birth + CHILDHOOD_AGES.from, birth + CHILDHOOD_AGES.to)} (ages ${CHILDHOOD_AGES.from}–${CHILDHOOD_AGES.to})`,
  );
}
