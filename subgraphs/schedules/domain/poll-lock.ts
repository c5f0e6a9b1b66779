// Which instance polls the platforms and publishes the schedule's events: with Redis, the one that
// holds a lock with an expiry (renewed as it ticks, taken over when its holder stops renewing); alone,
// this one.
import type { Redis } from 'ioredis';

export interface PollLock {
  /** Takes or renews the lock; true while this instance holds it. */
  hold(): Promise<boolean>;
  release(): Promise<void>;
}

export const SOLE_POLLER: PollLock = { hold: async () => true, release: async () => undefined };

const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

export class RedisPollLock implements PollLock {
  constructor(
    private readonly redis: Redis,
    private readonly key: string,
    private readonly owner: string,
    private readonly ttlMs: number,
  ) {}

  async hold(): Promise<boolean> {
    try {
      if ((await this.redis.set(this.key, this.owner, 'PX', this.ttlMs, 'NX')) === 'OK') return true;
      return (await this.redis.eval(RENEW, 1, this.key, this.owner, String(this.ttlMs))) === 1;
    } catch {
      return false; // Redis unreachable: nobody can be sure to hold it, so this one does not publish.
    }
  }

  async release(): Promise<void> {
    await this.redis.eval(RELEASE, 1, this.key, this.owner).catch(() => undefined);
  }
}
