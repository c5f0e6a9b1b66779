// Where the schedule's events travel: Redis pub/sub when REDIS_URL is set (every instance hears each
// event once, and one instance, the poll lock's holder, publishes), else this process's memory.
import { randomUUID } from 'node:crypto';
import { MemPubSub } from '@graphql-hive/pubsub';
import { RedisPubSub } from '@graphql-hive/pubsub/redis';
import { Redis } from 'ioredis';
import type { Logger } from '../../../lib/logger.js';
import { RedisPollLock, SOLE_POLLER, type PollLock } from './poll-lock.js';
import { ScheduleEventBus, type ScheduleTopics } from './schedule-events.js';

export interface ScheduleEvents {
  bus: ScheduleEventBus;
  lock: PollLock;
  close(): Promise<void>;
}

/** The Redis channel of the events is `${CHANNEL_PREFIX}:${TOPIC}`. */
export const CHANNEL_PREFIX = 'anigraph:schedules';
const LOCK_KEY = 'anigraph:schedules:poller';

/** `tickMs`: how often the poller ticks, and so renews the lock. */
export function createScheduleEvents(redisUrl: string | undefined, tickMs: number, log: Logger): ScheduleEvents {
  if (!redisUrl) {
    const pubsub = new MemPubSub<ScheduleTopics>();
    return { bus: new ScheduleEventBus(pubsub, log), lock: SOLE_POLLER, close: async () => pubsub.dispose() };
  }
  // A subscribing connection can do nothing else: one to publish (and hold the lock), one to listen.
  const pub = new Redis(redisUrl, { maxRetriesPerRequest: 2 });
  const sub = pub.duplicate();
  for (const client of [pub, sub]) logOutages(client, log);
  const pubsub = new RedisPubSub<ScheduleTopics>({ pub, sub }, { channelPrefix: CHANNEL_PREFIX });
  // The holder renews on every tick; three missed ticks and another instance takes over.
  const lock = new RedisPollLock(pub, LOCK_KEY, randomUUID(), 3 * (tickMs || 60_000));
  return { bus: new ScheduleEventBus(pubsub, log), lock, close: async () => void (await pubsub.dispose()) };
}

/** An outage is logged once when it starts, and once when Redis is back: the events meanwhile reach no other instance. */
function logOutages(client: Redis, log: Logger): void {
  let down = false;
  client.on('error', (error: Error) => {
    if (!down) log.warn({ err: error.message }, 'schedule events: Redis unavailable; events reach no other instance until it is back');
    down = true;
  });
  client.on('ready', () => {
    if (down) log.info('schedule events: Redis is back');
    down = false;
  });
}
