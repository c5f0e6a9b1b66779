// Conversations of POST /api/query: per session_id, the last parameters and the ids of the last results,
// for CONVERSATION_TTL. The two-level cache idea: memory in this process, and Redis (shared by every
// gateway instance) when REDIS_URL is set; a Redis that fails costs a session its sharing, never an answer.
import { LRUCache } from 'lru-cache';
import type { Logger } from '../lib/logger.js';
import { connectRedis, type RedisConnection } from '../lib/redis.js';
import type { Intent, Parameters } from './schema.js';

/** What a session keeps of its last answer. */
export interface Turn {
  parameters: Parameters & { intent: Intent };
  /** The results of the answer, in its order ("the second one" is results[1]). */
  results: { id: string; title?: string }[];
}

export interface ConversationStore {
  /** The session's last turn; undefined when there is none or it has expired. */
  get(sessionId: string): Promise<Turn | undefined>;
  /** Keeps the turn for the TTL, from now. */
  set(sessionId: string, turn: Turn): Promise<void>;
  close(): Promise<void>;
}

/** How many sessions one process keeps in memory (the least recently used go first). */
export const MEMORY_MAX_SESSIONS = 10_000;
const REDIS_NAMESPACE = 'anigraph:conversation:';

export function memoryConversations(ttlMs: number, maxSessions = MEMORY_MAX_SESSIONS): ConversationStore {
  const sessions = new LRUCache<string, Turn>({ max: maxSessions, ttl: ttlMs });
  return {
    get: async (sessionId) => sessions.get(sessionId),
    set: async (sessionId, turn) => void sessions.set(sessionId, turn),
    close: async () => sessions.clear(),
  };
}

/** A key per session holding the turn as JSON, expiring with PX. Its commands throw while Redis fails. */
export function redisConversations(redis: RedisConnection, ttlMs: number): ConversationStore {
  return {
    async get(sessionId) {
      const text = await redis.client.get(REDIS_NAMESPACE + sessionId);
      return text === null ? undefined : (JSON.parse(text) as Turn);
    },
    async set(sessionId, turn) {
      await redis.client.set(REDIS_NAMESPACE + sessionId, JSON.stringify(turn), 'PX', Math.max(1, Math.ceil(ttlMs)));
    },
    close: () => redis.close(),
  };
}

/**
 * Redis first, memory as well: every turn is kept in both, and Redis is read while it answers. When it
 * does not (down, hung, a bad value), the memory copy is read, so a session carries on in the process
 * that served it (another instance starts it afresh). Never throws.
 */
export function tieredConversations(redis: ConversationStore, memory: ConversationStore, log: Logger): ConversationStore {
  // Debug only: an outage is logged once by the connection, and this would repeat per request.
  const failed = (operation: string, error: unknown) =>
    log.debug({ err: error instanceof Error ? error.message : String(error) }, `Redis conversation ${operation} failed; memory only`);
  return {
    async get(sessionId) {
      try {
        // A turn kept while Redis was down is only in memory.
        return (await redis.get(sessionId)) ?? (await memory.get(sessionId));
      } catch (error) {
        failed('read', error);
        return memory.get(sessionId);
      }
    },
    async set(sessionId, turn) {
      await memory.set(sessionId, turn);
      await redis.set(sessionId, turn).catch((error: unknown) => failed('write', error));
    },
    async close() {
      await Promise.all([redis.close(), memory.close()]);
    },
  };
}

export interface ConversationOptions {
  /** CONVERSATION_TTL, in seconds. */
  ttlSeconds: number;
  /** REDIS_URL; memory only without it. */
  redisUrl?: string;
  log: Logger;
}

export function createConversationStore({ ttlSeconds, redisUrl, log }: ConversationOptions): ConversationStore {
  const ttlMs = Math.max(1, Math.ceil(ttlSeconds * 1000));
  const memory = memoryConversations(ttlMs);
  if (!redisUrl) return memory;
  const conversationLog = log.child({ component: 'conversations' });
  return tieredConversations(redisConversations(connectRedis(redisUrl, conversationLog), ttlMs), memory, conversationLog);
}
