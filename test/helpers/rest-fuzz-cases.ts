// fast-check arbitraries of REST requests that are invalid by construction, each with the error codes
// it must be answered with. The contract they hold the facade to is README's: 400 bad JSON, 413 over
// REST_MAX_BODY, 415 not JSON, 422 invalid fields, 404/405 for paths and methods.
import fc from 'fast-check';
import type { ErrorCode } from '../../lib/error-codes.js';
import {
  FILTER,
  invalidQueryBody,
  invalidSearchBody,
  invalidSearchImageBody,
  QUERY_BASES,
  SEARCH_BASES,
  SEARCH_IMAGE_BASES,
} from './rest-fuzz-fields.js';
import { badPaths, getRoutes } from './rest-fuzz-params.js';

export interface FuzzCase {
  /** Which generator made it, for the report. */
  kind: string;
  method: string;
  /** Path and query string, as sent. */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** Send the body chunked, without content-length. */
  chunked?: boolean;
  expect: readonly ErrorCode[];
}

const JSON_TYPE = 'application/json';
const INVALID_FIELD: readonly ErrorCode[] = ['VALIDATION_FAILED'];

// ---- building cases ------------------------------------------------------------------------------

const ROUTES = ['/api/query', '/api/search', '/api/search/image'] as const;
const jsonContentType = fc.constantFrom(
  JSON_TYPE,
  'application/json; charset=utf-8',
  'Application/JSON;charset=UTF8',
  ' application/json ',
);

function post(
  kind: string,
  path: string,
  body: Buffer | string,
  contentType: string | undefined,
  expect: readonly ErrorCode[],
  maxBody: number,
): FuzzCase {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  // A body over the limit is refused before it is read, JSON or not; a content type before that.
  const refused =
    contentType === undefined || !isJson(contentType) ? 'UNSUPPORTED_MEDIA_TYPE' : bytes.length > maxBody ? 'PAYLOAD_TOO_LARGE' : undefined;
  return {
    kind,
    method: 'POST',
    path,
    headers: contentType === undefined ? {} : { 'content-type': contentType },
    body: bytes,
    expect: refused ? [refused] : expect,
  };
}
const isJson = (contentType: string) => {
  const [type, ...params] = contentType.split(';').map((p) => p.trim().toLowerCase());
  const charset = params.find((p) => p.startsWith('charset='))?.slice(8);
  return type === JSON_TYPE && (!charset || charset === 'utf-8' || charset === 'utf8');
};

function invalidFields(maxBody: number): fc.Arbitrary<FuzzCase> {
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc
        .tuple(invalidQueryBody, jsonContentType)
        // An `image` that is no picture is the operation's to refuse.
        .map(([b, ct]) => post('query-fields', '/api/query', JSON.stringify(b), ct, INVALID_FIELD.concat('BAD_USER_INPUT'), maxBody)),
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(invalidSearchBody, jsonContentType)
        .map(([b, ct]) => post('search-fields', '/api/search', JSON.stringify(b), ct, INVALID_FIELD, maxBody)),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(invalidSearchImageBody, jsonContentType)
        .map(([b, ct]) => post('search-image-fields', '/api/search/image', JSON.stringify(b), ct, INVALID_FIELD, maxBody)),
    },
    {
      weight: 1,
      // Exactly one of query and similar_to; a picture only with query; exactly one of base64 and url.
      arbitrary: fc
        .constantFrom(
          ['/api/search', {}],
          ['/api/search', { limit: 5 }],
          ['/api/search', { filter: FILTER }],
          ['/api/search', { query: 'ghost', similar_to: 'mal-1' }],
          ['/api/search', { query: 'ghost', similar_to: 'mal-1', limit: 3 }],
          ['/api/search', { similar_to: 'mal-1', image: { base64: 'AAAA' } }],
          ['/api/search', { query: 'ghost', image_weight: 0.5 }],
          ['/api/search/image', {}],
          ['/api/search/image', { image: {} }],
          ['/api/search/image', { image: { base64: 'AAAA', url: 'http://127.0.0.1:9/a.png' } }],
          ['/api/query', { options: { limit: 3 } }],
          ['/api/query', { query: 'ghost', image_weight: 1 }],
        )
        .map(([path, b]) => post('search-one-of', path, JSON.stringify(b), JSON_TYPE, INVALID_FIELD, maxBody)),
    },
  );
}

// ---- not an object, not JSON, not UTF-8 ---------------------------------------------------------

const validText = fc.constantFrom(...QUERY_BASES, ...SEARCH_BASES, ...SEARCH_IMAGE_BASES).map((b) => JSON.stringify(b));
const route = fc.constantFrom(...ROUTES);

