// Builds the schedules subgraph: airing episodes merged from AniList, AnimeSchedule and MyAnimeList
// (Jikan), matched to the catalog, and Anime's next episode and broadcasts.
import 'reflect-metadata';
import type { ConfigOf } from '../../lib/config.js';
import { buildFederatedSchema } from '../../lib/federation.js';
import type { Logger } from '../../lib/logger.js';
import { sharedPlatforms } from '../../lib/platforms/platforms.js';
import type { Subgraph, SubgraphEnvironment } from '../../lib/subgraph.js';
import { httpClient, inProcessClient } from '../../lib/subgraph-client.js';
import type { SchedulesContext } from './context.js';
import { CatalogLookup } from './domain/catalog-lookup.js';
import { ScheduleService } from './domain/schedule.service.js';
import { animeReference } from './resolvers/anime.reference.js';
import { AnimeAiringResolver } from './resolvers/anime.resolver.js';
import { ScheduleResolver } from './resolvers/schedule.resolver.js';
import { ScheduleSubscriptionResolver } from './resolvers/subscription.resolver.js';
import { createScheduleEvents } from './domain/event-bus.js';
import { SchedulePoller } from './domain/schedule-poller.js';
import { TOPIC, type ScheduleEventBus } from './domain/schedule-events.js';
import { Anime } from './schema/anime.type.js';

export type SchedulesConfig = ConfigOf<'schedules'>;

/** The schedules subgraph, with its poller and events for whoever drives the clock by hand (tests, benchmarks). */
export interface SchedulesSubgraph extends Subgraph {
  poller: SchedulePoller;
  /** The schedule's events as this instance hears them (what its subscribers listen to). */
  events: ScheduleEventBus;
}

/** Polls every SCHEDULE_POLL_INTERVAL and ticks every minute (or as often as it polls, if more often). */
function pollerTimes(intervalSeconds: number) {
  const pollMs = intervalSeconds * 1000;
  return { pollMs, tickMs: Math.min(60_000, pollMs) };
}

export async function createSchedulesSubgraph(
  config: SchedulesConfig,
  log: Logger,
  environment: Partial<SubgraphEnvironment> = {},
): Promise<SchedulesSubgraph> {
  const times = pollerTimes(config.SCHEDULE_POLL_INTERVAL);
  const events = createScheduleEvents(config.REDIS_URL, times.tickMs, log);
  // type-graphql asks for a pub/sub with subscriptions; these ones subscribe themselves (resolvers/subscription.resolver.ts).
  const pubSub = { publish: () => undefined, subscribe: () => events.bus.pubsub.subscribe(TOPIC) };
  const { schema, sdl } = await buildFederatedSchema(
    { resolvers: [ScheduleResolver, AnimeAiringResolver, ScheduleSubscriptionResolver], orphanedTypes: [Anime], pubSub },
    animeReference,
  );
  const { platforms, release } = sharedPlatforms(config, log);
  const catalogSubgraph = environment.local?.get('catalog');
  const catalog = catalogSubgraph
    ? inProcessClient(catalogSubgraph)
    : httpClient(config.CATALOG_SUBGRAPH_URL ?? `http://localhost:${config.CATALOG_PORT}/graphql`);
  const schedules = new ScheduleService(
    { anilist: platforms.anilist, jikan: platforms.jikan, animeSchedule: platforms.animeSchedule },
    new CatalogLookup(catalog),
    environment.clock ?? (() => new Date()),
    log,
  );
  const poller = new SchedulePoller(schedules, events.bus, events.lock, log);
  return {
    name: 'schedules',
    schema,
    sdl,
    start: async () => poller.start(times),
    isReady: () => true,
    reload: async () => undefined,
    createContext: (): SchedulesContext => ({ schedules, events: events.bus, warnings: [] }),
    poller,
    events: events.bus,
    async close() {
      await poller.close();
      await events.close();
      await release();
    },
  };
}
