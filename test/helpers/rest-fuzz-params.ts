// GET routes of the REST facade with invalid path segments or query strings, bad percent-encoding,
// unknown routes and wrong methods.
import fc from 'fast-check';
import type { ErrorCode } from '../../lib/error-codes.js';
import type { FuzzCase } from './rest-fuzz-cases.js';
import { longString } from './rest-fuzz-fields.js';

const JSON_TYPE = 'application/json';
const INVALID_FIELD: readonly ErrorCode[] = ['VALIDATION_FAILED'];

const get = (kind: string, path: string, expect: readonly ErrorCode[] = INVALID_FIELD): FuzzCase => ({
  kind,
  method: 'GET',
  path,
  headers: {},
  expect,
});
const encode = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return undefined; // a lone surrogate
  }
};
const anyText = fc
  .oneof(fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 10 }), fc.string({ unit: 'binary', maxLength: 10 }))
  .filter((s) => encode(s) !== undefined);
const badEscape = fc.constantFrom('%', '%2', '%zz', '%G0', '%E0%A4', '%C0%AF', '%ED%A0%80', '%F4%90%80%80', '%FF', '%%', '%u0041');
/** A query-string value z.coerce.number().int() reads outside [min, max]. */
const badInt = (min: number, max: number) =>
  fc
    .oneof(
      fc.integer().map(String),
      fc.constantFrom('', ' ', 'NaN', 'Infinity', '1.5', '1e999', '0x10', '-0', 'true', '[]', '1,2'),
      anyText,
    )
    .filter((v) => {
      const n = Number(v);
      return !(Number.isInteger(n) && n >= min && n <= max);
    });
const badEnum = (values: readonly string[]) => anyText.filter((v) => !values.includes(v.toUpperCase()));

/** `valid` params, some left out, with at least one of `invalid`, in any order, as a query string. */
function queryString(valid: Record<string, string>, invalid: fc.Arbitrary<[string, string]>[]) {
  // Not a path parameter's name either: whether the query string may name one is the route's business.
  const extra = fc
    .tuple(fc.stringMatching(/^[a-z_]{1,8}$/), anyText)
    .filter(([k]) => !(k in valid) && !['page', 'id', 'year', 'season', 'mal_id'].includes(k));
  const repeated = Object.keys(valid).length ? [fc.constantFrom(...Object.entries(valid))] : [];
  return fc
    .tuple(
      fc.subarray(Object.entries(valid)),
      fc.array(fc.oneof(...invalid, extra, ...repeated), { minLength: 1, maxLength: 3 }),
      fc.array(fc.constantFrom('&', '&&', '=', '%', 'a=%', `${'x'.repeat(10)}=%E0%A4`), { maxLength: 2 }),
    )
    .chain(([kept, bad, junk]) =>
      fc.shuffledSubarray([...kept, ...bad], { minLength: kept.length + bad.length }).map((pairs) => ({ pairs, bad, junk })),
    )
    .map(({ pairs, bad, junk }) => {
      // Only a repeated key makes a valid pair invalid.
      const keys = pairs.map(([k]) => k);
      const invalidated = bad.every(([k, v]) => valid[k] === v) && new Set(keys).size === keys.length;
      const encoded = pairs.map(([k, v]) => `${encode(k)}=${encode(v)}`);
      return invalidated ? undefined : [...encoded, ...junk].join('&');
    })
    .filter((q): q is string => q !== undefined);
}

