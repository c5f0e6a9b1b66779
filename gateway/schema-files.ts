// The committed SDL files: each subgraph's schema, the supergraph composed from them with the
// subgraphs' default URLs (what docker-compose and an external router use), and the API schema that
// clients see (what the schema lint, codegen and client developers read).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../lib/config.js';
import type { Logger } from '../lib/logger.js';
import { PROJECT_ROOT } from '../lib/paths.js';
import { composeApiSchema, composeSupergraph } from './compose.js';
import { localUrl, SUBGRAPHS } from './subgraphs.js';

export const SCHEMA_DIR = join(PROJECT_ROOT, 'schema');

/** File name -> contents, as built from the code now. */
export async function buildSchemaFiles(config: Config, log: Logger): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const services = [];
  for (const definition of SUBGRAPHS) {
    const subgraph = await definition.create(config, log, { local: new Map() });
    files.set(`${definition.name}.graphql`, subgraph.sdl);
    await subgraph.close();
    services.push({ name: definition.name, url: localUrl(definition.port(config)), sdl: subgraph.sdl });
  }
  files.set('supergraph.graphql', composeSupergraph(services));
  files.set('api.graphql', composeApiSchema(services));
  return files;
}

export async function writeSchemaFiles(files: Map<string, string>): Promise<void> {
  for (const [name, contents] of files) await writeFile(join(SCHEMA_DIR, name), contents);
}

export async function readCommittedSchema(name: string): Promise<string | undefined> {
  return readFile(join(SCHEMA_DIR, name), 'utf8').catch(() => undefined);
}
