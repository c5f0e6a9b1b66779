// The named operations the facades send must stay valid against the schema clients see (no
// @inaccessible field). They are one document, as codegen reads them: a fragment of one file serves
// operations of another.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, concatAST, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../lib/paths.js';

const schemaDir = join(PROJECT_ROOT, 'schema');
const api = buildSchema(readFileSync(join(schemaDir, 'api.graphql'), 'utf8'));
const files = readdirSync(join(schemaDir, 'operations')).filter((name) => name.endsWith('.graphql'));

describe('named operations', () => {
  it(`schema/operations/{${files.join(',')}} validate against the API schema`, () => {
    const documents = files.map((file) => parse(readFileSync(join(schemaDir, 'operations', file), 'utf8')));
    const errors = validate(api, concatAST(documents)).map((error) => error.message);
    expect(errors).toEqual([]);
  });
});
