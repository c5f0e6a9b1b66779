// POST /api/query through the real gateway over HTTP: what it answers, that it only translates to the
// named operations, and its JSON errors.
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchAnimeDocument } from '../lib/operations.generated.js';
import { isErrorCode } from '../lib/error-codes.js';
import { errorFromGraphQL } from '../rest/graphql-errors.js';
import { writeFixtureCatalog } from './fixtures/catalog.fixture.js';
import { startTestApp, type TestApp } from './helpers/app.js';

let t: TestApp;
let base: string;

beforeAll(async () => {
  const fixture = writeFixtureCatalog();
  t = await startTestApp({
    ANIME_DB_PATH: fixture.catalogPath,
    ANIME_SYNOPSES_PATH: fixture.synopsesPath,
    REST_MAX_BODY: '4096',
    // No platform answers here (nothing listens on port 9): schedules and ratings come back with their sources failed.
    ...Object.fromEntries(
      ['JIKAN_BASE_URL', 'ANILIST_URL', 'KITSU_BASE_URL', 'ANIDB_BASE_URL', 'ANIMESCHEDULE_BASE_URL'].map((k) => [k, 'http://127.0.0.1:9']),
    ),
    PLATFORM_RETRIES: '0',
  });
  // The word index (tags, synopses) is built in a worker after the start.
  await t.searchSettled();
  base = t.app.url.replace(/\/graphql$/, '');
});
afterAll(() => t?.close());

interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

