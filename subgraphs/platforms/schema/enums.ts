import { registerEnumType } from 'type-graphql';
import { CatalogSite, PLATFORM_DESCRIPTION } from '../../../lib/catalog-sites.js';
import { EXTERNAL_PLATFORMS, type ExternalPlatform as ExternalPlatformName } from '../../../lib/platforms/external-platforms.js';

export { CatalogSite };

/** The external platforms AniGraph reads live (lib/platforms/external-platforms.ts), as a GraphQL enum. */
export const ExternalPlatform = Object.fromEntries(EXTERNAL_PLATFORMS.map((platform) => [platform, platform])) as {
  [P in ExternalPlatformName]: P;
};
export type ExternalPlatform = ExternalPlatformName;

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
registerEnumType(CatalogSite, { name: 'Platform', description: PLATFORM_DESCRIPTION });
registerEnumType(CacheTier, {
  name: 'CacheTier',
  description: 'Where an answer came from: this process (L1), Redis shared by all instances (L2), or the platform itself.',
});
registerEnumType(SourceState, { name: 'SourceState', description: 'What a platform answered for an anime.' });
registerEnumType(BreakerState, {
  name: 'BreakerState',
  description: "A platform's circuit breaker: OPEN fails calls at once, HALF_OPEN lets one try.",
});
