import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

export interface ServiceDefinition {
  name: string;
  url: string;
  sdl: string;
}

export class CompositionError extends Error {}

/** Composes subgraph SDLs into a Federation 2 supergraph SDL; fails with every composition error. */
export function composeSupergraph(services: readonly ServiceDefinition[]): string {
  const result = composeServices(services.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
  if (result.errors?.length || !result.supergraphSdl) {
    throw new CompositionError(`Supergraph composition failed:\n${(result.errors ?? []).map((e) => `  ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}
