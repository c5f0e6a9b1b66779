// Request bodies of /api/query and /api/search that are invalid by construction: a valid body with one to
// three fields given a value of the wrong kind, out of range or too long, or an unknown key.
import fc from 'fast-check';

type Kind = 'string' | 'number' | 'boolean' | 'null' | 'array' | 'object';
const small = fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.boolean(), fc.constant(null));
const VALUES: Record<Kind, fc.Arbitrary<unknown>> = {
  string: fc.string({ maxLength: 20 }),
  number: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
  boolean: fc.boolean(),
  null: fc.constant(null),
  array: fc.array(small, { maxLength: 4 }),
  object: fc.dictionary(fc.string({ maxLength: 6 }), small, { maxKeys: 3 }),
};
/** Any JSON value whose kind is none of `right`. */
const wrongKind = (...right: Kind[]) =>
  fc.oneof(...(Object.keys(VALUES) as Kind[]).filter((k) => !right.includes(k)).map((k) => VALUES[k]));

// One code point each (zod counts a string's length in code points, '😀' is 1), and no white space
// (the schemas trim before counting).
const dense = fc.constantFrom('a', 'Z', '9', 'é', '名', '😀', '"', '\\', '\u0000', '-');
export const longString = (max: number) => fc.tuple(dense, fc.integer({ min: max + 1, max: max + 3000 })).map(([c, n]) => c.repeat(n));
const blank = fc.constantFrom('', ' ', '   ', '\t\n', '\u00a0');

const str = (max: number, { trim = false, min = 1 } = {}) =>
  fc.oneof(wrongKind('string'), longString(max), min > 0 ? (trim ? blank : fc.constant('')) : longString(max));
/** `max` undefined: no upper bound but the safe integers (zod's int). */
const int = (min: number, max?: number) =>
  fc.oneof(
    wrongKind('number'),
    fc.integer({ max: min - 1 }),
    max === undefined ? fc.constant(2 ** 53) : fc.integer({ min: max + 1 }),
    fc.double({ min, max: max ?? 1e6, noNaN: true }).filter((n) => !Number.isInteger(n)),
  );
// -0 is not below 0 for zod: compare as it does.
const num = (min: number, max: number) =>
  fc.oneof(
    wrongKind('number'),
    fc.double({ max: min, noNaN: true, noDefaultInfinity: true }).filter((n) => n < min),
    fc.double({ min: max, noNaN: true, noDefaultInfinity: true }).filter((n) => n > max),
  );
/** A value of the enum, compared as the schema compares it (`norm`), is never produced. */
const oneOf = (values: readonly string[], norm: (s: string) => string) =>
  fc.oneof(
    wrongKind('string'),
    fc.string({ maxLength: 12 }).filter((s) => !values.includes(norm(s))),
  );
const list = (item: fc.Arbitrary<unknown>, valid: unknown, max: number) =>
  fc.oneof(
    wrongKind('array'),
    fc.integer({ min: max + 1, max: max + 10 }).map((n) => Array.from({ length: n }, () => valid)),
    fc.tuple(fc.array(fc.constant(valid), { maxLength: 3 }), item).map(([ok, bad]) => [...ok, bad]),
  );
const boolean = wrongKind('boolean');

const upper = (s: string) => s.toUpperCase();
const lower = (s: string) => s.toLowerCase();
const tag = str(100, { trim: true });

type Path = (string | number)[];
interface Spec {
  path: Path;
  invalid: fc.Arbitrary<unknown>;
}
const at = (prefix: Path, specs: Spec[]) => specs.map((s) => ({ ...s, path: [...prefix, ...s.path] }));

