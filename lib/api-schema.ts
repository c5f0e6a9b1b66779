// The public API schema (schema/api.graphql, written by `npm run compose`): what the named operations
// are typed against, read by the facades that describe their answers from it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { PROJECT_ROOT } from './paths.js';

let schema: GraphQLSchema | undefined;

export function loadApiSchema(): GraphQLSchema {
  return (schema ??= buildSchema(readFileSync(join(PROJECT_ROOT, 'schema', 'api.graphql'), 'utf8')));
}
