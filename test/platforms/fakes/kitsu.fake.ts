// Kitsu (kitsu.app/api/edge): JSON:API over the fixture; resources, related collections, filters, include, 20-item pages.
import { createHash } from 'node:crypto';
import {
  proxyUnavailable,
  startFakeServer,
  type FakeOptions,
  type FakePlatform,
  type FakeResponse,
  type RecordedRequest,
} from './fake-server.js';
import {
  checkInclude,
  JsonApiError,
  kebab,
  parseInclude,
  renderCollection,
  renderDocument,
  sortResources,
  targetType,
  type RenderContext,
} from './kitsu.jsonapi.js';
import { allOfType, lookup, RELATIONSHIPS, type KitsuResource } from './kitsu.resources.js';
import { KitsuSynthetics } from './kitsu.synthetic.js';

export interface KitsuFakeOptions extends FakeOptions {
  /**
   * Answer an anime id the fixture lacks (/anime/{id} and its related collections) and a MAL, AniList or AniDB id
   * in a /mappings filter with deterministic synthetic anime (see synthetic-ids.ts). Default off.
   */
  synthesize?: boolean;
}

const BASE_PATH = '/api/edge';
const CONTENT_TYPE = 'application/vnd.api+json';
const TYPE_BY_PATH: Record<string, string> = Object.fromEntries(Object.keys(RELATIONSHIPS).map((type) => [kebab(type), type]));
const ANIME_FILTERS = [
  'text',
  'slug',
  'id',
  'season',
  'seasonYear',
  'year',
  'status',
  'subtype',
  'ageRating',
  'averageRating',
  'categories',
  'episodeCount',
  'episodeLength',
  'streamers',
  'userCount',
  'since',
];
const SEASON_OF_MONTH = ['winter', 'winter', 'spring', 'spring', 'spring', 'summer', 'summer', 'summer', 'fall', 'fall', 'fall', 'winter'];

function jsonApi(status: number, body: unknown, headers: Record<string, string | number> = {}): FakeResponse {
  const text = JSON.stringify(body);
  const etag = `W/"${createHash('md5').update(text).digest('hex')}"`;
  return { status, headers: { 'Content-Type': CONTENT_TYPE, ETag: etag, ...headers }, body: text };
}

const routeNotFound = (request: RecordedRequest) =>
  new JsonApiError(404, 'Route not found', `No route matches [${request.method}] "${request.path}"`);
const recordNotFound = (id: string) => new JsonApiError(404, 'Record not found', `The record identified by ${id} could not be found.`);

const list = (value: string) => value.split(',').map((v) => v.trim().toLowerCase());
const str = (value: unknown) => String(value ?? '').toLowerCase();

