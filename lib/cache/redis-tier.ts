// L2: entries in Redis. A failing command is counted and treated as a miss; it never fails a fetch.
import type { Logger } from '../logger.js';
import type { RedisConnection } from '../redis.js';
import { decodeEntry, type Entry } from './entry.js';

export class RedisTier {
  errors = 0;

  constructor(
    private readonly connection: RedisConnection,
    private readonly namespace: string,
    private readonly log: Logger,
  ) {}

  get available(): boolean {
    return this.connection.available;
  }

  async get(key: string): Promise<Entry | undefined> {
    try {
      const text = await this.connection.client.get(this.namespace + key);
      if (text === null) return undefined;
      const entry = decodeEntry(text);
      if (!entry) this.failed('read', key, new Error('not a cache entry'));
      return entry;
    } catch (error) {
      this.failed('read', key, error);
      return undefined;
    }
  }

  async set(key: string, json: string, ttlMs: number): Promise<void> {
    try {
      await this.connection.client.set(this.namespace + key, json, 'PX', Math.max(1, Math.ceil(ttlMs)));
    } catch (error) {
      this.failed('write', key, error);
    }
  }

  private failed(operation: string, key: string, error: unknown): void {
    this.errors++;
    // Debug only: an outage is already logged once by the connection, and this would repeat per request.
    this.log.debug({ key, err: error instanceof Error ? error.message : String(error) }, `Redis cache ${operation} failed`);
  }
}