async function call(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
  const body =
    init.body === undefined || typeof init.body === 'string' || init.body instanceof Uint8Array ? init.body : JSON.stringify(init.body);
  const response = await fetch(`${base}${path}`, {
    method: init.method ?? 'POST',
    headers: { 'content-type': 'application/json', ...init.headers },
    body: body as BodyInit | undefined,
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

const query = (body: unknown, headers?: Record<string, string>) => call('/api/query', { body, headers });

describe('POST /api/query', () => {
  it('answers a plain search with anime, what was understood, timings and the correlation id of its header', async () => {
    const { status, headers, body } = await query({ query: 'a girl who can see ghosts' });
    expect(status).toBe(200);
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results[0]).toMatchObject({ id: expect.any(String), title: expect.any(String), type: expect.any(String) });
    expect(body.metadata).toMatchObject({
      intent: 'search',
      parameters: { intent: 'search', text: 'girl ghosts' },
      timings: { understand_ms: expect.any(Number), fetch_ms: expect.any(Number), total_ms: expect.any(Number) },
      sources: [{ name: 'catalog', state: 'OK' }],
      cache: expect.any(Object),
    });
    expect(body.metadata.timings.total_ms).toBeGreaterThanOrEqual(body.metadata.timings.fetch_ms);
    expect(body.metadata.correlation_id).toBe(headers.get('x-correlation-id'));
    expect(body.suggestions).toContain('only movies');
    expect(body.conversation_id).toBeNull();
  });

  it("passes the caller's correlation id on: echoed, in metadata, and on the log lines of the GraphQL requests made for it", async () => {
    const { headers, body } = await query(
      { query: 'like Attack on Titan' },
      { 'x-correlation-id': 'rest-test-42', 'x-parent-correlation-id': 'parent-7' },
    );
    expect(headers.get('x-correlation-id')).toBe('rest-test-42');
    expect(body.metadata.correlation_id).toBe('rest-test-42');
    const lines = t.logs.filter((line) => line.correlationId === 'rest-test-42');
    // The HTTP front's line, and the in-process subgraph calls of UnderstandQuery and SimilarAnime.
    expect(lines.some((line) => line.component === 'gateway' || line.subgraph)).toBe(true);
  });

  it('answers "like Attack on Titan" with the anime similar to mal-16498', async () => {
    const { status, body } = await query({ query: 'like Attack on Titan' });
    expect(status).toBe(200);
    expect(body.metadata.intent).toBe('similar');
    expect(body.metadata.parameters.similarTo[0]).toMatchObject({ id: 'mal-16498' });
    expect(body.results.length).toBeGreaterThan(0);
    for (const result of body.results) {
      expect(result.id).not.toBe('mal-16498');
      expect(result.because).toEqual({ id: 'mal-16498', title: 'Shingeki no Kyojin' });
    }
  });

  it('skips parsing for a structured query: its parameters are taken as they are', async () => {
    // In words, "like Attack on Titan" is a similar request; as structured text it is a plain search.
    const { status, body } = await query({ query: { text: 'like Attack on Titan', types: ['tv'] }, options: { limit: 3 } });
    expect(status).toBe(200);
    expect(body.metadata.parameters).toEqual({ intent: 'search', text: 'like Attack on Titan', types: ['TV'] });
    expect(body.results.length).toBeLessThanOrEqual(3);
    expect(body.results.every((r: any) => r.type === 'TV')).toBe(true);

    const similar = await query({ query: { intent: 'SIMILAR', similarTo: [{ id: 'mal-16498' }] } });
    expect(similar.body.metadata.intent).toBe('similar');
    expect(similar.body.results.every((r: any) => r.because.id === 'mal-16498')).toBe(true);
  });

  it('answers a top list best score first, where a search-like list is in title order', async () => {
    const top = await query({ query: { intent: 'top', types: ['TV'] }, options: { limit: 6, fields: ['title', 'score'] } });
    expect(top.status).toBe(200);
    const scores = top.body.results.map((r: any) => r.score);
    expect(scores).toHaveLength(6);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    const listed = await query({ query: { intent: 'search', types: ['TV'] }, options: { limit: 6, fields: ['title', 'score'] } });
    const titles = listed.body.results.map((r: any) => r.title);
    expect(titles).toEqual([...titles].sort((a: string, b: string) => a.localeCompare(b)));
    expect(titles).not.toEqual(top.body.results.map((r: any) => r.title));
  });

  it('answers a details question with the anime named, and keeps only options.fields of each result', async () => {
    const { body } = await query({ query: 'tell me about Cowboy Bebop', options: { fields: ['title', 'synopsis'] } });
    expect(body.metadata.intent).toBe('details');
    expect(body.results).toEqual([{ id: 'mal-1', title: 'Cowboy Bebop', synopsis: expect.any(String) }]);
  });

  it('answers a search with the same anime, in the same order, as the GraphQL operation it translates to', async () => {
    const rest = await query({ query: { text: 'titan', types: ['TV'] }, options: { limit: 5 } });
    const graphql = await t.gql(print(SearchAnimeDocument), { query: 'titan', filter: { type: ['TV'] }, first: 5 });
    expect(graphql.body.errors).toBeUndefined();
    const ids = graphql.body.data.search.hits.map((hit: any) => hit.anime.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(rest.body.results.map((r: any) => r.id)).toEqual(ids);
  });

  it('turns what was understood into the filter of the operation: "mecha from the 90s"', async () => {
    const { body } = await query({ query: 'mecha from the 90s' });
    expect(body.metadata.parameters).toMatchObject({ years: { from: 1990, to: 1999 }, tagsInclude: ['mecha'] });
    expect(body.results.length).toBeGreaterThan(0);
    for (const r of body.results) {
      expect(r.tags).toContain('mecha');
      expect(r.year).toBeGreaterThanOrEqual(1990);
      expect(r.year).toBeLessThanOrEqual(1999);
    }
  });

  it("finds anime for the issue's own example, though no anime has every tag its descriptors suggest", async () => {
    const { body } = await query({ query: 'dark military anime like Attack on Titan from the 2010s, not too long' });
    expect(body.metadata.intent).toBe('similar');
    expect(body.metadata.parameters.tagsInclude.length).toBeGreaterThan(1);
    expect(body.results.length).toBeGreaterThan(0);
  });

  it('lists by the criteria alone when they are all a question says: "supernatural anime from the 2000s"', async () => {
    const { body } = await query({ query: 'supernatural anime from the 2000s' });
    expect(body.metadata.parameters).toMatchObject({ years: { from: 2000, to: 2009 }, tagsInclude: ['supernatural'] });
    expect(body.results.length).toBeGreaterThan(0);
    for (const r of body.results) {
      expect(r.tags).toContain('supernatural');
      expect(r.year).toBeGreaterThanOrEqual(2000);
      expect(r.year).toBeLessThanOrEqual(2009);
    }
  });

  it.each([
    ['if I liked Naruto and Bleach', 'recommendations'],
    ['random anime', 'random'],
    ['summer 2024 anime', 'seasonal'],
    ['what airs tonight', 'schedule'],
    ['how do MAL and AniList rate Steins;Gate', 'compare_ratings'],
  ])('answers "%s" with the operations of the intent %s', async (text, intent) => {
    const { status, body } = await query({ query: text, options: { limit: 3 } });
    expect(status).toBe(200);
    expect(body.metadata.intent).toBe(intent);
    expect(body.results.length).toBeLessThanOrEqual(3);
    expect(body.metadata.sources.length).toBeGreaterThan(0);
  });

  it('answers an anime the catalog does not have with the GraphQL error code, as a 404', async () => {
    const { status, body } = await query({ query: { intent: 'similar', similarTo: [{ id: 'mal-999999' }] } });
    expect(status).toBe(404);
    expect(body.error).toMatchObject({ code: 'NOT_FOUND', correlation_id: expect.any(String) });
  });
});

describe('REST errors', () => {
  const cases: [string, number, string, () => Promise<Answer>][] = [
    ['a body that is not JSON', 400, 'INVALID_JSON', () => query('{ "query": ')],
    ['a body that is not UTF-8', 400, 'INVALID_JSON', () => call('/api/query', { body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) })],
    ['a body declared as text', 415, 'UNSUPPORTED_MEDIA_TYPE', () => query({ query: 'mecha' }, { 'content-type': 'text/plain' })],
    ['a body over REST_MAX_BODY', 413, 'PAYLOAD_TOO_LARGE', () => query({ query: 'mecha', context: 'x'.repeat(5000) })],
    ['a query over 500 characters', 422, 'VALIDATION_FAILED', () => query({ query: 'a'.repeat(501) })],
    ['an unknown top-level field', 422, 'VALIDATION_FAILED', () => query({ query: 'mecha', colour: 'red' })],
    ['a limit over 50', 422, 'VALIDATION_FAILED', () => query({ query: 'mecha', options: { limit: 51 } })],
    ['an image that is no picture', 422, 'BAD_USER_INPUT', () => query({ query: 'mecha', image: 'not base64!' })],
    ['an image with a schedule question', 422, 'VALIDATION_FAILED', () => query({ query: { intent: 'schedule' }, image: 'AAAA' })],
    ['neither query nor image', 422, 'VALIDATION_FAILED', () => query({ options: { limit: 3 } })],
    ['an unknown /api path', 404, 'ROUTE_NOT_FOUND', () => call('/api/nope', { body: {} })],
    ['GET on /api/query', 405, 'METHOD_NOT_ALLOWED', () => call('/api/query', { method: 'GET' })],
    ['a request chain 11 deep', 400, 'INVALID_REQUEST_CHAIN', () => query({ query: 'mecha' }, { 'x-request-chain-depth': '11' })],
  ];

  it.each(cases)('answers %s with the JSON error body (%i %s)', async (_name, status, code, send) => {
    const { status: got, headers, body } = await send();
    expect(got).toBe(status);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expect(body.error).toMatchObject({ code, message: expect.any(String), correlation_id: headers.get('x-correlation-id') });
    expect(isErrorCode(body.error.code)).toBe(true);
    expect(JSON.stringify(body)).not.toMatch(/\bat .+\.(ts|js):\d+/); // never a stack trace
  });

  it('lists the zod issues of invalid fields in details, and the allowed method in Allow', async () => {
    const invalid = await query({ query: 'mecha', options: { limit: 0 } });
    expect(invalid.body.error.details.issues[0]).toMatchObject({ path: ['options', 'limit'] });
    const get = await call('/api/query', { method: 'GET' });
    expect(get.headers.get('allow')).toBe('POST');
  });

  it('serves a request chain 10 deep', async () => {
    expect((await query({ query: 'mecha' }, { 'x-request-chain-depth': '10' })).status).toBe(200);
  });

  it.each([
    ['SERVICE_NOT_READY', 503],
    ['UPSTREAM_UNAVAILABLE', 502],
    ['UPSTREAM_TIMEOUT', 502],
    ['DOWNSTREAM_SERVICE_ERROR', 502],
    ['BAD_USER_INPUT', 422],
    ['NOT_FOUND', 404],
    ['SOMETHING_ELSE', 500],
  ])('maps a GraphQL error %s to HTTP %i', (code, status) => {
    const error = errorFromGraphQL([{ message: 'x', extensions: { code, retryAfterSeconds: 3 } }]);
    expect(error.status).toBe(status);
    expect(isErrorCode(error.code)).toBe(true);
    if (status !== 500) expect(error.headers['retry-after']).toBe('3');
  });

  it('maps a BAD_USER_INPUT for size alone (tooLarge: a picture over IMAGE_MAX_BYTES) to HTTP 413, naming the argument', () => {
    const error = errorFromGraphQL([{ message: 'too big', extensions: { code: 'BAD_USER_INPUT', argument: 'image', tooLarge: true } }]);
    expect(error).toMatchObject({ status: 413, code: 'BAD_USER_INPUT', message: 'too big' });
    expect(error.details).toEqual({ errors: [{ message: 'too big', code: 'BAD_USER_INPUT', argument: 'image' }] });
    expect(errorFromGraphQL([{ message: 'x', extensions: { code: 'NOT_FOUND', tooLarge: true } }]).status).toBe(404);
  });
});
