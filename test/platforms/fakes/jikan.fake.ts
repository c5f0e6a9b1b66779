// Jikan v4 (api.jikan.moe/v4): GET-only JSON, `{data}` envelopes, 24 h cache headers, MAL-upstream error bodies.
import { createHash } from 'node:crypto';
import {
  json,
  proxyUnavailable,
  startFakeServer,
  type FakeOptions,
  type FakePlatform,
  type FakeResponse,
  type RecordedRequest,
} from './fake-server.js';
import { FIXTURE_ANIME, findByMal } from './fixture-anime.js';
import { genres, recentRecommendations, schedules, season, topAnime, type ListResult } from './jikan.lists.js';
import { toAnime, toAnimeFull, toCharacters, toRecommendations, toStaff } from './jikan.render.js';
import { FixedWindow } from './rate-window.js';
import { syntheticByMal } from './synthetic.js';

export interface JikanFakeOptions extends FakeOptions {
  /** Answer 429 beyond the documented 3 requests/second and 60/minute (per fake instance). Default off. */
  enforceRateLimit?: boolean;
  /** Answer an anime id the fixture lacks with a deterministic synthetic anime (see synthetic-ids.ts). Default off. */
  synthesize?: boolean;
}

const DAY_MS = 86_400_000;
const md5 = (text: string) => createHash('md5').update(text).digest('hex');

const httpError = (status: number, message: string) => json(status, { status, type: 'HttpException', message, error: null });

// Seen on the public instance, with `status` as a string (research notes: Jikan's own 429).
function rateLimited(retryAfterSeconds: number): FakeResponse {
  const body = {
    status: '429',
    type: 'RateLimitException',
    message:
      'You are being rate-limited. Please follow Rate Limiting guidelines: https://docs.api.jikan.moe/#section/Information/Rate-Limiting',
    error: null,
  };
  return json(429, body, { 'Retry-After': retryAfterSeconds });
}

function notFound(id: number): FakeResponse {
  return json(404, {
    status: 404,
    type: 'BadResponseException',
    message: 'Resource does not exist',
    error: `404 on https://myanimelist.net/anime/${id}/`,
  });
}

function validation(messages: Record<string, string[]>): FakeResponse {
  const error = 'Invalid or incomplete request. Make sure your request is correct. https://docs.api.jikan.moe/';
  return json(400, { status: 400, type: 'ValidationException', messages, error });
}

class JikanRoutes {
  /** When each request URL was first answered: Jikan's cache set date, the base of Last-Modified and Expires. */
  private readonly cachedAt = new Map<string, number>();

  constructor(private readonly synthesize: boolean) {}

  handle(request: RecordedRequest): FakeResponse {
    if (request.method !== 'GET') return httpError(405, 'Method Not Allowed');
    const path = request.path.replace(/^\/v4(?=\/)/, '').replace(/\/$/, '');
    if (path === request.path) return httpError(404, 'Not Found');
    const q = request.query;
    let m: RegExpMatchArray | null;
    if ((m = path.match(/^\/anime\/(\d+)(?:\/(full|characters|staff|recommendations|streaming|external))?$/))) {
      return this.anime(request, Number(m[1]), m[2]);
    }
    if (path === '/top/anime') return this.list(request, topAnime(q));
    if ((m = path.match(/^\/schedules(?:\/([^/]+))?$/))) return this.list(request, schedules(q, m[1]));
    if ((m = path.match(/^\/seasons\/(\d{4})\/([^/]+)$/))) return this.list(request, season(q, Number(m[1]), m[2]));
    if (path === '/genres/anime') return this.list(request, genres(q));
    if (path === '/recommendations/anime') return this.list(request, recentRecommendations(q));
    if (path === '/random/anime') {
      const pick = FIXTURE_ANIME[Math.floor(Math.random() * FIXTURE_ANIME.length)];
      return json(200, { data: toAnime(pick) }, { ETag: `"${md5(String(pick.ids.mal))}"` });
    }
    return httpError(404, 'Not Found');
  }

  private anime(request: RecordedRequest, id: number, part: string | undefined): FakeResponse {
    const a = findByMal(id) ?? (this.synthesize ? syntheticByMal(id) : undefined);
    if (!a) return notFound(id);
    const data =
      part === 'full'
        ? toAnimeFull(a)
        : part === 'characters'
          ? toCharacters(a)
          : part === 'staff'
            ? toStaff(a)
            : part === 'recommendations'
              ? toRecommendations(a)
              : part === 'streaming'
                ? toAnimeFull(a).streaming
                : part === 'external'
                  ? toAnimeFull(a).external
                  : toAnime(a);
    return this.cached(request, { data }, true);
  }

  private list(request: RecordedRequest, result: ListResult): FakeResponse {
    return result.ok ? this.cached(request, result.body, false) : validation(result.messages);
  }

  /** ETag (MD5 of the body) on everything, If-None-Match → 304; the fingerprint only on single resources. */
  private cached(request: RecordedRequest, body: unknown, singleResource: boolean): FakeResponse {
    const text = JSON.stringify(body);
    const key = `${request.path}?${request.query.toString()}`;
    const setAt = this.cachedAt.get(key) ?? Date.now();
    this.cachedAt.set(key, setAt);
    const etag = `"${md5(text)}"`;
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      ETag: etag,
      'Last-Modified': new Date(setAt).toUTCString(),
      Expires: new Date(setAt + DAY_MS).toUTCString(),
    };
    if (singleResource) headers['X-Request-Fingerprint'] = md5(key);
    if (request.headers['if-none-match'] === etag) return { status: 304, headers, body: '' };
    return { status: 200, headers, body: text };
  }
}

export function startJikanFake(options: JikanFakeOptions = {}): Promise<FakePlatform> {
  const perSecond = new FixedWindow(3, 1000);
  const perMinute = new FixedWindow(60, 60_000);
  const routes = new JikanRoutes(options.synthesize ?? false);
  return startFakeServer(
    {
      basePath: '/v4',
      admit() {
        if (!options.enforceRateLimit) return { headers: {} };
        const second = perSecond.hit();
        const minute = perMinute.hit();
        if (second.allowed && minute.allowed) return { headers: {} };
        return { headers: {}, reject: rateLimited(minute.allowed ? second.retryAfterSeconds : minute.retryAfterSeconds) };
      },
      handle: (request) => routes.handle(request),
      failure(mode, { retryAfterSeconds, request }) {
        if (mode === 'rate-limited') return rateLimited(retryAfterSeconds);
        if (mode === 'unavailable') return proxyUnavailable();
        // MAL answered 5xx: Jikan says so with HTTP 503, and `status` carries MAL's code, not 503.
        const upstream = `https://myanimelist.net${request.path.replace(/^\/v4/, '')}`;
        return json(503, {
          status: 502,
          type: 'BadResponseException',
          message:
            'Jikan failed to connect to MyAnimeList.net. MyAnimeList.net may be down/unavailable, refuses to connect or took too long to respond.',
          error: `Server error: \`GET ${upstream}\` resulted in a \`502 Bad Gateway\` response`,
        });
      },
    },
    options,
  );
}
