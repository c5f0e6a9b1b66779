// Jikan's query endpoints (top, schedules, seasons, genres, recommendations) with its validation rules.
import { FIXTURE_ANIME, UNAPPROVED_MAL_ANIME, type FixtureAnime } from './fixture-anime.js';
import { MAL_GENRES, type GenreFilter } from './jikan.genres.js';
import { RATING_LABEL, toAnime, toUserRecommendation } from './jikan.render.js';

const MAX_LIMIT = 25;
const TYPES = ['tv', 'movie', 'ova', 'special', 'ona', 'music', 'cm', 'pv', 'tv-special'];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'unknown', 'other'];
const SEASONS = ['winter', 'spring', 'summer', 'fall'];
const SEASON_START_MONTH: Record<string, number> = { winter: 1, spring: 4, summer: 7, fall: 10 };
const RATINGS: Record<string, string> = {
  g: 'G - All Ages',
  pg: 'PG - Children',
  pg13: RATING_LABEL['PG-13'],
  r17: RATING_LABEL.R,
  r: 'R+ - Mild Nudity',
  rx: 'Rx - Hentai',
};

/** Collects Laravel-style validation messages; a non-empty bag becomes Jikan's 400 ValidationException. */
export class QueryRules {
  readonly messages: Record<string, string[]> = {};

  constructor(private readonly query: URLSearchParams) {}

  private fail(name: string, message: string): undefined {
    (this.messages[name] ??= []).push(message);
    return undefined;
  }

  int(name: string, fallback: number, max?: number): number {
    const raw = this.query.get(name);
    if (raw === null || raw === '') return fallback;
    if (!/^-?\d+$/.test(raw)) return this.fail(name, `The ${name} must be an integer.`) ?? fallback;
    const value = Number(raw);
    if (value < 1) return this.fail(name, `The ${name} must be at least 1.`) ?? fallback;
    if (max !== undefined && value > max)
      return this.fail(name, `Value ${value} is higher than the configured '${max}' max value.`) ?? fallback;
    return value;
  }

  oneOf(name: string, allowed: readonly string[], value = this.query.get(name)): string | undefined {
    if (value === null || value === '') return undefined;
    const lower = value.toLowerCase();
    return allowed.includes(lower) ? lower : this.fail(name, `The selected ${name} is invalid.`);
  }

  /** Jikan's flags work bare (`?sfw`) as well as with true/false. */
  flag(name: string, fallback = false): boolean {
    const raw = this.query.get(name);
    if (raw === null) return fallback;
    if (['', 'true', '1'].includes(raw)) return true;
    if (['false', '0'].includes(raw)) return false;
    return this.fail(name, `The ${name} field must be true or false.`) ?? fallback;
  }

  get valid(): boolean {
    return Object.keys(this.messages).length === 0;
  }
}

export type ListResult = { ok: true; body: unknown } | { ok: false; messages: Record<string, string[]> };

function page<T>(items: T[], rules: QueryRules, perPage?: number) {
  const current = rules.int('page', 1);
  const limit = perPage ?? rules.int('limit', MAX_LIMIT, MAX_LIMIT);
  const data = items.slice((current - 1) * limit, current * limit);
  const last = Math.max(1, Math.ceil(items.length / limit));
  return { data, current, last, limit, total: items.length };
}

function paginatedPlus<T>(items: T[], rules: QueryRules): ListResult {
  const p = page(items, rules);
  if (!rules.valid) return { ok: false, messages: rules.messages };
  return {
    ok: true,
    body: {
      pagination: {
        last_visible_page: p.last,
        has_next_page: p.current < p.last,
        current_page: p.current,
        items: { count: p.data.length, total: p.total, per_page: p.limit },
      },
      data: p.data,
    },
  };
}

const byDesc = (pick: (a: FixtureAnime) => number) => (x: FixtureAnime, y: FixtureAnime) => pick(y) - pick(x);

/** Every entry MyAnimeList has, approved or not; the lists drop the unapproved ones unless asked with `unapproved`. */
const MAL_ENTRIES: readonly FixtureAnime[] = [...FIXTURE_ANIME, ...UNAPPROVED_MAL_ANIME];

/** The `sfw` and `unapproved` flags every anime list takes. */
function sfwFilter(rules: QueryRules) {
  const sfw = rules.flag('sfw');
  const unapproved = rules.flag('unapproved');
  return (a: FixtureAnime) => (!sfw || RATING_LABEL[a.ageRating] !== RATINGS.rx) && (unapproved || a.approved !== false);
}