/** Kitsu's text search matches every word somewhere in the titles. */
function matchesText(r: KitsuResource, text: string): boolean {
  const titles = r.attributes.titles as Record<string, string | null>;
  const haystack = [r.attributes.canonicalTitle, ...Object.values(titles), ...(r.attributes.abbreviatedTitles as string[])]
    .map(str)
    .join(' ');
  return text
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

function animeFilter(name: string, value: string): (r: KitsuResource) => boolean {
  const startDate = (r: KitsuResource) => String(r.attributes.startDate ?? '');
  switch (name) {
    case 'text':
      return (r) => matchesText(r, value);
    case 'slug':
      return (r) => list(value).includes(str(r.attributes.slug));
    case 'id':
      return (r) => list(value).includes(r.id);
    case 'subtype':
      return (r) => list(value).includes(str(r.attributes.subtype));
    case 'status':
      return (r) => list(value).includes(str(r.attributes.status));
    case 'ageRating':
      return (r) => list(value).includes(str(r.attributes.ageRating));
    case 'season':
      return (r) => list(value).includes(SEASON_OF_MONTH[Number(startDate(r).slice(5, 7)) - 1] ?? '');
    case 'seasonYear':
      return (r) => list(value).includes(startDate(r).slice(0, 4));
    case 'year': {
      const [from, to = from] = value.split('..');
      return (r) => startDate(r).slice(0, 4) >= from && startDate(r).slice(0, 4) <= to;
    }
    default:
      return () => true; // accepted by Kitsu; the fake does not narrow by it
  }
}

function collection(type: string, path: string, context: RenderContext, synthetics?: KitsuSynthetics): FakeResponse {
  const allowed = type === 'anime' ? ANIME_FILTERS : type === 'mappings' ? ['externalSite', 'externalId', 'id'] : ['id'];
  const extra = type === 'mappings' && synthetics ? synthetics.mappings(context.query) : [];
  let items = [...allOfType(type), ...extra].sort((a, b) => Number(a.id) - Number(b.id));
  for (const [param, value] of context.query) {
    const name = param.match(/^filter\[(.+)\]$/)?.[1];
    if (!name) continue;
    if (!allowed.includes(name)) throw new JsonApiError(400, 'Filter not allowed', `${name} is not allowed.`, '102');
    items = items.filter(
      type === 'anime' ? animeFilter(name, value) : (r) => (name === 'id' ? r.id : String(r.attributes[name])) === value,
    );
  }
  checkInclude(type, parseInclude(context.query.get('include')));
  return jsonApi(200, renderCollection(sortResources(items, context.query.get('sort'), type), path, context));
}

function route(request: RecordedRequest, base: string, synthetics?: KitsuSynthetics): FakeResponse {
  if (request.method !== 'GET' || !request.path.startsWith(`${BASE_PATH}/`)) throw routeNotFound(request);
  const segments = request.path.slice(BASE_PATH.length).split('/').filter(Boolean);
  const type = TYPE_BY_PATH[segments[0]];
  if (!type || segments.length > 4) throw routeNotFound(request);
  const context: RenderContext = { base, query: request.query };
  const include = parseInclude(request.query.get('include'));
  if (segments.length === 1) return collection(type, request.path.slice(BASE_PATH.length), context, synthetics);
  const resource = lookup(type, segments[1]) ?? synthetics?.lookup(type, segments[1]);
  if (!resource) throw recordNotFound(segments[1]);
  if (segments.length === 2) {
    checkInclude(type, include);
    return jsonApi(200, renderDocument(resource, context));
  }
  const linkageOnly = segments[2] === 'relationships';
  const relationshipPath = linkageOnly ? segments[3] : segments[2];
  const name = Object.keys(RELATIONSHIPS[type]).find((n) => kebab(n) === relationshipPath);
  if (!name || (linkageOnly && segments.length !== 4) || (!linkageOnly && segments.length !== 3)) throw routeNotFound(request);
  const many = RELATIONSHIPS[type][name] === 'many';
  const targets = resource.relationships[name]?.() ?? [];
  if (linkageOnly) {
    const self = `${base}/${segments[0]}/${segments[1]}`;
    const ids = targets.map((t) => ({ type: t.type, id: t.id }));
    return jsonApi(200, {
      links: { self: `${self}/relationships/${relationshipPath}`, related: `${self}/${relationshipPath}` },
      data: many ? ids : (ids[0] ?? null),
    });
  }
  checkInclude(targets[0]?.type ?? targetType(type, name), include);
  if (!many) return jsonApi(200, renderDocument(targets[0] ?? null, context));
  return jsonApi(
    200,
    renderCollection(
      sortResources(targets, request.query.get('sort'), targets[0]?.type ?? type),
      request.path.slice(BASE_PATH.length),
      context,
    ),
  );
}

export async function startKitsuFake(options: KitsuFakeOptions = {}): Promise<FakePlatform> {
  let base = '';
  const synthetics = options.synthesize ? new KitsuSynthetics() : undefined;
  const platform = await startFakeServer(
    {
      basePath: BASE_PATH,
      handle(request) {
        try {
          return route(request, base, synthetics);
        } catch (error) {
          if (error instanceof JsonApiError) return jsonApi(error.status, error.toBody());
          throw error;
        }
      },
      failure(mode, { retryAfterSeconds }) {
        if (mode === 'unavailable') return proxyUnavailable();
        // Kitsu documents no rate limit; a 429 from it would still be a JSON:API error document.
        if (mode === 'rate-limited') {
          return jsonApi(429, new JsonApiError(429, 'Too Many Requests', 'Rate limit exceeded. Retry later.').toBody(), {
            'Retry-After': retryAfterSeconds,
          });
        }
        return jsonApi(500, new JsonApiError(500, 'Internal Server Error', 'Internal Server Error').toBody());
      },
    },
    options,
  );
  // Links point back at the fake itself, as Kitsu's point at kitsu.app, so a client can follow them.
  base = platform.url;
  return platform;
}
