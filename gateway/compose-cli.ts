// `npm run compose`: writes schema/<subgraph>.graphql and schema/supergraph.graphql from the code.
import { loadConfig } from '../lib/config.js';
import { createLogger } from '../lib/logger.js';
import { buildSchemaFiles, SCHEMA_DIR, writeSchemaFiles } from './schema-files.js';

const files = await buildSchemaFiles(loadConfig({}), createLogger('warn'));
await writeSchemaFiles(files);
console.log(`wrote ${[...files.keys()].join(', ')} to ${SCHEMA_DIR}`);
