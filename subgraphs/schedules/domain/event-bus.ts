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

const CHANNEL_PREFIX = 'anigraph:schedules';
const LOCK_KEY = 'anigraph:schedules:poller';

export function createScheduleEvents(config: { REDIS_URL?: string; SCHEDULE_POLL_INTERVAL: number }, log: Logger): ScheduleEvents {
  if (!config.REDIS_URL) {
    const pubsub = new MemPubSub<ScheduleTopics>();
    return { bus: new ScheduleEventBus(pubsub, log), lock: SOLE_POLLER, close: async () => pubsub.dispose() };
  }
  // A subscribing connection can do nothing else: one to publish (and hold the lock), one to listen.
  const pub = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2 });
  const sub = pub.duplicate();
  for (const client of [pub, sub]) client.on('error', (error: Error) => log.debug({ err: error.message }, 'schedule events: Redis error'));
  const pubsub = new RedisPubSub<ScheduleTopics>({ pub, sub }, { channelPrefix: CHANNEL_PREFIX });
  // The holder renews on every tick; three missed ticks and another instance takes over.
  const tickMs = Math.min(60_000, config.SCHEDULE_POLL_INTERVAL * 1000 || 60_000);
  const lock = new RedisPollLock(pub, LOCK_KEY, randomUUID(), 3 * tickMs);
  return { bus: new ScheduleEventBus(pubsub, log), lock, close: async () => void (await pubsub.dispose()) };
}