export function getRoutes(): fc.Arbitrary<FuzzCase> {
  const paging = (max: number): fc.Arbitrary<[string, string]>[] => [
    badInt(1, max).map((v) => ['limit', v]),
    anyText.filter((v) => v !== '1').map((v) => ['page', v]),
    fc
      .oneof(
        fc.constant(''),
        longString(200).map((s) => s.replace(/[^\w]/g, 'a')),
      )
      .map((v) => ['cursor', v]),
  ];
  const anime = fc.oneof(
    anyText
      .filter((s) => s !== '' && !/^[A-Za-z0-9_.:-]{1,64}$/.test(s) && encode(s) !== undefined)
      .map((s) => get('anime-id', `/api/anime/${encode(s)}`)),
    fc.stringMatching(/^[a-z0-9-]{65,90}$/).map((s) => get('anime-id', `/api/anime/${s}`)),
    queryString({}, [anyText.filter((v) => !/^[A-Za-z0-9_.:-]{1,64}$/.test(v)).map((v) => ['id', v])]).map((q) =>
      get('anime-query', `/api/anime/mal-1?${q}`),
    ),
  );
  const top = queryString({ type: 'tv', filter: 'airing', rating: 'pg13', limit: '5', page: '1', cursor: 'abc' }, [
    badEnum(['TV', 'MOVIE', 'OVA', 'SPECIAL', 'ONA', 'MUSIC']).map((v) => ['type', v]),
    badEnum(['AIRING', 'UPCOMING', 'BYPOPULARITY', 'FAVORITE']).map((v) => ['filter', v]),
    badEnum(['G', 'PG', 'PG13', 'R17', 'R', 'RX']).map((v) => ['rating', v]),
    ...paging(25),
  ]).map((q) => get('mal-top', `/api/external/mal/top?${q}`));
  const seasonNames = ['WINTER', 'SPRING', 'SUMMER', 'FALL'];
  const segment = (s: string) => encode(s)!;
  const season = fc.oneof(
    fc
      .tuple(
        badInt(1917, 2100).filter((v) => v !== ''),
        fc.constantFrom('spring', 'FALL'),
      )
      .map(([y, s]) => get('mal-season', `/api/external/mal/seasons/${segment(y)}/${s}`)),
    fc
      .tuple(
        fc.constantFrom('2020', '1999'),
        badEnum(seasonNames).filter((v) => v !== ''),
      )
      .map(([y, s]) => get('mal-season', `/api/external/mal/seasons/${y}/${segment(s)}`)),
    queryString({ filter: 'tv', limit: '10' }, [
      badEnum(['TV', 'MOVIE', 'OVA', 'SPECIAL', 'ONA', 'MUSIC']).map((v) => ['filter', v]),
      ...paging(25),
    ]).map((q) => get('mal-season', `/api/external/mal/seasons/2020/winter?${q}`)),
  );
  const others = fc.oneof(
    queryString({ day: 'monday', kids: 'false', sfw: 'true' }, [
      badEnum(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY', 'UNKNOWN', 'OTHER']).map((v) => ['day', v]),
      anyText.filter((v) => v !== 'true' && v !== 'false').map((v) => ['kids', v]),
      anyText.filter((v) => v !== 'true' && v !== 'false').map((v) => ['sfw', v]),
      ...paging(25),
    ]).map((q) => get('mal-schedules', `/api/external/mal/schedules?${q}`)),
    queryString({}, paging(100)).map((q) => get('mal-recent', `/api/external/mal/recommendations/recent?${q}`)),
    fc
      .tuple(
        fc.constantFrom('recommendations', 'characters', 'staff'),
        badInt(1, 2_147_483_647).filter((v) => v !== '' && v !== 'recent'),
      )
      .map(([r, id]) => get('mal-id', `/api/external/mal/${r}/${segment(id)}`)),
    queryString({}, [badEnum(['GENRES', 'EXPLICIT_GENRES', 'THEMES', 'DEMOGRAPHICS']).map((v) => ['filter', v])]).map((q) =>
      get('mal-genres', `/api/external/mal/genres?${q}`),
    ),
  );
  return fc.oneof(
    { weight: 3, arbitrary: anime },
    { weight: 3, arbitrary: top },
    { weight: 3, arbitrary: season },
    { weight: 3, arbitrary: others },
  );
}

export function badPaths(): fc.Arbitrary<FuzzCase> {
  const notFound: readonly ErrorCode[] = ['ROUTE_NOT_FOUND'];
  return fc.oneof(
    fc
      .tuple(
        fc.constantFrom('/api/anime/', '/api/anime/mal', '/api/external/mal/seasons/20', '/api/external/mal/staff/'),
        badEscape,
        fc.constantFrom('', 'z', '-x'),
      )
      .map(([prefix, escape, rest]) => get('bad-escape', prefix + escape + rest, notFound)),
    fc
      .constantFrom(
        '/api',
        '/api/',
        '/api/queries',
        '/api/query/',
        '/api/query/x',
        '/api//query',
        '/api/anime',
        '/api/anime/',
        '/api/anime/a/b',
        '/api/external/mal/seasons/2020',
        '/api/external/mal/top/x',
        '/api/%71uery',
        '/api/search/images',
        '/api/search/image/x',
      )
      .map((p) => get('unknown-route', p, notFound)),
    fc
      .tuple(fc.constantFrom('PUT', 'DELETE', 'PATCH', 'OPTIONS', 'GET'), fc.constantFrom('/api/query', '/api/search', '/api/search/image'))
      .map(([method, path]) => ({ ...get('wrong-method', path, ['METHOD_NOT_ALLOWED']), method })),
    fc
      .tuple(
        fc.constantFrom('POST', 'PUT', 'DELETE'),
        fc.constantFrom('/api/anime/mal-1', '/api/external/mal/top', '/api/external/mal/seasons/2020/fall'),
      )
      .map(([method, path]) => ({
        ...get('wrong-method', path, ['METHOD_NOT_ALLOWED']),
        method,
        headers: { 'content-type': JSON_TYPE },
        body: Buffer.from('{}'),
      })),
  );
}

/** Requests that are fine but for X-Request-Chain-Depth. */
