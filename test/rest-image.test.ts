// The REST facade's picture search through the real gateway, with the tiny test CLIP and posters served
// on 127.0.0.1: POST /api/search/image, a picture blended into POST /api/search, and /api/query's
// `image`; the body limits of routes that take a picture, and how a refused picture is answered.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isErrorCode } from '../lib/error-codes.js';
import { pngOf } from '../bench/image/png.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { MODEL_DIR } from './helpers/model.js';
import { base64Of, clipPresent, imagesSettled, startPosterApp, type PosterApp } from './helpers/poster-app.js';

const REST_MAX_BODY = 8192;
const IMAGE_MAX_BYTES = 200_000;
/** What a route that takes a picture reads at most: REST_MAX_BODY and IMAGE_MAX_BYTES in base64 with a data URL's prefix. */
const PICTURE_BODY = REST_MAX_BODY + 4 * Math.ceil(IMAGE_MAX_BYTES / 3) + 256;

interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

async function post(base: string, path: string, body: unknown): Promise<Answer> {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** The JSON error body every REST failure has, with the correlation id of the header. */
function expectError({ status, headers, body }: Answer, expected: number, code: string) {
  expect(status, JSON.stringify(body).slice(0, 300)).toBe(expected);
  expect(headers.get('content-type')).toMatch(/^application\/json/);
  expect(body.error).toMatchObject({ code, message: expect.any(String), correlation_id: headers.get('x-correlation-id') });
  expect(isErrorCode(body.error.code)).toBe(true);
  return body.error;
}

describe.runIf(clipPresent)('REST picture search', () => {
  let world: PosterApp;
  let call: (path: string, body: unknown) => Promise<Answer>;
  beforeAll(async () => {
    world = await startPosterApp({
      REST_MAX_BODY: String(REST_MAX_BODY),
      IMAGE_MAX_BYTES: String(IMAGE_MAX_BYTES),
      IMAGE_MAX_PIXELS: '100000',
    });
    call = (path, body) => post(world.base, path, body);
  }, 60_000);
  afterAll(() => world?.close());

  it('answers as its OpenAPI document says', async () => {
    const document = await (await fetch(`${world.base}/api/openapi.json`)).json();
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addSchema({ $id: 'openapi.json', components: document.components }, 'openapi.json');
    const validatorOf = (path: string) => {
      const schema = document.paths[path].post.responses['200'].content['application/json'].schema;
      return ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi.json#/components/')));
    };
    for (const [path, body] of [
      ['/api/search/image', { image: { base64: base64Of(3) }, limit: 2 }],
      ['/api/search', { query: world.animes[3].title, image: { base64: base64Of(3) }, limit: 2 }],
      ['/api/query', { image: base64Of(3), options: { limit: 2 } }],
    ] as const) {
      const answer = await call(path, body);
      expect(answer.status).toBe(200);
      const validate = validatorOf(path);
      expect(validate(answer.body) ? [] : validate.errors, path).toEqual([]);
    }
  });

  describe('POST /api/search/image', () => {
    it('finds an anime from its own poster first, by base64, data URL or URL, in a body larger than REST_MAX_BODY', async () => {
      const { animes, posters } = world;
      expect(JSON.stringify({ image: { base64: base64Of(5) } }).length).toBeGreaterThan(REST_MAX_BODY);
      const { status, headers, body } = await call('/api/search/image', { image: { base64: base64Of(5) }, limit: 3 });
      expect(status, JSON.stringify(body).slice(0, 300)).toBe(200);
      const found = body.search_by_image;
      expect(found.hits).toHaveLength(3);
      expect(found.hits[0].anime).toMatchObject({ id: animes[5].id, title: animes[5].title });
      expect(found.hits[0].matched_fields).toEqual(['poster (image)']);
      expect(found.hits[0].components.image).toBeGreaterThan(0.99);
      expect(found.total_count).toBe(animes.length - 1);
      expect(body.metadata).toMatchObject({ correlation_id: headers.get('x-correlation-id'), sources: [{ name: 'catalog', state: 'OK' }] });

      const dataUrl = await call('/api/search/image', { image: { base64: `data:image/png;base64,${base64Of(9)}` }, limit: 1 });
      expect(dataUrl.body.search_by_image.hits[0].anime.id).toBe(animes[9].id);
      const byUrl = await call('/api/search/image', { image: { url: `${posters}/poster/12.png` }, limit: 1 });
      expect(byUrl.body.search_by_image.hits[0].anime.id).toBe(animes[12].id);
    });

    it('ranks only the anime the filter lets through', async () => {
      const { animes } = world;
      const n = animes.findIndex((anime, i) => i > 0 && anime.type === 'MOVIE');
      const { status, body } = await call('/api/search/image', { image: { base64: base64Of(n) }, filter: { types: ['TV'] }, limit: 50 });
      expect(status).toBe(200);
      const ids = body.search_by_image.hits.map((hit: any) => hit.anime.id);
      expect(body.search_by_image.hits.every((hit: any) => hit.anime.type === 'TV')).toBe(true);
      expect(ids).not.toContain(animes[n].id);
    });

    it('refuses a picture that is not one with 422 BAD_USER_INPUT naming the rule and the argument', async () => {
      const error = expectError(await call('/api/search/image', { image: { base64: 'not base64!' } }), 422, 'BAD_USER_INPUT');
      expect(error.message).toMatch(/not base64/);
      expect(error.details.errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'image' });
      const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64');
      expect(expectError(await call('/api/search/image', { image: { base64: svg } }), 422, 'BAD_USER_INPUT').message).toMatch(
        /not a PNG, JPEG, WebP or GIF/,
      );
      const loopback = await call('/api/search/image', { image: { url: 'http://localhost:9/poster.png' } });
      expect(expectError(loopback, 422, 'BAD_USER_INPUT').message).toMatch(/loopback/);
    });

    it('refuses a body without exactly one of base64 and url with 422 VALIDATION_FAILED and its issues', async () => {
      for (const image of [{}, { base64: base64Of(1), url: `${world.posters}/poster/1.png` }]) {
        const error = expectError(await call('/api/search/image', { image }), 422, 'VALIDATION_FAILED');
        expect(error.details.issues[0]).toMatchObject({ path: ['image', 'base64'], message: 'Give exactly one of base64 and url.' });
      }
      expectError(await call('/api/search/image', { query: 'mecha' }), 422, 'VALIDATION_FAILED');
    });

    it('answers a picture too large for its bytes or pixels with 413', async () => {
      // Within the body limit, over IMAGE_MAX_BYTES: the catalog refuses it for its size.
      const bytes = await call('/api/search/image', { image: { base64: Buffer.alloc(IMAGE_MAX_BYTES + 1, 7).toString('base64') } });
      const error = expectError(bytes, 413, 'BAD_USER_INPUT');
      expect(error.message).toMatch(/more than IMAGE_MAX_BYTES \(200000\)/);
      expect(error.details.errors[0]).toMatchObject({ argument: 'image' });
      const pixels = await call('/api/search/image', { image: { base64: pngOf(400, 300, () => [1, 2, 3]).toString('base64') } });
      expect(expectError(pixels, 413, 'BAD_USER_INPUT').message).toMatch(/IMAGE_MAX_PIXELS \(100000\)/);
    });

    it('answers a body over its limit with 413 PAYLOAD_TOO_LARGE, and a body whose rest is over REST_MAX_BODY too', async () => {
      const huge = await call('/api/search/image', { image: { base64: 'A'.repeat(PICTURE_BODY) } });
      const error = expectError(huge, 413, 'PAYLOAD_TOO_LARGE');
      expect(error.details).toEqual({ maxBytes: PICTURE_BODY });
      // The picture is small enough; what is around it is not.
      const padded = await call('/api/search/image', { image: { base64: base64Of(1) }, filter: { studios: ['x'.repeat(REST_MAX_BODY)] } });
      expect(expectError(padded, 413, 'PAYLOAD_TOO_LARGE').message).toMatch(/larger than 8192 bytes besides its picture/);
    });
  });

  describe('POST /api/search with image', () => {
    it('blends the picture with the words by image_weight: 1 is the picture alone, 0 the words alone', async () => {
      const { animes } = world;
      const query = animes[2].title;
      const words = await call('/api/search', { query, limit: 5 });
      expect(words.body.search.hits[0].anime.id).toBe(animes[2].id);
      const picture = await call('/api/search', { query, image: { base64: base64Of(7) }, image_weight: 1, limit: 5 });
      expect(picture.status).toBe(200);
      expect(picture.body.search.hits[0].anime.id).toBe(animes[7].id);
      expect(picture.body.search.hits[0].components.image).toBeGreaterThan(0.99);
      const text = await call('/api/search', { query, image: { base64: base64Of(7) }, image_weight: 0, limit: 5 });
      expect(text.body.search.hits[0].anime.id).toBe(animes[2].id);
    });

    it('takes a picture only with query, and image_weight only with a picture', async () => {
      expectError(await call('/api/search', { similar_to: world.animes[1].id, image: { base64: base64Of(1) } }), 422, 'VALIDATION_FAILED');
      expectError(await call('/api/search', { query: 'mecha', image_weight: 0.3 }), 422, 'VALIDATION_FAILED');
      expectError(await call('/api/search', { query: 'mecha', image: { base64: 'AAAA' } }), 422, 'BAD_USER_INPUT');
    });
  });

  describe('POST /api/query with image', () => {
    it('searches a picture alone, with criteria, or blended with the words of a search', async () => {
      const { animes, posters } = world;
      const alone = await call('/api/query', { image: base64Of(4), options: { limit: 3 } });
      expect(alone.status, JSON.stringify(alone.body).slice(0, 300)).toBe(200);
      expect(alone.body.results[0]).toMatchObject({ id: animes[4].id, title: animes[4].title });
      expect(alone.body.metadata).toMatchObject({ intent: 'search', parameters: { intent: 'search' } });

      const byUrl = await call('/api/query', { image: `${posters}/poster/11.png`, options: { limit: 1 } });
      expect(byUrl.body.results[0].id).toBe(animes[11].id);

      const n = animes.findIndex((anime, i) => i > 0 && anime.type === 'MOVIE');
      const movies = await call('/api/query', { query: { types: ['MOVIE'] }, image: base64Of(n) });
      expect(movies.body.results[0].id).toBe(animes[n].id);
      expect(movies.body.results.every((r: any) => r.type === 'MOVIE')).toBe(true);

      const blended = await call('/api/query', { query: { text: animes[2].title }, image: base64Of(7), image_weight: 1 });
      expect(blended.body.results[0].id).toBe(animes[7].id);
      const words = await call('/api/query', { query: { text: animes[2].title }, image: base64Of(7), image_weight: 0 });
      expect(words.body.results[0].id).toBe(animes[2].id);
    });

    it('refuses a picture with an intent it means nothing to, a picture that is not one, and one too large', async () => {
      const schedule = await call('/api/query', { query: { intent: 'schedule' }, image: base64Of(1) });
      const error = expectError(schedule, 422, 'VALIDATION_FAILED');
      expect(error.message).toMatch(/"schedule"/);
      expect(error.details.issues[0]).toMatchObject({ path: ['image'] });
      expectError(await call('/api/query', { query: 'mecha', image: 'not base64!' }), 422, 'BAD_USER_INPUT');
      expectError(await call('/api/query', { image: Buffer.alloc(IMAGE_MAX_BYTES + 1).toString('base64') }), 413, 'BAD_USER_INPUT');
      // Without a picture, the body is held to REST_MAX_BODY as before.
      expectError(await call('/api/query', { query: 'mecha', context: 'x'.repeat(REST_MAX_BODY) }), 413, 'PAYLOAD_TOO_LARGE');
      expectError(await call('/api/query', { options: { limit: 3 } }), 422, 'VALIDATION_FAILED');
    });
  });
});

