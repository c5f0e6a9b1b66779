// The one Redis connection a process shares (cache L2, rate limits). Set up so that a dead or hung Redis
// costs a request at most one short command timeout, never a wait for a reconnect.
import { Redis } from 'ioredis';
import type { Logger } from './logger.js';

export interface RedisConnectionOptions {
  /** A command not answered within this long fails (a hung Redis must not hold a request). Default 100. */
  commandTimeoutMs?: number;
  /** How long one connection attempt may take. Default 2000. */
  connectTimeoutMs?: number;
  /** Reconnect backoff doubles from 100 ms up to this, and goes on forever. Default 5000. */
  maxReconnectDelayMs?: number;
}

export interface RedisConnection {
  /** The ioredis client, for what needs Redis itself (e.g. bottleneck's shared rate limits). */
  readonly client: Redis;
  /** True while connected and ready; while false, commands fail at once. */
  readonly available: boolean;
  /** The URL without its password, for logs. */
  readonly where: string;
  /** Resolves true once available, or false if it is not within timeoutMs. */
  whenAvailable(timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

export function connectRedis(url: string, log: Logger, options: RedisConnectionOptions = {}): RedisConnection {
  const where = redactUrl(url);
  const maxDelay = options.maxReconnectDelayMs ?? 5000;
  const client = new Redis(url, {
    // Without these, commands issued while disconnected wait in a queue until Redis is back.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: options.commandTimeoutMs ?? 100,
    connectTimeout: options.connectTimeoutMs ?? 2000,
    retryStrategy: (attempt) => Math.min(100 * 2 ** Math.min(attempt - 1, 16), maxDelay),
  });

  let available = false;
  let down = false;
  let closing = false;
  let lastError: Error | undefined;

  client.on('error', (error: Error) => {
    // Every failed reconnect emits one; the outage is logged once, on 'close', with the latest error.
    lastError = error;
  });
  client.on('ready', () => {
    available = true;
    if (down) log.info({ redis: where }, `Redis is back at ${where}; caching in Redis again`);
    else log.info({ redis: where }, `Connected to Redis at ${where}`);
    down = false;
  });
  client.on('close', () => {
    available = false;
    if (closing || down) return;
    down = true;
    log.warn({ redis: where, err: lastError?.message }, `Redis unavailable at ${where}; caching in memory only until it is back`);
  });

  return {
    client,
    where,
    get available() {
      return available;
    },
    whenAvailable(timeoutMs) {
      if (available) return Promise.resolve(true);
      return new Promise((resolve) => {
        const done = (result: boolean) => {
          clearTimeout(timer);
          client.off('ready', onReady);
          resolve(result);
        };
        const onReady = () => done(true);
        const timer = setTimeout(() => done(false), timeoutMs);
        client.on('ready', onReady);
      });
    },
    async close() {
      closing = true;
      available = false;
      if (client.status === 'ready') await client.quit().catch(() => client.disconnect());
      else client.disconnect();
    },
  };
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return 'an unparsable REDIS_URL';
  }
}