export function topAnime(query: URLSearchParams): ListResult {
  const rules = new QueryRules(query);
  const type = rules.oneOf('type', TYPES);
  const filter = rules.oneOf('filter', ['airing', 'upcoming', 'bypopularity', 'favorite']);
  const rating = rules.oneOf('rating', Object.keys(RATINGS));
  const sfw = sfwFilter(rules);
  // Ordering as jikan-rest's TopAnimeEndpointTest pins it: score, or members, or favorites.
  const order =
    filter === 'favorite'
      ? byDesc((a) => a.scores.mal.favorites)
      : filter === 'bypopularity' || filter === 'upcoming'
        ? byDesc((a) => a.scores.mal.members)
        : byDesc((a) => a.scores.mal.score);
  const items = MAL_ENTRIES.filter((a) => !type || a.format.toLowerCase() === type)
    .filter((a) => filter !== 'airing' || a.status === 'airing')
    .filter(() => filter !== 'upcoming') // nothing in the fixture is still to air
    .filter((a) => !rating || RATINGS[rating] === RATING_LABEL[a.ageRating])
    .filter(sfw)
    .sort(order);
  return paginatedPlus(items.map(toAnime), rules);
}

export function schedules(query: URLSearchParams, day?: string): ListResult {
  const rules = new QueryRules(query);
  const filter = rules.oneOf('filter', DAYS, day ?? query.get('filter'));
  const kids = rules.flag('kids');
  const sfw = sfwFilter(rules);
  const items = MAL_ENTRIES.filter((a) => a.status === 'airing')
    .filter((a) => {
      if (!filter) return true;
      if (filter === 'unknown') return a.broadcast === null;
      if (filter === 'other') return false; // every running fixture show airs weekly
      return a.broadcast?.day.toLowerCase() === `${filter}s`;
    })
    .filter((a) => kids === a.demographics.includes('Kids'))
    .filter(sfw)
    .sort(byDesc((a) => a.scores.mal.members));
  return paginatedPlus(items.map(toAnime), rules);
}

export function season(query: URLSearchParams, year: number, seasonName: string): ListResult {
  const rules = new QueryRules(query);
  const name = rules.oneOf('season', SEASONS, seasonName);
  const type = rules.oneOf('filter', TYPES);
  const continuing = rules.flag('continuing');
  const kids = rules.flag('kids');
  const sfw = sfwFilter(rules);
  const start = `${year}-${String(SEASON_START_MONTH[name ?? 'winter']).padStart(2, '0')}-01`;
  const items = MAL_ENTRIES.filter((a) => {
    if (a.season.year === year && a.season.name === name) return true;
    // "TV (continuing)": began before this season and was still running when it started.
    return continuing && a.aired.from < start && (a.aired.to === null || a.aired.to >= start);
  })
    .filter((a) => !type || a.format.toLowerCase() === type)
    .filter((a) => kids || !a.demographics.includes('Kids'))
    .filter(sfw)
    .sort(byDesc((a) => a.scores.mal.members));
  return paginatedPlus(items.map(toAnime), rules);
}

export function genres(query: URLSearchParams): ListResult {
  const rules = new QueryRules(query);
  const filter = rules.oneOf('filter', ['genres', 'explicit_genres', 'themes', 'demographics']) as GenreFilter | undefined;
  if (!rules.valid) return { ok: false, messages: rules.messages };
  const data = MAL_GENRES.filter((g) => !filter || g.group === filter).map((g) => ({
    mal_id: g.mal_id,
    name: g.name,
    url: `https://myanimelist.net/anime/genre/${g.mal_id}/${g.name.replace(/ /g, '_')}`,
    count: g.count,
  }));
  return { ok: true, body: { data } };
}

export function recentRecommendations(query: URLSearchParams): ListResult {
  const rules = new QueryRules(query);
  const all = FIXTURE_ANIME.flatMap((a) => a.recommendations.map((r) => toUserRecommendation(a, r)));
  const unique = [...new Map(all.map((r) => [r.mal_id, r])).values()].sort((x, y) => y.date.localeCompare(x.date));
  const p = page(unique, rules, 100);
  if (!rules.valid) return { ok: false, messages: rules.messages };
  return { ok: true, body: { pagination: { last_visible_page: p.last, has_next_page: p.current < p.last }, data: p.data } };
}
