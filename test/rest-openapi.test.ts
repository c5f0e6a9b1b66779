// GET /api/openapi.json: a valid OpenAPI 3.1 document of every REST route, whose schemas say what the
// routes really take and answer (real answers are checked against it with a JSON Schema validator).
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppWithFakes, type AppWithFakes } from './helpers/app-with-fakes.js';

let world: AppWithFakes;
let base: string;
let document: any;

beforeAll(async () => {
  world = await startAppWithFakes();
  ({ base } = world);
  const response = await fetch(`${base}/api/openapi.json`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('application/json');
  document = await response.json();
});
afterAll(() => world?.close());

/** The 200 answer's schema of `method path` in the document, with the document's components. */
function answerValidator(method: string, path: string) {
  const schema = document.paths[path]?.[method]?.responses?.['200']?.content?.['application/json']?.schema;
  expect(schema, `${method} ${path} has a 200 schema`).toBeDefined();
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ $id: 'openapi.json', components: document.components }, 'openapi.json');
  return ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi.json#/components/')));
}

async function expectAnswerMatches(method: 'get' | 'post', path: string, url: string, body?: unknown) {
  const response = await fetch(`${base}${url}`, {
    method: method.toUpperCase(),
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = await response.json();
  expect(response.status, JSON.stringify(answer).slice(0, 500)).toBe(200);
  const validate = answerValidator(method, path);
  expect(validate(answer) ? [] : validate.errors).toEqual([]);
  return answer;
}

describe('GET /api/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe('3.1.0');
  });

  it('documents every route, with its parameters and body from the zod schemas', () => {
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/query',
        '/api/search',
        '/api/search/image',
        '/api/anime/{id}',
        '/api/external/mal/top',
        '/api/external/mal/seasons/{year}/{season}',
        '/api/external/mal/recommendations/{mal_id}',
        '/api/external/animeschedule/anime',
        '/api/external/animeschedule/anime/{slug}',
        '/api/external/animeschedule/timetables',
      ]),
    );
    const top = document.paths['/api/external/mal/top'].get;
    const limit = top.parameters.find((p: any) => p.name === 'limit' && p.in === 'query');
    expect(limit.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 25, default: 25 });
    const season = document.paths['/api/external/mal/seasons/{year}/{season}'].get;
    expect(season.parameters.filter((p: any) => p.in === 'path').map((p: any) => p.name)).toEqual(['year', 'season']);
    const query = document.paths['/api/query'].post.requestBody.content['application/json'].schema;
    // query or image, or both: the schema cannot say "one of them", the description does.
    expect(query.required ?? []).toEqual([]);
    expect(query.properties.image).toMatchObject({ type: 'string', description: expect.stringMatching(/http\(s\) URL/) });
    expect(query.properties.image_weight).toMatchObject({ minimum: 0, maximum: 1 });
    expect(query.properties.options.properties.limit).toMatchObject({ minimum: 1, maximum: 50 });
    const byImage = document.paths['/api/search/image'].post;
    const image = byImage.requestBody.content['application/json'].schema;
    expect(image.required).toEqual(['image']);
    expect(Object.keys(image.properties.image.properties)).toEqual(['base64', 'url']);
    expect(byImage.responses['413'].description).toMatch(/IMAGE_MAX_BYTES/);
    expect(byImage.responses['200'].content['application/json'].schema.properties).toHaveProperty('search_by_image');
    expect(document.paths['/api/search'].post.requestBody.content['application/json'].schema.properties).toHaveProperty('image');
    const genres = document.paths['/api/external/animeschedule/anime'].get.parameters.find((p: any) => p.name === 'genres');
    // A comma-separated list: Swagger UI and generated clients send genres=a,b, not genres=a&genres=b.
    expect(genres).toMatchObject({ in: 'query', style: 'form', explode: false, schema: { type: 'array' } });
    expect(document.paths['/api/query'].post.responses['422'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/Error',
    });
    // Every route may be refused for a bad key or a used-up quota.
    for (const path of Object.values<any>(document.paths)) {
      for (const operation of Object.values<any>(path))
        expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['401', '429']));
    }
  });

  it("describes the answers' fields from the GraphQL schema's descriptions", () => {
    const anime = document.paths['/api/anime/{id}'].get.responses['200'].content['application/json'].schema.properties.anime;
    const fields = anime.anyOf?.[0]?.properties ?? anime.properties;
    expect(fields.platform_ids.type).toBe('array');
    expect(fields.title.description).toBeTruthy();
  });

  it('has schemas that the real answers of the routes match', async () => {
    await expectAnswerMatches('get', '/api/anime/{id}', '/api/anime/mal-1');
    await expectAnswerMatches('post', '/api/search', '/api/search', { query: 'cowboy bebop', limit: 3 });
    await expectAnswerMatches('post', '/api/query', '/api/query', { query: 'dark military anime from the 2010s' });
    await expectAnswerMatches('get', '/api/external/mal/top', '/api/external/mal/top?limit=5');
    await expectAnswerMatches('get', '/api/external/mal/genres', '/api/external/mal/genres?filter=themes');
    await expectAnswerMatches('get', '/api/external/mal/characters/{mal_id}', '/api/external/mal/characters/1');
    await expectAnswerMatches('get', '/api/external/mal/seasons/{year}/{season}', '/api/external/mal/seasons/2023/fall?unapproved=true');
    await expectAnswerMatches('get', '/api/external/animeschedule/anime', '/api/external/animeschedule/anime?title=bebop');
    await expectAnswerMatches('get', '/api/external/animeschedule/anime/{slug}', '/api/external/animeschedule/anime/one-piece');
    await expectAnswerMatches('get', '/api/external/animeschedule/timetables', '/api/external/animeschedule/timetables?air_type=sub');
  });

  it('has schemas that would catch an answer of another shape', () => {
    const validate = answerValidator('get', '/api/anime/{id}');
    expect(validate({ anime: { id: 1 }, metadata: { correlation_id: 'x', timings: { total_ms: 1 } } })).toBe(false);
  });
});