function notJson(maxBody: number): fc.Arbitrary<FuzzCase> {
  const garbled = fc.oneof(
    // Any strict prefix of an object's text.
    validText.chain((t) => fc.integer({ min: 0, max: t.length - 1 }).map((n) => t.slice(0, n))),
    validText.chain((t) =>
      fc.constantFrom(
        t.slice(0, -1) + ',}',
        t + 'x',
        t + t,
        t.replace(/"/g, "'"),
        t.replace(/"(\w+)":/, '$1:'),
        t.replace('{', '{/* c */'),
        t.replace(/"ghost"|"a girl[^"]*"/, '"a\u0001b"'),
        t.replace(/:5/, ':05'),
        t.replace(/:5/, ':0x5'),
        t.replace(/:5/, ':NaN'),
        t.replace(/:5/, ':.5'),
        t.replace(/:5/, ':+5'),
        '\ufeff\ufeff' + t,
      ),
    ),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
  );
  const badUtf8 = fc
    .tuple(
      validText,
      fc.oneof(
        fc.constantFrom(
          [0xff],
          [0xfe, 0xff],
          [0x80],
          [0xc0, 0x80],
          [0xc1, 0xbf],
          [0xe0, 0x80, 0x80],
          [0xed, 0xa0, 0x80],
          [0xf4, 0x90, 0x80, 0x80],
          [0xf8, 0x88, 0x80, 0x80, 0x80],
          [0xe2, 0x82],
          [0xc3],
          [0xe9],
        ),
        fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 6 }),
      ),
      fc.nat(),
    )
    .map(([text, bytes, at]) => {
      const buffer = Buffer.from(text);
      const i = at % (buffer.length + 1);
      return Buffer.concat([buffer.subarray(0, i), Buffer.from(bytes), buffer.subarray(i)]);
    })
    .filter((b) => !isUtf8(b));
  const utf16 = validText.map((t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]));
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          route,
          garbled.filter((t) => !parses(t)),
        )
        .map(([r, t]) => post('garbled-json', r, t, JSON_TYPE, ['INVALID_JSON'], maxBody)),
    },
    {
      weight: 3,
      arbitrary: fc.tuple(route, fc.oneof(badUtf8, utf16)).map(([r, b]) => post('bad-utf8', r, b, JSON_TYPE, ['INVALID_JSON'], maxBody)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(route, fc.constantFrom('', ' ', '\n', '\ufeff'))
        .map(([r, t]) => post('empty-body', r, t, JSON_TYPE, ['INVALID_JSON'], maxBody)),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          route,
          fc.oneof(
            fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
            fc.string(),
            fc.double({ noNaN: true, noDefaultInfinity: true }),
            fc.boolean(),
            fc.constant(null),
          ),
        )
        .map(([r, v]) => post('not-an-object', r, JSON.stringify(v), JSON_TYPE, INVALID_FIELD, maxBody)),
    },
    {
      weight: 1,
      // Numbers JSON can write but no field takes: past double range, thousands of digits, -0.
      arbitrary: fc
        .tuple(route, fc.constantFrom('1e999', '-1e999', '1E400', '-0', '1'.repeat(5000), '0.' + '0'.repeat(3000) + '1'))
        .map(([r, n]) =>
          post(
            'odd-numbers',
            r,
            r === '/api/query' ? `{"query":"x","options":{"limit":${n}}}` : `{"query":"x","limit":${n}}`,
            JSON_TYPE,
            INVALID_FIELD,
            maxBody,
          ),
        ),
    },
  );
}
const parses = (text: string) => {
  try {
    JSON.parse(text.replace(/^\ufeff/, ''));
    return true;
  } catch {
    return false;
  }
};
const isUtf8 = (bytes: Buffer) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

// ---- content types, sizes, depth --------------------------------------------------------------

function wrongMedia(maxBody: number): fc.Arbitrary<FuzzCase> {
  const contentType = fc.oneof(
    fc.constantFrom(
      'text/plain',
      'text/json',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/xml',
      'application/jsonp',
      'application/json-seq',
      'application/problem+json',
      'application/ld+json',
      'application/json, text/plain',
      'application/json; charset=latin1',
      'application/json; charset=utf-16',
      'application/json;charset=iso-8859-1',
      '*/*',
      'application/*',
      'json',
      ';',
      'application/json\u00e9',
    ),
    fc.stringMatching(/^[a-z]{1,10}\/[a-z0-9+.-]{1,12}$/),
    fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 30 }).map((s) => s.trim()),
    fc.stringMatching(/^[a-z0-9-]{1,10}$/).map((cs) => `application/json; charset=${cs}`),
  );
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc
        .tuple(route, validText, fc.option(contentType, { nil: undefined }))
        .filter(([, , ct]) => ct === undefined || !isJson(ct))
        .map(([r, t, ct]) => post('content-type', r, t, ct, [], maxBody)),
    },
    // A big body of the wrong type is refused before it is read.
    {
      weight: 1,
      arbitrary: fc
        .tuple(route, fc.integer({ min: maxBody + 1, max: maxBody * 2 }))
        .map(([r, n]) => post('content-type-big', r, 'x'.repeat(n), 'text/plain', [], maxBody)),
    },
  );
}

