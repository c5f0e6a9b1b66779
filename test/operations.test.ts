// The named operations the facades send must stay valid against the schema clients see (no @inaccessible field).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../lib/paths.js';

const schemaDir = join(PROJECT_ROOT, 'schema');
const api = buildSchema(readFileSync(join(schemaDir, 'api.graphql'), 'utf8'));
const files = readdirSync(join(schemaDir, 'operations')).filter((name) => name.endsWith('.graphql'));

describe('named operations', () => {
  it.each(files)('schema/operations/%s validates against the API schema', (file) => {
    const document = parse(readFileSync(join(schemaDir, 'operations', file), 'utf8'));
    expect(validate(api, document).map((error) => error.message)).toEqual([]);
  });
});
