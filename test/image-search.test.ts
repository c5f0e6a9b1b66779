// Image and multimodal search through the real gateway, with the tiny test CLIP and the catalog's
// posters served by a real HTTP server on 127.0.0.1: a poster finds its own anime first (an image maps
// to itself even with random weights), a picture blends with a text query by imageWeight, a user's
// picture is refused by the rule it breaks, and without a CLIP model the rest of search goes on.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoRelease } from './fixtures/catalog.fixture.js';
import { pngOf } from '../bench/image/png.js';
import { startTestApp, type TestApp } from './helpers/app.js';
import { MODEL_DIR } from './helpers/model.js';

const CLIP = 'anigraph/tiny-random-clip';
const present = existsSync(join(MODEL_DIR, CLIP, 'onnx/vision_model.onnx'));
const PLACEHOLDER = 'https://raw.githubusercontent.com/manami-project/anime-offline-database/master/pics/no_pic.png';

const posterFor = (n: number) => pngOf(100 + n, 150, (x, y) => [(x * (n + 1)) & 255, (y * (n + 5)) & 255, ((x ^ y) + n * 41) & 255]);
const base64Of = (n: number) => posterFor(n).toString('base64');

const STATUS = '{ searchStatus { imageState imageReason imageModel indexedPosters imageProgress { done total } } }';
const BY_IMAGE = `query ($image: ImageInput!, $filter: AnimeFilter, $first: Int, $after: String) {
  searchByImage(image: $image, filter: $filter, first: $first, after: $after) {
    hits { anime { id title type } score matchedFields components { image semantic } }
    pageInfo { hasNextPage endCursor } totalCount mode warnings
  }
}`;
const MULTIMODAL = `query ($query: String!, $image: ImageInput, $imageWeight: Float) {
  search(query: $query, image: $image, imageWeight: $imageWeight, first: 20) {
    hits { anime { id title } score matchedFields components { image title } } warnings
  }
}`;

