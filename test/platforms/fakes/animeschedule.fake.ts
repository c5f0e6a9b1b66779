// AnimeSchedule v3 (animeschedule.net/api/v3): bearer-token JSON API; anime search, anime by route, weekly timetables.
import {
  json,
  proxyUnavailable,
  startFakeServer,
  type FakeOptions,
  type FakePlatform,
  type FakeResponse,
  type RecordedRequest,
} from './fake-server.js';
import { FIXTURE_ANIME, findByRoute, type FixtureAnime } from './fixture-anime.js';
import { toAnime } from './animeschedule.render.js';
import { localWeek, offsetMinutes, timetable, type Delays, type StreamsShape } from './animeschedule.timetable.js';
import { FixedWindow } from './rate-window.js';
import { seedFrom, seedFromMal, syntheticAnime, syntheticByRoute } from './synthetic.js';

export interface AnimeScheduleFakeOptions extends FakeOptions {
  /** The application token the fake accepts as `Authorization: Bearer <token>`. Default 'test-token'. */
  token?: string;
  /** Broadcasts AnimeSchedule says are delayed (minutes, by route, air type and episode); tests may change it. */
  delays?: Delays;
  /** The server clock: which week is "current" and which episodes have aired. Default: the real clock. */
  now?: () => Date;
  /** Documented limit, reported in X-RateLimit-* on every answer. Default 120 per minute. */
  rateLimitPerMinute?: number;
  /** Answer 429 beyond the limit. Default off: the counters are only reported. */
  enforceRateLimit?: boolean;
  /** Timetable `streams` as the Oct-2024 live capture has it (platform → URL map) or as a list. Default 'map'. */
  timetableStreams?: StreamsShape;
  /**
   * Answer mal-ids / anilist-ids / anidb-ids the fixture lacks with deterministic synthetic anime (route
   * `synthetic-anime-<MAL id>`, also served by /anime/{route}). Timetables stay the fixture's. Default off.
   */
  synthesize?: boolean;
}

const PAGE_SIZE = 18;
const SORTS = ['popularity', 'score', 'alphabetic', 'releaseDate'];
type AnimeObject = ReturnType<typeof toAnime>;

// Error bodies are undocumented; a small JSON object is what clients in the notes keep as text.
const error = (status: number, message: string) => json(status, { error: message });

function values(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
}

/** Routes, names or ids of one anime that a filter can match against. */
function facets(o: AnimeObject): Record<string, string[]> {
  return {
    genres: o.genres.map((g) => g.route),
    studios: o.studios.map((s) => s.route),
    sources: o.sources.map((s) => s.route),
    'media-types': o.mediaTypes.map((m) => m.route),
    years: [String(o.year)],
    seasons: [o.season.route, o.season.season.toLowerCase()],
    'airing-statuses': [o.status.toLowerCase()],
  };
}

/** Synthetic anime for the ids an id filter names; the franchise rule and the other filters then apply as usual. */
function syntheticHits(ids: { mal: string[]; anilist: string[]; anidb: string[] }): FixtureAnime[] {
  const seeds = [
    ...ids.mal.map((id) => seedFromMal(id)),
    ...ids.anilist.map((id) => seedFrom('anilist', id)),
    ...ids.anidb.map((id) => seedFrom('anidb', id)),
  ];
  return [...new Set(seeds.filter((seed): seed is number => seed !== undefined))].map(syntheticAnime);
}

function search(query: URLSearchParams, now: Date, synthesize: boolean): FakeResponse {
  const q = query.get('q') ?? '';
  if (q.length > 200) return error(400, 'q must be at most 200 characters');
  const mt = query.get('mt') ?? 'all';
  const st = query.get('st') ?? 'popularity';
  const page = Number(query.get('page') ?? '1');
  if (!['all', 'any'].includes(mt)) return error(400, `invalid mt: ${mt}`);
  if (!SORTS.includes(st)) return error(400, `invalid st: ${st}`);
  if (!Number.isInteger(page) || page < 1) return error(400, 'page must be a positive integer');
  // Id filters are loose on the live API: the rest of the franchise comes back too.
  const ids = { mal: values(query, 'mal-ids'), anilist: values(query, 'anilist-ids'), anidb: values(query, 'anidb-ids') };
  const hit = (a: FixtureAnime) =>
    ids.mal.includes(String(a.ids.mal)) || ids.anilist.includes(String(a.ids.anilist)) || ids.anidb.includes(String(a.ids.anidb));
  const pool = synthesize ? [...FIXTURE_ANIME, ...syntheticHits(ids)] : FIXTURE_ANIME;
  const franchises = new Set(pool.filter(hit).map((a) => a.franchise));
  const byId = ids.mal.length + ids.anilist.length + ids.anidb.length > 0;
  const needle = q.toLowerCase();
  const matches = pool
    .filter((a) => !byId || franchises.has(a.franchise))
    .filter(
      (a) =>
        !needle ||
        [a.titles.romaji, a.titles.english, a.titles.native, ...a.titles.synonyms].some((t) => t?.toLowerCase().includes(needle)),
    )
    .map((a) => toAnime(a, now))
    .filter((o) => {
      const f = facets(o);
      return Object.keys(f).every((name) => {
        const wanted = values(query, name);
        const excluded = values(query, `${name}-exclude`);
        if (excluded.some((v) => f[name].includes(v))) return false;
        if (wanted.length === 0) return true;
        // `mt` matters where one anime has several values (genres, studios); others match any listed value.
        const multi = name === 'genres' || name === 'studios';
        return multi && mt === 'all' ? wanted.every((v) => f[name].includes(v)) : wanted.some((v) => f[name].includes(v));
      });
    });
  const order: Record<string, (x: AnimeObject, y: AnimeObject) => number> = {
    popularity: (x, y) => y.stats.trackedCount - x.stats.trackedCount,
    score: (x, y) => y.stats.averageScore - x.stats.averageScore,
    alphabetic: (x, y) => x.title.localeCompare(y.title),
    releaseDate: (x, y) => y.premier.localeCompare(x.premier),
  };
  const sorted = matches.sort(order[st]);
  return json(200, { page, totalAmount: sorted.length, anime: sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE) });
}