describe.runIf(clipPresent)('REST picture search without a CLIP model', () => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await startTestApp({ IMAGE_SEARCH: 'true', MODEL_DIR, CLIP_MODEL: 'nobody/no-such-clip' });
    expect((await imagesSettled(t)).imageState).toBe('UNAVAILABLE');
    base = t.app.url.replace(/\/graphql$/, '');
  }, 60_000);
  afterAll(() => t?.close());

  it('answers a picture alone with 503 SERVICE_NOT_READY, and a picture with words by the words, with a warning', async () => {
    const error = expectError(await post(base, '/api/search/image', { image: { base64: base64Of(1) } }), 503, 'SERVICE_NOT_READY');
    expect(error.message).toMatch(/no CLIP model/);
    expectError(await post(base, '/api/query', { image: base64Of(1) }), 503, 'SERVICE_NOT_READY');

    const blended = await post(base, '/api/search', { query: 'Cowboy Bebop', image: { base64: base64Of(1) } });
    expect(blended.status).toBe(200);
    expect(blended.body.search.hits[0].anime.title).toBe('Cowboy Bebop');
    expect(blended.body.search.warnings.join(' ')).toMatch(/Image search is not available/);
    const asked = await post(base, '/api/query', { query: { text: 'Cowboy Bebop' }, image: base64Of(1) });
    expect(asked.status).toBe(200);
    expect(asked.body.metadata.warnings.join(' ')).toMatch(/Image search is not available/);
  });
});
