// AniDB HTTP API (api.anidb.net:9001/httpapi): registered clients only, gzip XML always, errors as XML with HTTP 200.
import { startFakeServer, type FakeOptions, type FakePlatform, type FakeResponse, type RecordedRequest } from './fake-server.js';
import { findByAniDb } from './fixture-anime.js';
import { animeXml } from './anidb.xml.js';
import { syntheticOn } from './synthetic.js';

export interface AniDbFakeOptions extends FakeOptions {
  /** Registered clients and their version (`client` → `clientver`). Default `{ anigraph: 1 }`. */
  clients?: Record<string, number>;
  /** Ban a client that asks again sooner than `minIntervalMs` after the previous request. Default off. */
  enforceFloodRule?: boolean;
  /** AniDB's documented pace: one page every two seconds. Default 2000. */
  minIntervalMs?: number;
  /** How long a ban lasts in the fake (days on the real service). Default 10 000. */
  banMs?: number;
  /** Answer an aid the fixture lacks with a deterministic synthetic anime (see synthetic-ids.ts). Default off. */
  synthesize?: boolean;
}

// The wiki does not say; text/xml is what the XML clients in the notes accept.
const CONTENT_TYPE = 'text/xml; charset=UTF-8';

/** Every AniDB answer, data or error, is gzip-compressed whatever the client asked for. */
const xml = (body: string): FakeResponse => ({ status: 200, headers: { 'Content-Type': CONTENT_TYPE }, body, gzip: true });
const BANNED = () => xml('<error code="500">banned</error>');

function handle(request: RecordedRequest, clients: Record<string, number>, synthesize: boolean): FakeResponse {
  if (request.path !== '/httpapi')
    return { status: 404, headers: { 'Content-Type': 'text/html' }, body: '<html><body><h1>404 Not Found</h1></body></html>' };
  const q = request.query;
  const client = q.get('client');
  const version = q.get('clientver');
  const registered = client !== null && Object.hasOwn(clients, client) && version === String(clients[client]);
  if (!registered || q.get('protover') !== '1') return xml('<error code="302">client version missing or invalid</error>');
  if (q.get('request') !== 'anime') return xml('<error code="310">illegal input or access denied</error>');
  const aid = q.get('aid');
  if (aid === null || !/^\d+$/.test(aid)) return xml('<error>aid Missing or Invalid</error>');
  const anime = findByAniDb(Number(aid)) ?? (synthesize ? syntheticOn('anidb', Number(aid)) : undefined);
  return xml(anime ? animeXml(anime) : '<error>Anime not found</error>');
}

export function startAniDbFake(options: AniDbFakeOptions = {}): Promise<FakePlatform> {
  const clients = options.clients ?? { anigraph: 1 };
  const minInterval = options.minIntervalMs ?? 2000;
  const banMs = options.banMs ?? 10_000;
  let previousAt: number | undefined;
  let bannedUntil = 0;
  return startFakeServer(
    {
      basePath: '/httpapi',
      admit() {
        if (!options.enforceFloodRule) return { headers: {} };
        const now = Date.now();
        const flooding = previousAt !== undefined && now - previousAt < minInterval;
        previousAt = now;
        // The ban runs from the first offence; asking again while banned does not lengthen it.
        if (flooding && now >= bannedUntil) bannedUntil = now + banMs;
        return now < bannedUntil ? { headers: {}, reject: BANNED() } : { headers: {} };
      },
      handle: (request) => handle(request, clients, options.synthesize ?? false),
      failure(mode) {
        // AniDB has no 429: going too fast is answered the way it really is, with the ban body.
        if (mode === 'rate-limited') return BANNED();
        const status = mode === 'unavailable' ? 503 : 500;
        return {
          status,
          headers: { 'Content-Type': 'text/plain' },
          body: status === 503 ? 'Service Unavailable' : 'Internal Server Error',
        };
      },
    },
    options,
  );
}