function timetables(request: RecordedRequest, airType: string, now: Date, shape: StreamsShape, delays?: Delays): FakeResponse {
  if (!['raw', 'sub', 'dub', 'all'].includes(airType)) return error(400, `invalid air type: ${airType}`);
  const q = request.query;
  const tz = q.get('tz') ?? undefined;
  if (tz) {
    try {
      offsetMinutes(tz, now);
    } catch {
      return error(400, `invalid tz: ${tz}`);
    }
  }
  const week = q.get('week');
  const year = q.get('year');
  if ((week === null) !== (year === null)) return error(400, 'week and year must be given together');
  const wanted = week === null || year === null ? localWeek(now, tz) : { week: Number(week), year: Number(year) };
  if (!Number.isInteger(wanted.week) || wanted.week < 1 || wanted.week > 53 || !Number.isInteger(wanted.year)) {
    return error(400, 'invalid week or year');
  }
  const entries = timetable(wanted, airType as 'raw' | 'sub' | 'dub' | 'all', tz, now, shape, delays);
  return entries.length ? json(200, entries) : error(404, 'no timetable for this week');
}

export function startAnimeScheduleFake(options: AnimeScheduleFakeOptions = {}): Promise<FakePlatform> {
  const token = options.token ?? 'test-token';
  const now = options.now ?? (() => new Date());
  const limit = options.rateLimitPerMinute ?? 120;
  const window = new FixedWindow(limit, 60_000, () => now().getTime());
  const tooMany = () => error(429, 'too many requests');
  return startFakeServer(
    {
      basePath: '/api/v3',
      admit() {
        const hit = window.hit();
        const headers = {
          'X-RateLimit-Limit': limit,
          'X-RateLimit-Remaining': hit.remaining,
          'X-RateLimit-Reset': Math.floor(hit.resetAt / 1000),
        };
        if (!options.enforceRateLimit || hit.allowed) return { headers };
        return { headers: { ...headers, 'Retry-After': hit.retryAfterSeconds }, reject: tooMany() };
      },
      handle(request) {
        if (request.headers.authorization !== `Bearer ${token}`) return error(401, 'missing or invalid API token');
        if (request.method !== 'GET') return error(405, 'method not allowed');
        const path = request.path.replace(/^\/api\/v3/, '').replace(/\/$/, '');
        if (path === '/anime') return search(request.query, now(), options.synthesize ?? false);
        const slug = path.match(/^\/anime\/([^/]+)$/)?.[1];
        if (slug) {
          const route = decodeURIComponent(slug);
          const anime = findByRoute(route) ?? (options.synthesize ? syntheticByRoute(route) : undefined);
          return anime ? json(200, toAnime(anime, now())) : error(404, 'anime not found');
        }
        const air = path.match(/^\/timetables(?:\/([^/]+))?$/);
        if (air) return timetables(request, air[1] ?? 'all', now(), options.timetableStreams ?? 'map', options.delays);
        return error(404, 'not found');
      },
      failure(mode, { retryAfterSeconds, headers }) {
        if (mode === 'unavailable') return proxyUnavailable();
        if (mode === 'server-error') return error(500, 'internal server error');
        const reset = Math.floor(now().getTime() / 1000) + retryAfterSeconds;
        return {
          ...tooMany(),
          headers: {
            ...tooMany().headers,
            ...headers,
            'Retry-After': retryAfterSeconds,
            'X-RateLimit-Remaining': 0,
            'X-RateLimit-Reset': reset,
          },
        };
      },
    },
    options,
  );
}