/** Every field of rest/query.schema.ts parametersSchema (less those `omit`ted), with its invalid values. */
function parameterSpecs(omit: string[] = []): Spec[] {
  const year = int(1900, 2100);
  const specs: Spec[] = [
    {
      path: ['intent'],
      invalid: oneOf(
        ['search', 'similar', 'details', 'schedule', 'recommendations', 'compare_ratings', 'seasonal', 'top', 'random'],
        lower,
      ),
    },
    { path: ['text'], invalid: str(500, { trim: true }) },
    { path: ['similarTo'], invalid: list(wrongKind('object'), { id: 'mal-1' }, 20) },
    { path: ['similarTo', 0], invalid: wrongKind('object') },
    { path: ['similarTo', 0, 'id'], invalid: str(64) },
    { path: ['similarTo', 0, 'title'], invalid: fc.oneof(wrongKind('string'), longString(500)) },
    { path: ['years'], invalid: wrongKind('object') },
    { path: ['years', 'from'], invalid: year },
    { path: ['years', 'to'], invalid: year },
    { path: ['season'], invalid: wrongKind('object') },
    { path: ['season', 'year'], invalid: year },
    { path: ['season', 'season'], invalid: oneOf(['WINTER', 'SPRING', 'SUMMER', 'FALL'], upper) },
    { path: ['types'], invalid: list(oneOf(['TV', 'MOVIE', 'OVA', 'ONA', 'SPECIAL', 'UNKNOWN'], upper), 'TV', 6) },
    { path: ['tagsInclude'], invalid: list(tag, 'action', 30) },
    { path: ['tagsExclude'], invalid: list(tag, 'horror', 30) },
    { path: ['episodes'], invalid: wrongKind('object') },
    { path: ['episodes', 'min'], invalid: int(0) },
    { path: ['episodes', 'max'], invalid: int(0) },
    { path: ['studios'], invalid: list(str(100, { trim: true }), 'Madhouse', 20) },
    { path: ['minScore'], invalid: num(0, 10) },
    { path: ['status'], invalid: list(oneOf(['FINISHED', 'ONGOING', 'UPCOMING', 'UNKNOWN'], upper), 'FINISHED', 4) },
    { path: ['timezone'], invalid: str(64) },
  ];
  return specs.filter((s) => !omit.includes(String(s.path[0])));
}

const PARAMETERS = {
  intent: 'search',
  text: 'ghost',
  similarTo: [{ id: 'mal-1', title: 'Cowboy Bebop' }],
  years: { from: 2000, to: 2010 },
  season: { year: 2010, season: 'spring' },
  types: ['TV'],
  tagsInclude: ['action'],
  tagsExclude: ['horror'],
  episodes: { min: 1, max: 30 },
  studios: ['Madhouse'],
  minScore: 5,
  status: ['FINISHED'],
  timezone: 'Asia/Tokyo',
};
const QUERY_OPTIONS = { limit: 5, fields: ['title'], enhance: false };
export const QUERY_BASES = [
  { query: 'a girl who can see ghosts' },
  { query: PARAMETERS, options: QUERY_OPTIONS, user_id: 'u-1', session_id: 'fuzz-1', context: 'kept' },
];
export const FILTER = Object.fromEntries(
  Object.entries(PARAMETERS).filter(([k]) => !['intent', 'text', 'similarTo', 'timezone'].includes(k)),
);
export const SEARCH_BASES = [
  { query: 'ghost', limit: 5, filter: FILTER },
  { similar_to: 'mal-1', filter: FILTER },
];
// A picture no test server has: a body that ever got through to the operation would fail the run.
export const SEARCH_IMAGE_BASES = [
  { image: { url: 'http://127.0.0.1:9/poster.png' } },
  { image: { base64: 'AAAA' }, limit: 5, filter: FILTER },
];

const QUERY_SPECS: Spec[] = [
  { path: ['query'], invalid: fc.oneof(wrongKind('string', 'object'), longString(500), blank) },
  // A string that is no picture passes the schema and is refused by the operation (BAD_USER_INPUT).
  { path: ['image'], invalid: fc.oneof(wrongKind('string'), fc.string({ maxLength: 30 })) },
  { path: ['image_weight'], invalid: num(0, 1) },
  { path: ['context'], invalid: fc.oneof(wrongKind('string', 'object'), longString(2000)) },
  { path: ['options'], invalid: wrongKind('object') },
  { path: ['options', 'limit'], invalid: int(1, 50) },
  { path: ['options', 'fields'], invalid: list(str(64), 'title', 30) },
  { path: ['options', 'enhance'], invalid: boolean },
  { path: ['user_id'], invalid: str(128) },
  {
    path: ['session_id'],
    invalid: fc.oneof(
      wrongKind('string'),
      fc.string({ maxLength: 20 }).filter((s) => !/^[A-Za-z0-9_-]{1,128}$/.test(s)),
      longString(128),
    ),
  },
  ...at(['query'], parameterSpecs()),
];
const IMAGE_SPECS: Spec[] = [
  { path: ['image'], invalid: wrongKind('object') },
  // No upper bound but the body's: too long for REST_MAX_BODY is the too-large family's.
  { path: ['image', 'base64'], invalid: fc.oneof(wrongKind('string'), fc.constant('')) },
  { path: ['image', 'url'], invalid: str(2048) },
];
const SEARCH_SPECS: Spec[] = [
  { path: ['query'], invalid: str(500, { trim: true }) },
  { path: ['similar_to'], invalid: str(64) },
  { path: ['filter'], invalid: wrongKind('object') },
  { path: ['limit'], invalid: int(1, 50) },
  ...IMAGE_SPECS,
  { path: ['image_weight'], invalid: num(0, 1) },
  ...at(['filter'], parameterSpecs(['intent', 'text', 'similarTo', 'timezone'])),
];
const SEARCH_IMAGE_SPECS: Spec[] = [
  ...IMAGE_SPECS,
  { path: ['filter'], invalid: wrongKind('object') },
  { path: ['limit'], invalid: int(1, 50) },
  ...at(['filter'], parameterSpecs(['intent', 'text', 'similarTo', 'timezone'])),
];

