// The named operations the facades send must stay valid against the composed schema.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../lib/paths.js';

const schemaDir = join(PROJECT_ROOT, 'schema');
const supergraph = buildSchema(readFileSync(join(schemaDir, 'supergraph.graphql'), 'utf8'));
const files = readdirSync(join(schemaDir, 'operations')).filter((name) => name.endsWith('.graphql'));

describe('named operations', () => {
  it.each(files)('schema/operations/%s validates against the supergraph', (file) => {
    const document = parse(readFileSync(join(schemaDir, 'operations', file), 'utf8'));
    expect(validate(supergraph, document).map((error) => error.message)).toEqual([]);
  });
});
