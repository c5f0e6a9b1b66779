import { registerEnumType } from 'type-graphql';
import { CatalogSite, PLATFORM_DESCRIPTION, PLATFORM_VALUES } from '../../../lib/catalog-sites.js';
import { ExternalPlatform } from '../../../lib/external-platform.enum.js';

export { CatalogSite, ExternalPlatform };

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

registerEnumType(CatalogSite, { name: 'Platform', description: PLATFORM_DESCRIPTION, valuesConfig: PLATFORM_VALUES });
registerEnumType(CacheTier, {
  name: 'CacheTier',
  description: 'Where an answer came from: this process (L1), Redis shared by all instances (L2), or the platform itself.',
  valuesConfig: {
    L1: { description: "This process's in-memory cache." },
    L2: { description: 'Redis, shared by every instance of AniGraph (only when REDIS_URL is set).' },
    ORIGIN: { description: 'The platform itself, asked for this answer (not from a cache).' },
  },
});
registerEnumType(SourceState, {
  name: 'SourceState',
  description: 'What a platform answered for an anime.',
  valuesConfig: {
    ANSWERED: { description: 'It answered with data, fresh or from the cache.' },
    NOT_LISTED: {
      description:
        'It has nothing for it: the catalog has no id of the anime on it (and none could be mapped), the platform does not have ' +
        'the anime, or (in MissingScore) it has no score for it.',
    },
    FAILED: { description: 'The call failed (unreachable, timeout, rate limit, open breaker, ...); its error says why.' },
    NOT_CONFIGURED: { description: 'It needs credentials this deployment does not have (AniDB, AnimeSchedule), so it was not asked.' },
  },
});
registerEnumType(BreakerState, {
  name: 'BreakerState',
  description: "A platform's circuit breaker: OPEN fails calls at once, HALF_OPEN lets one try.",
  valuesConfig: {
    CLOSED: { description: 'Requests go through to the platform.' },
    OPEN: {
      description:
        'After several failed requests in a row (timeouts, 5xx answers, unreachable; not-found, refused and rate-limited answers ' +
        'do not count), calls fail at once with UPSTREAM_UNAVAILABLE, without asking the platform, until retryAfterSeconds has passed.',
    },
    HALF_OPEN: {
      description: 'The wait is over: one request goes through as a trial; it closes the breaker if it succeeds, opens it again if not.',
    },
  },
});