/** Where strict objects are, and the keys they know. */
const QUERY_OBJECTS: [Path, string[]][] = [
  [[], ['query', 'image', 'image_weight', 'context', 'options', 'user_id', 'session_id']],
  [['options'], Object.keys(QUERY_OPTIONS)],
  [['query'], Object.keys(PARAMETERS)],
  [
    ['query', 'years'],
    ['from', 'to'],
  ],
  [
    ['query', 'season'],
    ['year', 'season'],
  ],
  [
    ['query', 'episodes'],
    ['min', 'max'],
  ],
  [
    ['query', 'similarTo', 0],
    ['id', 'title'],
  ],
];
const FILTER_OBJECTS: [Path, string[]][] = [
  [['filter'], Object.keys(FILTER)],
  [
    ['filter', 'years'],
    ['from', 'to'],
  ],
  [
    ['filter', 'season'],
    ['year', 'season'],
  ],
];
const IMAGE_OBJECT: [Path, string[]] = [['image'], ['base64', 'url']];
const SEARCH_OBJECTS: [Path, string[]][] = [
  [[], ['query', 'similar_to', 'image', 'image_weight', 'filter', 'limit']],
  IMAGE_OBJECT,
  ...FILTER_OBJECTS,
];
const SEARCH_IMAGE_OBJECTS: [Path, string[]][] = [[[], ['image', 'filter', 'limit']], IMAGE_OBJECT, ...FILTER_OBJECTS];

const clone = <T>(value: T): T => structuredClone(value);

/** Sets `path` in `root` (own property, even `__proto__`), making objects of what is in the way. */
function put(root: Record<string, unknown>, path: Path, value: unknown): void {
  let node: any = root;
  for (const [i, key] of path.entries()) {
    if (i === path.length - 1) {
      Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
      return;
    }
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    if (typeof next !== 'object' || next === null) put(node, [key], typeof path[i + 1] === 'number' ? [] : {});
    node = node[key];
  }
}

const unknownKey = (known: string[]) =>
  fc
    .oneof(
      fc.constantFrom(
        '__proto__',
        'constructor',
        'prototype',
        'toString',
        '',
        ' ',
        'QUERY',
        'query ',
        'intent',
        'text',
        'similarTo',
        'timezone',
        'limit',
      ),
      fc.string({ maxLength: 12 }),
    )
    .filter((k) => !known.includes(k));

function mutated(bases: object[], specs: Spec[], objects: [Path, string[]][]) {
  const mutation = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...specs).chain((s) => s.invalid.map((value) => ({ path: s.path, value }))) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...objects)
        .chain(([path, known]) => fc.tuple(unknownKey(known), small).map(([key, value]) => ({ path: [...path, key], value }))),
    },
  );
  // The last base has every field, so that a mutation deep in it finds its parents.
  return fc.tuple(fc.constantFrom(...bases), fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([base, mutations]) => {
    const body = clone(mutations.some((m) => m.path.length > 1) ? bases[bases.length - 1] : base) as Record<string, unknown>;
    for (const { path, value } of mutations) put(body, path, value);
    return body;
  });
}

export const invalidQueryBody = mutated(QUERY_BASES, QUERY_SPECS, QUERY_OBJECTS);
export const invalidSearchBody = mutated(SEARCH_BASES, SEARCH_SPECS, SEARCH_OBJECTS);
export const invalidSearchImageBody = mutated(SEARCH_IMAGE_BASES, SEARCH_IMAGE_SPECS, SEARCH_IMAGE_OBJECTS);
