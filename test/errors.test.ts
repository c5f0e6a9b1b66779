// The error catalog (lib/error-codes.ts) against docs/errors.md, the code that raises errors, and what
// the gateway answers to bad requests.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, isErrorCode } from '../lib/error-codes.js';
import { PROJECT_ROOT } from '../lib/paths.js';
import { ERRORS_DOC_PATH, errorsDoc } from '../scripts/errors-doc.js';
import { writeFixtureCatalog } from './fixtures/catalog.fixture.js';
import { startTestApp, type TestApp } from './helpers/app.js';

let t: TestApp;

beforeAll(async () => {
  const fixture = writeFixtureCatalog();
  t = await startTestApp({ ANIME_DB_PATH: fixture.catalogPath, MAX_PAGE_SIZE: '50', MAX_QUERY_COST: '1000' });
});
afterAll(() => t?.close());

describe('docs/errors.md', () => {
  it('is the page the catalog writes: every code with its meaning, retry advice and example (run npm run docs:errors)', async () => {
    expect(await readFile(ERRORS_DOC_PATH, 'utf8')).toBe(errorsDoc());
    for (const code of Object.keys(ERROR_CODES)) expect(errorsDoc()).toContain(`## ${code}\n`);
  });

  it('gives each code an example error that carries that code', () => {
    for (const [code, entry] of Object.entries(ERROR_CODES)) expect(entry.example.extensions.code).toBe(code);
  });
});

describe('the code that raises errors', () => {
  it('raises only codes of the catalog', async () => {
    const raised = new Set<string>();
    const patterns = [
      /\bcode:\s*'([A-Z][A-Z_]+)'/g,
      /errorExtensions\('([A-Z][A-Z_]+)'/g,
      /PlatformError\([^,()]+,\s*'([A-Z][A-Z_]+)'/g,
      /\bfail\('([A-Z][A-Z_]+)'/g,
    ];
    for (const dir of ['lib', 'gateway', 'subgraphs', 'rest', 'questions', 'mcp']) {
      for (const file of await sourceFiles(join(PROJECT_ROOT, dir))) {
        const text = await readFile(file, 'utf8');
        for (const pattern of patterns) for (const match of text.matchAll(pattern)) raised.add(match[1]);
      }
    }
    expect(raised.size).toBeGreaterThan(5);
    expect([...raised].filter((code) => !isErrorCode(code))).toEqual([]);
  });
});

describe('what the gateway answers to bad requests', () => {
  const post = async (body: string) => {
    const response = await fetch(t.app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    return (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
  };

  it.each([
    ['a syntax error', { query: '{ anime(id: 1 }' }, 'GRAPHQL_PARSE_FAILED'],
    ['an unknown field', { query: '{ nope }' }, 'GRAPHQL_VALIDATION_FAILED'],
    ['a mutation, which the API does not offer', { query: 'mutation { nope }' }, 'GRAPHQL_VALIDATION_FAILED'],
    ['an unknown body parameter', { quer: '{ animes { totalCount } }' }, 'BAD_REQUEST'],
    [
      'an operationName the document does not hold',
      { query: 'query A { animes { totalCount } }', operationName: 'B' },
      'OPERATION_RESOLUTION_FAILURE',
    ],
    ['an argument out of range', { query: '{ animes(first: 500) { totalCount } }' }, 'BAD_USER_INPUT'],
    [
      'a variable of the wrong type',
      { query: 'query($n: Int!) { animes(first: $n) { totalCount } }', variables: { n: 'ten' } },
      'BAD_USER_INPUT',
    ],
    ['a required variable left out', { query: 'query($n: Int!) { animes(first: $n) { totalCount } }' }, 'BAD_USER_INPUT'],
    ['an id the catalog does not have', { query: '{ similar(id: "mal-999999") { score } }' }, 'NOT_FOUND'],
    [
      'a query nested too deep',
      {
        query:
          '{ anime(id: "mal-1") { related { related { related { related { related { related { related { related { related { related { related { id } } } } } } } } } } } } }',
      },
      'QUERY_TOO_DEEP',
    ],
    [
      'a query estimated too expensive',
      { query: `{ ${Array.from({ length: 30 }, (_, i) => `p${i}: animes(first: 50) { nodes { id } }`).join(' ')} }` },
      'COST_ESTIMATED_TOO_EXPENSIVE',
    ],
  ])('answers %s with a code of the catalog: %s', async (_name, request, code) => {
    const { errors } = await post(JSON.stringify(request));
    expect(errors.map((e) => e.extensions.code)).toContain(code);
    expect(errors.every((e) => isErrorCode(e.extensions.code))).toBe(true);
  });

  it('answers a body that is not JSON with BAD_REQUEST', async () => {
    const { errors } = await post('{ not json');
    expect(errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.generated.ts'))
    .map((e) => join(e.parentPath, e.name));
}
