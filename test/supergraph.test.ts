import { describe, expect, it } from 'vitest';
import { buildSchemaFiles, readCommittedSchema } from '../gateway/schema-files.js';
import { loadConfig } from '../lib/config.js';
import { createLogger } from '../lib/logger.js';

describe('committed schema', () => {
  it('matches the schema the code builds (run `npm run compose` after a schema change)', async () => {
    const files = await buildSchemaFiles(loadConfig({}), createLogger('silent'));
    expect([...files.keys()]).toContain('supergraph.graphql');
    for (const [name, built] of files) {
      expect(await readCommittedSchema(name), `schema/${name} is out of date: run npm run compose`).toBe(built);
    }
  });

  it('declares Anime as a federation entity keyed by id', async () => {
    const supergraph = await readCommittedSchema('supergraph.graphql');
    // The catalog resolves it; other subgraphs (analytics) may name it without resolving it.
    expect(supergraph).toMatch(/type Anime\s+(@join__type\([^)]*\)\s+)*@join__type\(graph: CATALOG, key: "id"\)/);
  });
});
