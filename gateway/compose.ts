import { composeServices, type CompositionSuccess } from '@apollo/composition';
import { parse, printSchema } from 'graphql';

export interface ServiceDefinition {
  name: string;
  url: string;
  sdl: string;
}

export class CompositionError extends Error {}

/** Composes subgraph SDLs into a Federation 2 supergraph SDL; fails with every composition error. */
export function composeSupergraph(services: readonly ServiceDefinition[]): string {
  return compose(services).supergraphSdl;
}

/**
 * The schema clients see: the supergraph without federation's join and link machinery and without
 * @inaccessible fields, as the gateway serves it (what the schema lint and the docs read).
 */
export function composeApiSchema(services: readonly ServiceDefinition[]): string {
  return `${printSchema(compose(services).schema.toAPISchema().toGraphQLJSSchema())}\n`;
}

function compose(services: readonly ServiceDefinition[]): CompositionSuccess {
  const result = composeServices(services.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
  if (result.errors?.length || !result.supergraphSdl) {
    throw new CompositionError(`Supergraph composition failed:\n${(result.errors ?? []).map((e) => `  ${e.message}`).join('\n')}`);
  }
  return result;
}