async function settledImages(app: TestApp): Promise<Record<string, any>> {
  for (;;) {
    const status = (await app.gql(STATUS)).body.data.searchStatus;
    if (status.imageState !== 'BUILDING') return status;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.runIf(present)('image search through the gateway', () => {
  let server: Server;
  let base: string;
  let app: TestApp;
  /** The demo catalog's anime by position; posters are numbered the same way. */
  let animes: { id: string; title: string; type: string }[];
  let release: ReturnType<typeof demoRelease>;
  let letGo!: () => void;
  const held = new Promise<void>((resolve) => (letGo = resolve));
  let catalogPath: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const poster = /^\/(held\/)?poster\/(\d+)\.png$/.exec(req.url!);
      const send = () => res.writeHead(200, { 'content-type': 'image/png' }).end(posterFor(Number(poster![2])));
      // A held poster is sent when the test lets it go.
      if (poster?.[1]) return void held.then(send);
      if (poster) return send();
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    release = demoRelease();
    release.data = release.data.map((entry, i) => ({ ...entry, picture: i === 0 ? PLACEHOLDER : `${base}/poster/${i}.png` }));
    catalogPath = join(mkdtempSync(join(tmpdir(), 'anigraph-image-catalog-')), 'catalog.json');
    writeFileSync(catalogPath, JSON.stringify(release));
    app = await startTestApp({
      ANIME_DB_PATH: catalogPath,
      IMAGE_SEARCH: 'true',
      MODEL_DIR,
      CLIP_MODEL: CLIP,
      POSTER_HOST_RATE: '1000',
      IMAGE_MAX_BYTES: '200000',
      GRAPHQL_MAX_BODY: '400000',
      // The poster server may be asked for a user's picture; "localhost" still resolves to loopback and is refused.
      IMAGE_FETCH_ALLOW_HOSTS: '127.0.0.1',
      IMAGE_FETCH_TIMEOUT_MS: '2000',
    });
    const page = await app.gql('{ animes(first: 100) { nodes { id title type } } }');
    animes = page.body.data.animes.nodes;
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('indexes every poster but the placeholder, with the CLIP model named', async () => {
    const status = await settledImages(app);
    expect(status).toMatchObject({ imageState: 'READY', imageReason: null, imageModel: CLIP, imageProgress: null });
    expect(status.indexedPosters).toBe(animes.length - 1);
  });

  it('finds an anime from its own poster first, by base64, data URL or URL, and pages on', async () => {
    await settledImages(app);
    for (const n of [1, 5, 17]) {
      const { body } = await app.gql(BY_IMAGE, { image: { base64: base64Of(n) }, first: 3 });
      expect(body.errors).toBeUndefined();
      const result = body.data.searchByImage;
      expect(result.hits[0].anime.id).toBe(animes[n].id);
      expect(result.hits[0].matchedFields).toEqual(['poster (image)']);
      expect(result.hits[0].components.image).toBeCloseTo(1, 4);
      expect(result.hits[0].score).toBeGreaterThan(result.hits[1].score);
      expect(result.mode).toBe('SEMANTIC');
      expect(result.totalCount).toBe(animes.length - 1);
    }
    const dataUrl = await app.gql(BY_IMAGE, { image: { base64: `data:image/png;base64,${base64Of(9)}` }, first: 1 });
    expect(dataUrl.body.data.searchByImage.hits[0].anime.id).toBe(animes[9].id);
    const byUrl = await app.gql(BY_IMAGE, { image: { url: `${base}/poster/12.png` }, first: 1 });
    expect(byUrl.body.data.searchByImage.hits[0].anime.id).toBe(animes[12].id);

    const first = (await app.gql(BY_IMAGE, { image: { base64: base64Of(3) }, first: 4 })).body.data.searchByImage;
    const next = (await app.gql(BY_IMAGE, { image: { base64: base64Of(3) }, first: 4, after: first.pageInfo.endCursor })).body.data
      .searchByImage;
    const all = (await app.gql(BY_IMAGE, { image: { base64: base64Of(3) }, first: 8 })).body.data.searchByImage;
    expect([...first.hits, ...next.hits].map((h: any) => h.anime.id)).toEqual(all.hits.map((h: any) => h.anime.id));
  });

  it('ranks only the anime the filter lets through', async () => {
    const n = animes.findIndex((anime, i) => i > 0 && anime.type === 'MOVIE');
    const other = animes.find((anime) => anime.type !== 'MOVIE')!.type;
    const { body } = await app.gql(BY_IMAGE, { image: { base64: base64Of(n) }, filter: { type: [other] }, first: 50 });
    const hits = body.data.searchByImage.hits;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit: any) => hit.anime.type === other)).toBe(true);
    expect(hits.map((hit: any) => hit.anime.id)).not.toContain(animes[n].id);
  });

  it('blends a query with a picture by imageWeight: 1 is the picture alone, 0 the query alone', async () => {
    const n = 7;
    const query = animes[2].title;
    const text = (await app.gql(MULTIMODAL, { query })).body.data.search.hits;
    expect(text[0].anime.id).toBe(animes[2].id);

    const pictureOnly = (await app.gql(MULTIMODAL, { query, image: { base64: base64Of(n) }, imageWeight: 1 })).body.data.search;
    expect(pictureOnly.warnings.join(' ')).not.toMatch(/Image search/);
    expect(pictureOnly.hits[0].anime.id).toBe(animes[n].id);
    const images = pictureOnly.hits.map((hit: any) => hit.components.image).filter((c: number) => c !== 0);
    expect(images).toEqual([...images].sort((a, b) => b - a));

    const queryOnly = (await app.gql(MULTIMODAL, { query, image: { base64: base64Of(n) }, imageWeight: 0 })).body.data.search;
    expect(queryOnly.hits.slice(0, text.length).map((hit: any) => hit.anime.id)).toEqual(text.map((hit: any) => hit.anime.id));
    expect(queryOnly.hits[0].components.image).toBeGreaterThan(0);

    const both = (await app.gql(MULTIMODAL, { query, image: { base64: base64Of(n) } })).body.data.search;
    const top = both.hits.slice(0, 2).map((hit: any) => hit.anime.id);
    expect(top).toEqual(expect.arrayContaining([animes[2].id, animes[n].id]));
    expect(both.hits.find((hit: any) => hit.anime.id === animes[n].id).matchedFields).toContain('poster (image)');
  });

  it.each([
    ['neither base64 nor url', {}, /exactly one of base64 and url \(got neither\)/],
    ['both', { base64: 'AAAA', url: 'https://example.org/a.png' }, /exactly one of base64 and url \(got base64 and url\)/],
    ['text that is not base64', { base64: 'not base64!' }, /not base64/],
    [
      'bytes that are no image',
      { base64: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64') },
      /not a PNG, JPEG, WebP or GIF/,
    ],
    ['a PNG cut short', { base64: posterFor(1).subarray(0, 20).toString('base64') }, /truncated or damaged/],
    ['more bytes than IMAGE_MAX_BYTES', { base64: Buffer.alloc(250_000, 7).toString('base64') }, /more than IMAGE_MAX_BYTES \(200000\)/],
    ['a loopback host not allowed', { url: 'http://localhost:9/poster.png' }, /loopback/],
    ['the cloud metadata address', { url: 'http://169.254.169.254/latest/meta-data/' }, /link-local/],
    ['a scheme other than http(s)', { url: 'file:///etc/passwd' }, /must be http or https/],
    ['a URL the server does not have', { url: 'http://127.0.0.1:1/none.png' }, /could not be fetched/],
  ])('refuses %s with BAD_USER_INPUT naming the rule', async (_name, image, rule) => {
    const { status, body } = await app.gql(BY_IMAGE, { image });
    expect(status).toBe(200);
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].message).toMatch(rule);
  });

  it('serves a catalog update with the posters it had at once, then embeds only the new one', async () => {
    await settledImages(app);
    const ready = () => app.logs.filter((line) => /^image index ready in/.test(line.msg));
    const before = ready().length;
    release.data[4] = { ...release.data[4], picture: `${base}/held/poster/99.png` };
    writeFileSync(catalogPath, JSON.stringify(release));
    // The new catalog serves, with the posters the cache holds, while its new poster is still on its way.
    await app.app.reload();
    const status = (await app.gql(STATUS)).body.data.searchStatus;
    expect(status).toMatchObject({ imageState: 'READY', indexedPosters: animes.length - 2 });
    expect(ready().length).toBe(before);
    letGo();
    while (ready().length === before) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ready().at(-1)).toMatchObject({ embedded: 1, reused: animes.length - 2, posters: animes.length - 1 });
    const { body } = await app.gql(BY_IMAGE, { image: { base64: base64Of(99) }, first: 1 });
    expect(body.data.searchByImage.hits[0].anime.id).toBe(animes[4].id);
  });

  it('answers 413 to a body over GRAPHQL_MAX_BODY without reading it, and serves the next query', async () => {
    const huge = await app.gql(BY_IMAGE, { image: { base64: Buffer.alloc(400_000, 7).toString('base64') } });
    expect(huge.status).toBe(413);
    expect(huge.body.errors?.[0]).toMatchObject({ extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes: 400_000 } });
    expect(huge.body.errors?.[0].extensions?.correlationId).toBe(huge.headers.get('x-correlation-id'));
    const { body } = await app.gql(BY_IMAGE, { image: { base64: base64Of(2) }, first: 1 });
    expect(body.data.searchByImage.hits[0].anime.id).toBe(animes[2].id);
  });

  it('counts a chunked /graphql body against GRAPHQL_MAX_BODY: answered within it, 413 past it', async () => {
    const chunked = (chunks: string[]) =>
      new Promise<{ status: number; body: any }>((resolve, reject) => {
        const req = request(app.app.url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk)).on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
        });
        req.on('error', reject);
        // No Content-Length: Node sends the body chunked.
        for (const chunk of chunks) req.write(chunk);
        req.end();
      });
    const small = await chunked(['{"query":"{ searchStatus { imageState } }"', '}']);
    expect(small).toMatchObject({ status: 200, body: { data: { searchStatus: { imageState: 'READY' } } } });
    const padding = ' '.repeat(100_000);
    const large = await chunked(['{"query":"{ searchStatus { imageState } }"', padding, padding, padding, padding, padding, '}']);
    expect(large.status).toBe(413);
    expect(large.body.errors[0]).toMatchObject({ extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes: 400_000 } });
  });

  it('refuses an image weight outside 0 to 1', async () => {
    const { body } = await app.gql(MULTIMODAL, { query: 'a', image: { base64: base64Of(1) }, imageWeight: 1.5 });
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'imageWeight' } });
  });
});