function tooLarge(maxBody: number): fc.Arbitrary<FuzzCase> {
  return fc
    .tuple(route, fc.integer({ min: maxBody + 1, max: maxBody * 3 }), fc.boolean(), fc.constantFrom('x', '名', ' '))
    .map(([r, n, chunked, c]) => {
      const pad = c.repeat(Math.ceil(n / Buffer.byteLength(c)));
      // A route that takes a picture reads more than REST_MAX_BODY, but all that is not the picture stays within it.
      const text =
        r === '/api/query'
          ? JSON.stringify({ query: 'ghost', image: 'AAAA', context: pad })
          : r === '/api/search/image'
            ? JSON.stringify({ image: { base64: 'AAAA' }, filter: { studios: [pad] } })
            : JSON.stringify({ query: pad });
      return { ...post(chunked ? 'too-large-chunked' : 'too-large', r, text, JSON_TYPE, [], maxBody), chunked };
    });
}

function deep(maxBody: number): fc.Arbitrary<FuzzCase> {
  const nested = fc.tuple(
    fc.constantFrom(['[', ']'], ['{"a":', '}'], ['[{"a":', '}]'], ['{"":[', ']}']),
    fc.integer({ min: 500, max: 15_000 }),
  );
  const places = [
    ['/api/query', (d: string) => d],
    ['/api/query', (d: string) => `{"query":${d}}`],
    ['/api/query', (d: string) => `{"query":{"similarTo":${d}}}`],
    ['/api/query', (d: string) => `{"query":"x","options":${d}}`],
    ['/api/query', (d: string) => `{"query":"x","options":{"limit":0},"context":${d}}`],
    ['/api/search', (d: string) => d],
    ['/api/search', (d: string) => `{"query":"x","filter":${d}}`],
    ['/api/search', (d: string) => `{"query":${d}}`],
    ['/api/search/image', (d: string) => `{"image":${d}}`],
    ['/api/search/image', (d: string) => `{"image":{"url":"x"},"filter":${d}}`],
  ] as const;
  return fc.tuple(nested, fc.constantFrom(...places)).map(([[[open, close], depth], [path, wrap]]) => {
    const inner = open.startsWith('[') && close.endsWith(']') && open.length === 1 ? '' : 'null';
    const text = wrap(open.repeat(depth) + inner + close.repeat(depth));
    return post(`deep-json`, path, text, JSON_TYPE, INVALID_FIELD, maxBody);
  });
}

function badChain(maxBody: number): fc.Arbitrary<FuzzCase> {
  const depth = fc
    .oneof(fc.integer({ min: 11 }).map(String), fc.stringMatching(/^[\x21-\x7e]{1,12}$/))
    .filter((v) => !(/^\d{1,6}$/.test(v) && Number(v) <= 10));
  return fc.tuple(depth, fc.constantFrom(...QUERY_BASES)).map(([d, body]) => {
    const c = post('chain-depth', '/api/query', JSON.stringify(body), JSON_TYPE, ['INVALID_REQUEST_CHAIN'], maxBody);
    return { ...c, headers: { ...c.headers, 'x-request-chain-depth': d } };
  });
}

/** The caller's correlation id: none, a valid token (echoed) or garbage (replaced). */
export const correlationId = fc.oneof(
  fc.constant(undefined),
  fc.stringMatching(/^[\w.:-]{1,40}$/),
  fc.stringMatching(/^[\x20-\x7e]{0,20}$/).map((s) => s.trim()),
);

/** Every family, weighted by how much there is to try in it. */
export function invalidRequest(maxBody: number): fc.Arbitrary<FuzzCase> {
  return fc
    .tuple(
      fc.oneof(
        { weight: 30, arbitrary: invalidFields(maxBody) },
        { weight: 20, arbitrary: notJson(maxBody) },
        { weight: 6, arbitrary: wrongMedia(maxBody) },
        { weight: 2, arbitrary: tooLarge(maxBody) },
        { weight: 2, arbitrary: deep(maxBody) },
        { weight: 25, arbitrary: getRoutes() },
        { weight: 4, arbitrary: badPaths() },
        { weight: 2, arbitrary: badChain(maxBody) },
      ),
      correlationId,
    )
    .map(([c, id]) => (id === undefined ? c : { ...c, headers: { ...c.headers, 'x-correlation-id': id } }));
}
