import { registerEnumType } from 'type-graphql';
import { Platform, PLATFORM_DESCRIPTION } from '../../../lib/catalog-platform.js';
import { SOURCES, type Source } from '../../../lib/platforms/sources.js';

export { Platform };

/** The external platforms AniGraph reads live: the sources of lib/platforms/sources.ts, as a GraphQL enum. */
export const ExternalPlatform = Object.fromEntries(SOURCES.map((source) => [source, source])) as { [S in Source]: S };
export type ExternalPlatform = Source;

export enum CacheTier {
  L1 = 'L1',
  L2 = 'L2',
  ORIGIN = 'ORIGIN',
}

export enum SourceState {
  ANSWERED = 'ANSWERED',
  NOT_LISTED = 'NOT_LISTED',
  FAILED = 'FAILED',
  NOT_CONFIGURED = 'NOT_CONFIGURED',
}

export enum BreakerState {
  CLOSED = 'CLOSED',
  OPEN = 'OPEN',
  HALF_OPEN = 'HALF_OPEN',
}

registerEnumType(ExternalPlatform, {
  name: 'ExternalPlatform',
  description: 'A platform AniGraph reads live. MYANIMELIST is read through Jikan, its unofficial API.',
});
registerEnumType(Platform, { name: 'Platform', description: PLATFORM_DESCRIPTION });
registerEnumType(CacheTier, {
  name: 'CacheTier',
  description: 'Where an answer came from: this process (L1), Redis shared by all instances (L2), or the platform itself.',
});
registerEnumType(SourceState, { name: 'SourceState', description: 'What a platform answered for an anime.' });
registerEnumType(BreakerState, {
  name: 'BreakerState',
  description: "A platform's circuit breaker: OPEN fails calls at once, HALF_OPEN lets one try.",
});