describe.runIf(present)('without a CLIP model', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ IMAGE_SEARCH: 'true', MODEL_DIR, CLIP_MODEL: 'nobody/no-such-clip' });
  });
  afterAll(() => app?.close());

  it('says image search is UNAVAILABLE and why, refuses searchByImage as not ready, and text search goes on', async () => {
    const status = await settledImages(app);
    expect(status.imageState).toBe('UNAVAILABLE');
    expect(status.imageReason).toMatch(/no CLIP model: .*nobody\/no-such-clip/);
    expect(status.indexedPosters).toBe(0);

    const byImage = await app.gql(BY_IMAGE, { image: { base64: base64Of(1) } });
    expect(byImage.body.errors?.[0].extensions?.code).toBe('SERVICE_NOT_READY');
    expect(byImage.body.errors?.[0].message).toMatch(/no CLIP model/);
    // A URL is not even read (this one would be refused as loopback) when no search can follow.
    const byUrl = await app.gql(BY_IMAGE, { image: { url: 'http://127.0.0.1:1/poster.png' } });
    expect(byUrl.body.errors?.[0].extensions?.code).toBe('SERVICE_NOT_READY');
    // What can be told without fetching is still told.
    const bad = await app.gql(BY_IMAGE, { image: { base64: 'not base64!' } });
    expect(bad.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/not base64/), extensions: { code: 'BAD_USER_INPUT' } });
    const badBlend = await app.gql(MULTIMODAL, { query: 'Cowboy Bebop', image: { url: 'file:///etc/passwd' } });
    expect(badBlend.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const multimodal = (await app.gql(MULTIMODAL, { query: 'Cowboy Bebop', image: { base64: base64Of(1) } })).body.data.search;
    expect(multimodal.hits[0].anime.title).toBe('Cowboy Bebop');
    expect(multimodal.warnings.join(' ')).toMatch(/Image search is not available \(no CLIP model/);
  });
});

describe('with IMAGE_SEARCH=false', () => {
  it('reports image search DISABLED and loads no model', async () => {
    const app = await startTestApp({});
    try {
      const status = (await app.gql(STATUS)).body.data.searchStatus;
      expect(status).toMatchObject({ imageState: 'DISABLED', imageReason: 'IMAGE_SEARCH=false', imageModel: null, indexedPosters: 0 });
      expect(app.logs.some((line) => line.msg === 'CLIP model loaded')).toBe(false);
    } finally {
      await app.close();
    }
  });
});
